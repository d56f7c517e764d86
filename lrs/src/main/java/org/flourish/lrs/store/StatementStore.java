package org.flourish.lrs.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where statements are kept. Every write is one transaction: all of a batch is stored, or none of it. */
public interface StatementStore {

    /**
     * Stores the batch in one transaction, in order, stamping each with its storage time; applies voiding.
     * Returns when the transaction has committed.
     */
    List<StoredStatement> store(List<NewStatement> batch);

    /** A statement by id, voided or not; the caller decides what a voided one means for the request. */
    Optional<StoredStatementState> find(UUID id);

    /** The statements with any of these ids, for the conflict check of a batch. */
    List<StoredStatement> findAll(List<UUID> ids);

    /** The provider whose credential stored each of these statements, for those that are stored. */
    Map<UUID, Long> providersOf(Collection<UUID> ids);

    /** The first page of a query. */
    StatementPage query(StatementQuery query);

    /** A following page of the same query. */
    StatementPage query(StatementQuery query, PageCursor cursor);

    /**
     * Statements in storage order after position {@code after}, voided or not, up to the last position known
     * committed: the log that forwarding follows.
     */
    List<StoredStatement> readAfter(long after, int limit);

    /** The last storage position known committed; new statements will come after it. */
    long settledPosition();

    /** The time before which every statement that is or will be stored is visible to queries. */
    java.time.OffsetDateTime consistentThrough();
}
