package org.flourish.lrs.forward;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a subscription has got: every statement at or before log position {@code deliveredThrough} has been
 * delivered (or did not match); consecutive {@code failures} set when the next attempt may be made.
 */
public record DeliveryProgress(long deliveredThrough, long deliveredCount, Optional<OffsetDateTime> lastDeliveredAt,
        int failures, Optional<OffsetDateTime> nextAttemptAt, Optional<String> lastError,
        Optional<OffsetDateTime> lastErrorAt) {

    public DeliveryProgress {
        Objects.requireNonNull(lastDeliveredAt, "lastDeliveredAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(lastErrorAt, "lastErrorAt");
    }

    public static DeliveryProgress startingAt(long position) {
        return new DeliveryProgress(position, 0, Optional.empty(), 0, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    boolean dueAt(OffsetDateTime now) {
        return nextAttemptAt.map(next -> !next.isAfter(now)).orElse(true);
    }
}
