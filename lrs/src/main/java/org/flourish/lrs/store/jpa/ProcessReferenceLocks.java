package org.flourish.lrs.store.jpa;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * {@link ReferenceLocks} within one process, for the embedded H2 database (one LRS process owns its file): a fixed
 * set of lock stripes, held around the whole transaction so that the commit happens before another writer of the
 * same key begins.
 */
final class ProcessReferenceLocks implements ReferenceLocks {

    private static final int STRIPES = 256;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    ProcessReferenceLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    @Override
    public <T> T holding(SortedSet<Long> keys, Transactions transactions, Function<EntityManager, T> work) {
        SortedSet<Integer> indexes = new TreeSet<>();
        keys.forEach(key -> indexes.add(Math.floorMod(key, STRIPES)));
        List<ReentrantLock> held = new ArrayList<>(indexes.size());
        try {
            for (int index : indexes) {
                stripes[index].lock();
                held.add(stripes[index]);
            }
            return transactions.inTransaction(work);
        } finally {
            held.forEach(ReentrantLock::unlock);
        }
    }
}
