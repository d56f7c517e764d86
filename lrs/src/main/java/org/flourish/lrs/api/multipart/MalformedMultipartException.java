package org.flourish.lrs.api.multipart;

/** The body is not {@code multipart/mixed} as RFC 2046 defines it; the message says where it breaks. */
public final class MalformedMultipartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedMultipartException(String message) {
        super(message);
    }
}
