package org.flourish.lrs.error;

/** The credential is valid but its scopes do not allow the request. */
public final class NotPermittedException extends XapiException {
    private static final long serialVersionUID = 1L;

    public NotPermittedException(String message) {
        super(403, message);
    }
}
