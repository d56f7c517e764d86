package org.flourish.pathways.access;

import java.time.Instant;
import java.util.Objects;

/**
 * One view of a child's data: who saw it, when, which learner (their canonical key, or a mark naming no one once the learner
 * was erased) and what they saw (a page such as {@code learner} or {@code family-card}).
 */
public record AuditEntry(Instant at, String user, String learner, String what) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(what, "what");
    }
}
