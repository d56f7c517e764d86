package org.flourish.lrs.store.jpa;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.flourish.lrs.forward.Subscription;
import org.flourish.lrs.forward.SubscriptionFilter;
import org.flourish.lrs.forward.SubscriptionStore;

/** Subscriptions and their delivery progress in table {@code subscription}. */
public final class JpaSubscriptionStore implements SubscriptionStore {

    private final Transactions transactions;
    private final Clock clock;

    public JpaSubscriptionStore(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Subscription add(String name, URI target, String targetKey, String targetSecret,
            SubscriptionFilter filter, long startAfter) {
        return transactions.inTransaction(em -> {
            SubscriptionRow row = new SubscriptionRow(name, target, targetKey, targetSecret, filter, startAfter,
                    OffsetDateTime.now(clock));
            em.persist(row);
            em.flush();
            return row.toSubscription();
        });
    }

    @Override
    public List<Subscription> all() {
        return transactions.read(em -> em.createNamedQuery(SubscriptionRow.ALL, SubscriptionRow.class)
                .getResultStream().map(SubscriptionRow::toSubscription).toList());
    }

    @Override
    public Optional<Subscription> find(long id) {
        return transactions.read(em -> Optional.ofNullable(em.find(SubscriptionRow.class, id))
                .map(SubscriptionRow::toSubscription));
    }

    @Override
    public Optional<Subscription> setEnabled(long id, boolean enabled) {
        return change(id, row -> row.setEnabled(enabled));
    }

    @Override
    public boolean delete(long id) {
        return transactions.inTransaction(em -> {
            SubscriptionRow row = em.find(SubscriptionRow.class, id);
            if (row == null) {
                return false;
            }
            em.remove(row);
            return true;
        });
    }

    @Override
    public void recordDelivery(long id, long position, int delivered, OffsetDateTime at) {
        change(id, row -> row.delivered(position, delivered, at));
    }

    @Override
    public void recordFailure(long id, String error, OffsetDateTime at, OffsetDateTime nextAttempt) {
        change(id, row -> row.failed(error, at, nextAttempt));
    }

    private Optional<Subscription> change(long id, Consumer<SubscriptionRow> change) {
        return transactions.inTransaction(em -> Optional.ofNullable(em.find(SubscriptionRow.class, id)).map(row -> {
            change.accept(row);
            return row.toSubscription();
        }));
    }
}
