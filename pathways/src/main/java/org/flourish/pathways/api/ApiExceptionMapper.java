package org.flourish.pathways.api;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.apache.jena.query.QueryException;
import org.flourish.pathways.lrs.LrsUnavailableException;
import org.flourish.pathways.store.InvalidGraphException;

/**
 * The one place failures become HTTP statuses: invalid input or a query that cannot run 400 (with the SHACL
 * results when there are), the LRS
 * unreachable 502, JAX-RS's own statuses as they are, anything else a 500 whose id is logged with the stack trace
 * and never sent.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return ErrorBody.response(Response.Status.fromStatusCode(status.getStatusCode()),
                    web.getMessage() == null ? status.getReasonPhrase() : web.getMessage());
        }
        if (failure instanceof InvalidGraphException invalid) {
            return ErrorBody.response(Response.Status.BAD_REQUEST, invalid.getMessage(), invalid.problems());
        }
        if (failure instanceof IllegalArgumentException) {
            return ErrorBody.response(Response.Status.BAD_REQUEST, failure.getMessage());
        }
        if (failure instanceof QueryException) {
            // Unparsable, denied (SERVICE is disabled) or over its time limit: the query is at fault, not the server.
            return ErrorBody.response(Response.Status.BAD_REQUEST, "the query cannot run here: "
                    + failure.getMessage());
        }
        if (failure instanceof LrsUnavailableException) {
            LOG.warning(failure.getMessage());
            return ErrorBody.response(Response.Status.BAD_GATEWAY, "the LRS could not record the action: "
                    + failure.getMessage());
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure " + id, failure);
        return ErrorBody.response(Response.Status.INTERNAL_SERVER_ERROR, "unexpected failure, logged as " + id);
    }
}
