package org.flourish.lrs.store.jpa;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * Tracks the statements this process is writing, so that readers see storage order only up to a position where
 * nothing is still in flight. Sequence numbers are handed out before commit, so a later number can commit before an
 * earlier one; a page read past an uncommitted number would skip that statement for good.
 * <p>
 * Numbering and stamping happen together under one lock, so {@code stored} never decreases along storage order.
 * This is per process: several LRS instances on one database need a database-wide horizon instead.
 */
final class CommitHorizon {

    /** A statement's storage position and time. */
    record Stamp(long seq, OffsetDateTime stored) {
    }

    private final Clock clock;
    private final TreeMap<Long, OffsetDateTime> inFlight = new TreeMap<>();
    private OffsetDateTime lastStored = OffsetDateTime.MIN;

    CommitHorizon(Clock clock) {
        this.clock = clock;
    }

    /** Numbers and stamps a statement about to be written; {@link #end} must follow whether it commits or not. */
    synchronized Stamp begin(LongSupplier nextSeq) {
        long seq = nextSeq.getAsLong();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MILLIS);
        OffsetDateTime stored = now.isAfter(lastStored) ? now : lastStored;
        lastStored = stored;
        inFlight.put(seq, stored);
        return new Stamp(seq, stored);
    }

    synchronized void end(long seq) {
        inFlight.remove(seq);
    }

    /** Every position at or below this one that this process handed out is committed or abandoned. */
    synchronized long settledBelow() {
        return inFlight.isEmpty() ? Long.MAX_VALUE : inFlight.firstKey() - 1;
    }

    /** Every statement stored before this time is visible (the X-Experience-API-Consistent-Through header). */
    synchronized OffsetDateTime consistentThrough() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return inFlight.isEmpty() ? now : inFlight.firstEntry().getValue().minus(1, ChronoUnit.MILLIS);
    }
}
