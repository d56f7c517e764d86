package org.flourish.pathways.web.lrs;

import java.util.Optional;

/**
 * The LRS's administration API refused a request (with its message) or could not be reached (without one, or
 * because no admin credential is configured).
 */
public final class LrsAdminException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String refusal;

    public LrsAdminException(Optional<String> refusal, Throwable cause) {
        super(refusal.orElse("the LRS administration API could not be reached"), cause);
        this.refusal = refusal.orElse(null);
    }

    /** The LRS's own words when it refused; empty when it could not be reached. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }
}
