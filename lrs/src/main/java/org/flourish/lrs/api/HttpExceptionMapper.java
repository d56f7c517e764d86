package org.flourish.lrs.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (no such path, method not allowed...) in the same error format, status unchanged. */
@Provider
public class HttpExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException refusal) {
        Response original = refusal.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(status.getStatusCode() + " " + status.getReasonPhrase()));
        if (original.getHeaderString("Allow") != null) {
            response.header("Allow", original.getHeaderString("Allow"));
        }
        return response.build();
    }
}
