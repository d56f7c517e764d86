package org.flourish.lrs.error;

/** No credential, an unknown one, a wrong secret, or a disabled credential or provider. */
public final class NotAuthenticatedException extends XapiException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String message) {
        super(401, message);
    }
}
