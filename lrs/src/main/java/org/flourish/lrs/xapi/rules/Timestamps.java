package org.flourish.lrs.xapi.rules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Timestamps compared as the point in time they name (xAPI-Data 2.3.1.b4): the LRS may return them in another
 * time zone (2.4.7) and may keep only millisecond precision (2.4.7, "at least milliseconds"), so both are
 * reduced to an instant truncated to milliseconds.
 */
final class Timestamps {

    private Timestamps() {
    }

    /**
     * The instant of an ISO 8601 timestamp; one without an offset is read as UTC, as an LRS converting it to UTC
     * would (2.4.7). Empty when the text is no extended-format ISO 8601 date and time.
     */
    static Optional<Instant> instant(String timestamp) {
        try {
            return Optional.of(OffsetDateTime.parse(timestamp).toInstant().truncatedTo(ChronoUnit.MILLIS));
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(timestamp).toInstant(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MILLIS));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }

    /** A text equal for two timestamps naming the same millisecond; an unreadable one compares as written. */
    static String comparable(String timestamp) {
        return instant(timestamp).map(Instant::toString).orElse(timestamp);
    }
}
