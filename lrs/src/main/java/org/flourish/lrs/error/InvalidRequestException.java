package org.flourish.lrs.error;

/** The request breaks a rule of the spec: bad parameters, headers or statements. */
public final class InvalidRequestException extends XapiException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(400, message);
    }
}
