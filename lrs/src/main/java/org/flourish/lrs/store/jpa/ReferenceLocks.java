package org.flourish.lrs.store.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.flourish.lrs.store.NewStatement;

/**
 * Serialises the write of a statement with the writes of StatementRefs to it. Without it, a statement and a
 * StatementRef to it stored at the same moment each miss the other (neither is committed yet), and the referring
 * statement never gets the target's filter terms. Holding a lock per id until commit, the second writer waits and
 * then sees the first. Keys: the ids the clients chose in the batch (an id the LRS made cannot be referred to yet)
 * and the targets of its StatementRefs, taken in ascending order so two batches cannot deadlock.
 */
interface ReferenceLocks {

    /** Runs {@code work} in one transaction, holding the locks of {@code keys} until it commits or rolls back. */
    <T> T holding(SortedSet<Long> keys, Transactions transactions, Function<EntityManager, T> work);

    /** The lock keys of a batch: 64 bits of each id; two ids sharing a key only wait for each other. */
    static SortedSet<Long> keysOf(List<NewStatement> batch) {
        SortedSet<Long> keys = new TreeSet<>();
        for (NewStatement statement : batch) {
            if (!statement.idMadeByLrs()) {
                keys.add(key(statement.id()));
            }
            statement.index().referencedStatementId().ifPresent(target -> keys.add(key(target)));
        }
        return keys;
    }

    private static long key(UUID id) {
        return id.getMostSignificantBits() ^ id.getLeastSignificantBits();
    }
}
