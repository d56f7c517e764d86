package org.flourish.lrs.xapi.json;

/** Client text that is not JSON this LRS reads: not UTF-8, not JSON, or beyond a {@link JsonLimits limit}. */
public final class MalformedJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedJsonException(String message) {
        super(message, null, false, false);
    }
}
