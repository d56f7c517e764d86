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
import org.flourish.lrs.service.PersonService;

/**
 * The Agents Resource (xAPI-Communication 2.4): the Person Object of an Agent.
 * <pre>
 * curl -u KEY:SECRET -H 'X-Experience-API-Version: 2.0.0' \
 *      'http://localhost:8080/xapi/agents?agent=%7B%22mbox%22%3A%22mailto%3Aama%40example.org%22%7D'
 * </pre>
 */
@Path("xapi/agents")
@RequestScoped
public class AgentsResource {

    @Inject
    PersonService people;

    @Context
    HttpServletRequest servletRequest;

    @Context
    UriInfo uriInfo;

    @GET
    public Response get() {
        Credential caller = Callers.of(servletRequest);
        DocumentParameters parameters = DocumentParameters.of(uriInfo.getQueryParameters(),
                DocumentParameters.names("agent"), "GET agents");
        return Response.ok(people.person(parameters.agent(false), caller).toString(),
                MediaType.APPLICATION_JSON_TYPE).build();
    }
}
