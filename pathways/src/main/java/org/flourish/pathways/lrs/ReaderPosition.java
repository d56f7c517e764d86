package org.flourish.pathways.lrs;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where the reader is in the LRS's statement stream: the last {@code stored} instant it read and the ids of the
 * statements it read at that instant. Several statements can share one {@code stored} instant, so the reader asks
 * again from just before it and skips these ids, rather than risk losing statements at a page boundary.
 */
public record ReaderPosition(Instant lastStored, Set<String> readAtLastStored) {

    public ReaderPosition {
        Objects.requireNonNull(lastStored, "lastStored");
        readAtLastStored = Set.copyOf(readAtLastStored);
    }

    public boolean alreadyRead(Instant stored, String id) {
        return stored.isBefore(lastStored) || stored.equals(lastStored) && readAtLastStored.contains(id);
    }

    /** The position after reading one more statement, stored no earlier than the last one. */
    public ReaderPosition after(Instant stored, String id) {
        if (stored.isAfter(lastStored)) {
            return new ReaderPosition(stored, Set.of(id));
        }
        Set<String> ids = new HashSet<>(readAtLastStored);
        ids.add(id);
        return new ReaderPosition(lastStored, ids);
    }
}
