package org.flourish.lrs.error;

/** The statement or resource asked for does not exist (or is hidden from this caller). */
public final class NotFoundException extends XapiException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(404, message);
    }
}
