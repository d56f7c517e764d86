package org.flourish.lrs.error;

import java.time.Duration;
import java.util.Optional;

/** The server cannot take this request now (503): too much request data is being worked on; try again later. */
public final class ServerBusyException extends XapiException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public ServerBusyException(String message, Duration retryAfter) {
        super(503, message);
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
