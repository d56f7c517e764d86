package org.flourish.lrs.error;

import java.time.Duration;
import java.util.Optional;

/** A request the LRS refuses, with the status the spec names and a message that says what is wrong. */
public abstract class XapiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    protected XapiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** When the client may try again ({@code Retry-After}), for refusals that pass. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
