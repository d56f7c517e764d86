package org.flourish.lrs.error;

import java.time.Duration;
import java.util.Optional;

/** Too many failed credential checks from this address or for this key: try again after {@code retryAfter}. */
public final class TooManyAttemptsException extends XapiException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super(429, "too many failed credential checks: try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }

    /** Whole seconds, rounded up, as {@code Retry-After} takes them. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
