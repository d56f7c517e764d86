package org.flourish.lrs.error;

/**
 * A PUT without If-Match or If-None-Match would overwrite an existing profile document
 * (xAPI-Communication 3.1.s4.b13).
 */
public final class DocumentConflictException extends XapiException {
    private static final long serialVersionUID = 1L;

    public DocumentConflictException(String message) {
        super(409, message);
    }
}
