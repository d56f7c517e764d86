package org.flourish.lrs.error;

/** The request body is larger than this LRS accepts. */
public final class RequestTooLargeException extends XapiException {
    private static final long serialVersionUID = 1L;

    public RequestTooLargeException(String message) {
        super(413, message);
    }
}
