package org.flourish.lrs.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Set;
import org.flourish.lrs.boot.LrsSettings;
import org.flourish.lrs.service.DocumentService;
import org.flourish.lrs.store.DocumentContext;
import org.flourish.lrs.store.DocumentKey;

/**
 * The Activity Profile Resource (xAPI-Communication 2.7): documents about an Activity.
 * <pre>
 * curl -u KEY:SECRET -H 'X-Experience-API-Version: 2.0.0' -H 'If-None-Match: *' -H 'Content-Type: text/plain' \
 *      -X PUT -d 'read aloud' 'http://localhost:8080/xapi/activities/profile?activityId=https%3A%2F%2Fexample.org%2Freading%2F1&amp;profileId=tips'
 * </pre>
 */
@Path("xapi/activities/profile")
@RequestScoped
public class ActivityProfileResource {

    private static final String PROFILE_ID = "profileId";
    private static final Set<String> ONE = DocumentParameters.names("activityId", PROFILE_ID);
    private static final Set<String> GET = DocumentParameters.names("activityId", PROFILE_ID, "since");

    @Inject
    DocumentService documents;

    @Inject
    LrsSettings settings;

    @Context
    HttpServletRequest servletRequest;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    public Response get() {
        DocumentExchange exchange = exchange();
        DocumentParameters parameters = parameters(GET, "GET activity profile");
        parameters.requireNotBoth(PROFILE_ID);
        DocumentContext context = DocumentContext.activityProfile(parameters.activityId());
        return parameters.has(PROFILE_ID) ? exchange.get(context.document(parameters.required(PROFILE_ID)))
                : exchange.ids(context, parameters.since());
    }

    @PUT
    public Response put(InputStream body) {
        DocumentExchange exchange = exchange();
        return exchange.put(key(parameters(ONE, "PUT activity profile")), body);
    }

    @POST
    public Response post(InputStream body) {
        DocumentExchange exchange = exchange();
        return exchange.post(key(parameters(ONE, "POST activity profile")), body);
    }

    @DELETE
    public Response delete() {
        DocumentExchange exchange = exchange();
        return exchange.delete(key(parameters(ONE, "DELETE activity profile")));
    }

    private DocumentExchange exchange() {
        return new DocumentExchange(documents, Callers.of(servletRequest), headers, settings.maxRequestBytes());
    }

    private DocumentParameters parameters(Set<String> allowed, String request) {
        return DocumentParameters.of(uriInfo.getQueryParameters(), allowed, request);
    }

    private static DocumentKey key(DocumentParameters parameters) {
        return DocumentContext.activityProfile(parameters.activityId()).document(parameters.required(PROFILE_ID));
    }
}
