package org.flourish.lrs.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.service.ActivityService;

/**
 * The Activities Resource (xAPI-Communication 2.5): an Activity Object with the LRS's canonical definition.
 * <pre>
 * curl -u KEY:SECRET -H 'X-Experience-API-Version: 2.0.0' \
 *      'http://localhost:8080/xapi/activities?activityId=https%3A%2F%2Fexample.org%2Freading%2F1'
 * </pre>
 */
@Path("xapi/activities")
@RequestScoped
public class ActivitiesResource {

    @Inject
    ActivityService activities;

    @Context
    HttpServletRequest servletRequest;

    @Context
    UriInfo uriInfo;

    @GET
    public Response get() {
        Credential caller = Callers.of(servletRequest);
        DocumentParameters parameters = DocumentParameters.of(uriInfo.getQueryParameters(),
                DocumentParameters.names("activityId"), "GET activities");
        return Response.ok(activities.activity(parameters.activityId(), caller).toString(),
                MediaType.APPLICATION_JSON_TYPE).build();
    }
}
