package org.flourish.lrs.xapi.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Timestamps compared as the point in time they name (xAPI-Data 2.3.1.b4). xAPI-Data 4.5: the LRS may return a
 * timestamp in another time zone, and "MAY be truncated or rounded to a precision of at least 3 decimal digits
 * for seconds". So two timestamps name the same point when they are less than a millisecond apart: a truncated
 * or rounded copy always is, two distinct millisecond values never are.
 */
final class Timestamps {

    private static final Duration PRECISION_AN_LRS_MAY_KEEP = Duration.ofMillis(1);

    private Timestamps() {
    }

    /** True when both name the same point within the precision an LRS must keep; unreadable text compares as is. */
    static boolean samePoint(String first, String second) {
        Optional<Instant> a = instant(first);
        Optional<Instant> b = instant(second);
        if (a.isEmpty() || b.isEmpty()) {
            return first.equals(second);
        }
        return Duration.between(a.get(), b.get()).abs().compareTo(PRECISION_AN_LRS_MAY_KEEP) < 0;
    }

    /**
     * The instant of an ISO 8601 extended-format timestamp; one without an offset is read as UTC, the zone an LRS
     * returns (4.5, "SHOULD* return the Timestamp in UTC"). Empty for any other text.
     */
    static Optional<Instant> instant(String timestamp) {
        try {
            return Optional.of(OffsetDateTime.parse(timestamp).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(timestamp).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
