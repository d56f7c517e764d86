package org.flourish.lrs.xapi.signature;

/** A statement's signature is malformed or does not hold (xAPI-Data 2.6): the LRS refuses it with 400. */
public final class InvalidSignatureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidSignatureException(String message) {
        super(message);
    }
}
