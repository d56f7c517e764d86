package org.flourish.lrs.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.flourish.lrs.error.TooManyAttemptsException;
import org.flourish.lrs.error.XapiException;

/** The one place a refused request becomes its xAPI error response: the status the spec names, and why. */
@Provider
public class XapiExceptionMapper implements ExceptionMapper<XapiException> {

    @Override
    public Response toResponse(XapiException refusal) {
        Response.ResponseBuilder response = Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(refusal.getMessage()));
        refusal.retryAfter().ifPresent(wait -> response.header("Retry-After", TooManyAttemptsException.seconds(wait)));
        return response.build();
    }
}
