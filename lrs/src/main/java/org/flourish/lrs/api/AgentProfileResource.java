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
 * The Agent Profile Resource (xAPI-Communication 2.6): documents about an Agent.
 * <pre>
 * curl -u KEY:SECRET -H 'X-Experience-API-Version: 2.0.0' \
 *      'http://localhost:8080/xapi/agents/profile?agent=%7B%22mbox%22%3A%22mailto%3Aama%40example.org%22%7D'
 * </pre>
 */
@Path("xapi/agents/profile")
@RequestScoped
public class AgentProfileResource {

    private static final String PROFILE_ID = "profileId";
    private static final Set<String> ONE = DocumentParameters.names("agent", PROFILE_ID);
    private static final Set<String> GET = DocumentParameters.names("agent", PROFILE_ID, "since");

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
        DocumentParameters parameters = parameters(GET, "GET agent profile");
        parameters.requireNotBoth(PROFILE_ID);
        DocumentContext context = DocumentContext.agentProfile(parameters.agentIfi(false));
        return parameters.has(PROFILE_ID) ? exchange.get(context.document(parameters.required(PROFILE_ID)))
                : exchange.ids(context, parameters.since());
    }

    @PUT
    public Response put(InputStream body) {
        DocumentExchange exchange = exchange();
        return exchange.put(key(parameters(ONE, "PUT agent profile")), body);
    }

    @POST
    public Response post(InputStream body) {
        DocumentExchange exchange = exchange();
        return exchange.post(key(parameters(ONE, "POST agent profile")), body);
    }

    @DELETE
    public Response delete() {
        DocumentExchange exchange = exchange();
        return exchange.delete(key(parameters(ONE, "DELETE agent profile")));
    }

    private DocumentExchange exchange() {
        return new DocumentExchange(documents, Callers.of(servletRequest), headers, settings.maxRequestBytes());
    }

    private DocumentParameters parameters(Set<String> allowed, String request) {
        return DocumentParameters.of(uriInfo.getQueryParameters(), allowed, request);
    }

    private static DocumentKey key(DocumentParameters parameters) {
        return DocumentContext.agentProfile(parameters.agentIfi(false)).document(parameters.required(PROFILE_ID));
    }
}
