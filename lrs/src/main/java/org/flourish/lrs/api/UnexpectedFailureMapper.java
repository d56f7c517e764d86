package org.flourish.lrs.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Any other failure: a generic 500 naming an id that is logged with the cause; never a stack trace to the client. */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure " + id, failure);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of("the LRS failed unexpectedly; the failure is logged as " + id)).build();
    }
}
