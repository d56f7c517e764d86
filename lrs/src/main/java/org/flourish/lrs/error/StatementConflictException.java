package org.flourish.lrs.error;

/** A different statement is already stored under the same id (xAPI-Communication 2.1.1). */
public final class StatementConflictException extends XapiException {
    private static final long serialVersionUID = 1L;

    public StatementConflictException(String message) {
        super(409, message);
    }
}
