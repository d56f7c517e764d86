package org.flourish.lrs.store.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * and the targets of its StatementRefs, taken in ascending order so two batches cannot deadlock. The locks are
 * PostgreSQL's transaction-scoped advisory locks, released by the commit itself, so they also hold between several
 * LRS instances on one database; one round trip per batch.
 */
final class ReferenceLocks {

    // Volatile functions in the select list run after ORDER BY: the locks are taken in ascending order.
    private static final String LOCK = "SELECT pg_advisory_xact_lock(k) FROM unnest(?) AS k ORDER BY k";

    /** Runs {@code work} in one transaction, holding the locks of {@code keys} until it commits or rolls back. */
    <T> T holding(SortedSet<Long> keys, Transactions transactions, Function<EntityManager, T> work) {
        return transactions.inTransaction(em -> {
            if (!keys.isEmpty()) {
                lock(em.unwrap(Connection.class), keys);
            }
            return work.apply(em);
        });
    }

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

    private static void lock(Connection connection, SortedSet<Long> keys) {
        try (PreparedStatement select = connection.prepareStatement(LOCK)) {
            Array array = connection.createArrayOf("bigint", keys.toArray());
            select.setArray(1, array);
            select.executeQuery().close();
        } catch (SQLException e) {
            throw new PersistenceException("advisory locks for StatementRef targets not taken", e);
        }
    }
}
