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
 * The State Resource (xAPI-Communication 2.3): documents of an Activity, an Agent and optionally a registration.
 * <pre>
 * curl -u KEY:SECRET -H 'X-Experience-API-Version: 2.0.0' -H 'Content-Type: application/json' -X PUT \
 *      -d '{"page":3}' 'http://localhost:8080/xapi/activities/state?activityId=https%3A%2F%2Fexample.org%2Freading%2F1&amp;agent=%7B%22mbox%22%3A%22mailto%3Aama%40example.org%22%7D&amp;stateId=bookmark'
 * </pre>
 */
@Path("xapi/activities/state")
@RequestScoped
public class StateResource {

    private static final String STATE_ID = "stateId";
    private static final Set<String> ONE = DocumentParameters.names("activityId", "agent", "registration", STATE_ID);
    private static final Set<String> GET = DocumentParameters.names("activityId", "agent", "registration", STATE_ID,
            "since");

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
        DocumentParameters parameters = parameters(GET, "GET state");
        parameters.requireNotBoth(STATE_ID);
        DocumentContext context = context(parameters);
        return parameters.has(STATE_ID) ? exchange.get(context.document(parameters.documentId(STATE_ID)))
                : exchange.ids(context, parameters.since());
    }

    @PUT
    public Response put(InputStream body) {
        DocumentExchange exchange = exchange();
        return exchange.put(key(parameters(ONE, "PUT state")), body);
    }

    @POST
    public Response post(InputStream body) {
        DocumentExchange exchange = exchange();
        return exchange.post(key(parameters(ONE, "POST state")), body);
    }

    /** With a stateId one document; without, every state of the context (2.3.s5). */
    @DELETE
    public Response delete() {
        DocumentExchange exchange = exchange();
        DocumentParameters parameters = parameters(ONE, "DELETE state");
        DocumentContext context = context(parameters);
        return parameters.has(STATE_ID) ? exchange.delete(context.document(parameters.documentId(STATE_ID)))
                : exchange.deleteAll(context);
    }

    private DocumentExchange exchange() {
        return new DocumentExchange(documents, Callers.of(servletRequest), headers, settings.maxRequestBytes());
    }

    private DocumentParameters parameters(Set<String> allowed, String request) {
        return DocumentParameters.of(uriInfo.getQueryParameters(), allowed, request);
    }

    private static DocumentContext context(DocumentParameters parameters) {
        return DocumentContext.state(parameters.activityId(), parameters.agentIfi(true), parameters.registration());
    }

    private static DocumentKey key(DocumentParameters parameters) {
        return context(parameters).document(parameters.documentId(STATE_ID));
    }
}
