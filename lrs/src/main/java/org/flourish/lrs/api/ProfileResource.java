package org.flourish.lrs.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * What the Activity Profile and Agent Profile resources share (xAPI-Communication 2.7 and 2.6): documents named by a
 * {@code profileId} within a context; the two differ only in the parameter that names the context. Public, because
 * JAX-RS looks for resource methods only in public classes.
 */
public abstract class ProfileResource {

    private static final String PROFILE_ID = "profileId";

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

    /** The query parameter naming the profile's context: {@code activityId} or {@code agent}. */
    abstract String contextParameter();

    /** The resource's name in error messages, e.g. {@code activity profile}. */
    abstract String name();

    abstract DocumentContext context(DocumentParameters parameters);

    @GET
    public Response get() {
        DocumentExchange exchange = exchange();
        DocumentParameters parameters = parameters("GET", contextParameter(), PROFILE_ID, "since");
        parameters.requireNotBoth(PROFILE_ID);
        DocumentContext context = context(parameters);
        return parameters.has(PROFILE_ID) ? exchange.get(context.document(parameters.documentId(PROFILE_ID)))
                : exchange.ids(context, parameters.since());
    }

    @PUT
    public Response put(InputStream body) {
        DocumentExchange exchange = exchange();
        return exchange.put(key(parameters("PUT", contextParameter(), PROFILE_ID)), body);
    }

    @POST
    public Response post(InputStream body) {
        DocumentExchange exchange = exchange();
        return exchange.post(key(parameters("POST", contextParameter(), PROFILE_ID)), body);
    }

    @DELETE
    public Response delete() {
        DocumentExchange exchange = exchange();
        return exchange.delete(key(parameters("DELETE", contextParameter(), PROFILE_ID)));
    }

    private DocumentExchange exchange() {
        return new DocumentExchange(documents, Callers.of(servletRequest), headers, settings.maxRequestBytes());
    }

    private DocumentParameters parameters(String method, String... allowed) {
        Set<String> names = DocumentParameters.names(allowed);
        return DocumentParameters.of(uriInfo.getQueryParameters(), names, method + " " + name());
    }

    private DocumentKey key(DocumentParameters parameters) {
        return context(parameters).document(parameters.documentId(PROFILE_ID));
    }
}
