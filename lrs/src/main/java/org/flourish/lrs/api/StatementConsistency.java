package org.flourish.lrs.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.flourish.lrs.service.StatementService;

/**
 * {@code X-Experience-API-Consistent-Through} on every answer of the Statement resource, whatever its status
 * (xAPI-Communication 2.1.3.s2.b5): the resource sets it on what it answers itself, read before its query; this adds
 * it to refusals (400, 403, 404...).
 */
@Provider
public class StatementConsistency implements ContainerResponseFilter {

    @Inject
    StatementService statements;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        boolean statementResource = path.equals("xapi/statements") || path.equals("xapi/statements/");
        if (statementResource && !response.getHeaders().containsKey(XapiHeaders.CONSISTENT_THROUGH)) {
            response.getHeaders().putSingle(XapiHeaders.CONSISTENT_THROUGH, statements.consistentThrough());
        }
    }
}
