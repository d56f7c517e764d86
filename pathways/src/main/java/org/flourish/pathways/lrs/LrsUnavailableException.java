package org.flourish.pathways.lrs;

/** The LRS could not be reached or answered with an error; the reader retries at its next poll. */
public final class LrsUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LrsUnavailableException(String message) {
        super(message);
    }

    public LrsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
