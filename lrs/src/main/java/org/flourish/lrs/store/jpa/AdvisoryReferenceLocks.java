package org.flourish.lrs.store.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * {@link ReferenceLocks} on PostgreSQL: transaction-scoped advisory locks, released by the commit itself, so they
 * also hold between several LRS instances on one database. One round trip per batch.
 */
final class AdvisoryReferenceLocks implements ReferenceLocks {

    // Volatile functions in the select list run after ORDER BY: the locks are taken in ascending order.
    private static final String LOCK = "SELECT pg_advisory_xact_lock(k) FROM unnest(?) AS k ORDER BY k";

    @Override
    public <T> T holding(SortedSet<Long> keys, Transactions transactions, Function<EntityManager, T> work) {
        return transactions.inTransaction(em -> {
            if (!keys.isEmpty()) {
                lock(em.unwrap(Connection.class), keys);
            }
            return work.apply(em);
        });
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
