package org.flourish.lrs.error;

/** A precondition header (If-Match, If-None-Match) did not hold. */
public final class PreconditionFailedException extends XapiException {
    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(String message) {
        super(412, message);
    }
}
