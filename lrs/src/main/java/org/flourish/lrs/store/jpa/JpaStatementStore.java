package org.flourish.lrs.store.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.sessions.Session;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.store.NewStatement;
import org.flourish.lrs.store.PageCursor;
import org.flourish.lrs.store.StatementPage;
import org.flourish.lrs.store.StatementQuery;
import org.flourish.lrs.store.StatementIdTakenException;
import org.flourish.lrs.store.StatementStore;
import org.flourish.lrs.store.StoredStatement;
import org.flourish.lrs.store.StoredStatementState;
import org.flourish.lrs.xapi.attachments.AttachmentObjects;

/**
 * Statements in table {@code statement}, found through table {@code statement_term}. A statement that targets another
 * through a StatementRef also carries the target's terms (xAPI-Communication 2.1.3, "Filter Conditions for
 * StatementRefs"), whichever of the two arrives first, so every filter is a plain index lookup.
 */
public final class JpaStatementStore implements StatementStore {

    private final Transactions transactions;
    private final CommitHorizon horizon;
    private final ReferenceLocks referenceLocks;

    public JpaStatementStore(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.horizon = new CommitHorizon(clock);
        this.referenceLocks = new ReferenceLocks();
    }

    @Override
    public List<StoredStatement> store(List<NewStatement> batch) {
        List<Long> begun = new ArrayList<>(batch.size());
        try {
            return referenceLocks.holding(ReferenceLocks.keysOf(batch), transactions,
                    em -> new BatchWrite(em, begun).write(batch));
        } catch (PersistenceException e) {
            if (UniqueViolation.causes(e)) {
                throw new StatementIdTakenException(e);
            }
            throw e;
        } finally {
            begun.forEach(horizon::end);
        }
    }

    /** The writing of one batch, inside its transaction. */
    private final class BatchWrite {
        private final EntityManager em;
        private final List<Long> begun;
        private final Map<String, StatementRow> written = new HashMap<>();
        private final Map<String, Set<String>> writtenTerms = new HashMap<>();
        private final StatementInserts inserts = new StatementInserts();
        private final Map<Long, Long> providers = new HashMap<>();

        BatchWrite(EntityManager em, List<Long> begun) {
            this.em = em;
            this.begun = begun;
        }

        List<StoredStatement> write(List<NewStatement> batch) {
            Session session = em.unwrap(Session.class);
            Map<String, List<Referrer>> referrers = storedReferrers(batch);
            List<StoredStatement> result = new ArrayList<>(batch.size());
            for (NewStatement statement : batch) {
                CommitHorizon.Stamp stamp = horizon.begin(
                        () -> session.getNextSequenceNumberValue(StatementRow.class).longValue());
                begun.add(stamp.seq());
                result.add(write(statement, stamp, referrers.getOrDefault(statement.id().toString(), List.of())));
            }
            // A target written later in this batch has already given its terms (inheritTermsInBatch).
            inserts.arrived(written::containsKey);
            inserts.write(em);
            return result;
        }

        private StoredStatement write(NewStatement statement, CommitHorizon.Stamp stamp, List<Referrer> referrers) {
            String id = statement.id().toString();
            String body = StoredStamp.apply(statement.statement(), stamp.stored());
            Optional<String> target = statement.index().referencedStatementId().map(UUID::toString);
            boolean voided = !statement.voiding()
                    && (referrers.stream().anyMatch(r -> voids(r, statement)) || voidedEarlierInBatch(id));
            StatementRow row = new StatementRow(stamp.seq(), statement.id(), stamp.stored(), target.orElse(null),
                    voided, statement.voiding(), statement.credentialId(), body, statement.defines());
            inserts.statement(row);
            written.put(id, row);

            Set<String> terms = StatementTerms.of(statement.index());
            target.ifPresent(t -> termsOf(t).ifPresentOrElse(terms::addAll, () -> inserts.awaited(stamp.seq(), t)));
            terms.forEach(term -> inserts.term(stamp.seq(), term));
            writtenTerms.put(id, terms);
            AttachmentObjects.hashesOf(statement.statement()).forEach(sha2 -> inserts.attachment(stamp.seq(), sha2));

            if (statement.voiding()) {
                target.ifPresent(this::voidTarget);
            }
            if (!referrers.isEmpty()) {
                inheritTerms(referrers, terms);
            }
            inheritTermsInBatch(id, terms, new HashSet<>());
            return row.toStored();
        }

        /** Statements earlier in this batch that target {@code id}, directly or through a chain, get its terms. */
        private void inheritTermsInBatch(String id, Set<String> terms, Set<String> seen) {
            written.forEach((otherId, other) -> {
                if (other.refersTo(id) && seen.add(otherId)) {
                    Set<String> theirs = writtenTerms.get(otherId);
                    terms.stream().filter(theirs::add)
                            .forEach(term -> inserts.term(other.seq(), term));
                    inheritTermsInBatch(otherId, terms, seen);
                }
            });
        }

        /**
         * A voiding statement stored before its target voids it only if it came from the target's provider or from a
         * credential with scope {@code all}: else anyone who learns an id could void another provider's statement
         * ahead of its arrival (the same rule as for a stored target, in the service).
         */
        private boolean voids(Referrer referrer, NewStatement target) {
            return referrer.voiding() && (referrer.voidsAny() || referrer.providerId() == providerOf(target));
        }

        private long providerOf(NewStatement statement) {
            return providers.computeIfAbsent(statement.credentialId(), credential -> em
                    .createNamedQuery(CredentialRow.PROVIDER_OF, Long.class).setParameter("id", credential)
                    .getSingleResult());
        }

        private boolean voidedEarlierInBatch(String id) {
            return written.values().stream().anyMatch(row -> row.voids(id));
        }

        /** Terms of a statement written earlier in this batch or already stored; empty when it is neither. */
        private Optional<Set<String>> termsOf(String id) {
            Set<String> inBatch = writtenTerms.get(id);
            if (inBatch != null) {
                return Optional.of(inBatch);
            }
            // Every stored statement has terms (its verb's at least): none means not stored.
            List<String> stored = em.createNamedQuery(StatementQueries.TERMS_OF_STATEMENT, String.class)
                    .setParameter("id", id).getResultList();
            return stored.isEmpty() ? Optional.empty() : Optional.of(new HashSet<>(stored));
        }

        /** A voiding statement voids its target, unless the target is itself a voiding statement (xAPI-Data 2.3.2). */
        private void voidTarget(String target) {
            StatementRow inBatch = written.get(target);
            if (inBatch != null) {
                inBatch.markVoided();
                return;
            }
            em.createNamedQuery(StatementQueries.VOID_TARGET).setParameter("id", target).executeUpdate();
        }

        /**
         * Stored statements that were waiting for ones in this batch: they must be found by the new targets' terms
         * too. Their waiting ends with this transaction.
         */
        private Map<String, List<Referrer>> storedReferrers(List<NewStatement> batch) {
            List<String> ids = batch.stream().filter(s -> !s.idMadeByLrs()).map(s -> s.id().toString()).toList();
            Map<String, List<Referrer>> referrers = new HashMap<>();
            if (ids.isEmpty()) {
                return referrers;
            }
            for (Object[] row : em.createNamedQuery(AwaitedReferenceRow.AWAITING, Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                referrers.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                        .add(new Referrer((Long) row[1], (String) row[2], (Boolean) row[3],
                                ((Number) row[4]).longValue(), Referrer.scopeAll((String) row[5])));
            }
            if (!referrers.isEmpty()) {
                em.createNamedQuery(AwaitedReferenceRow.ARRIVED).setParameter("ids", List.copyOf(referrers.keySet()))
                        .executeUpdate();
            }
            return referrers;
        }

        /** Adds the terms to the referrers, and to whatever targets those referrers, recursively. */
        private void inheritTerms(Collection<Referrer> referrers, Set<String> terms) {
            Set<Long> seen = new HashSet<>();
            List<Referrer> pending = new ArrayList<>(referrers);
            while (!pending.isEmpty()) {
                Referrer referrer = pending.remove(pending.size() - 1);
                if (!seen.add(referrer.seq())) {
                    continue;
                }
                Set<String> existing = new HashSet<>(em.createNamedQuery(StatementQueries.TERMS_OF_SEQ, String.class)
                        .setParameter("seq", referrer.seq()).getResultList());
                terms.stream().filter(term -> !existing.contains(term))
                        .forEach(term -> inserts.term(referrer.seq(), term));
                for (Object[] row : em.createNamedQuery(StatementQueries.REFERRERS, Object[].class)
                        .setParameter("ids", List.of(referrer.id())).getResultList()) {
                    pending.add(new Referrer((Long) row[1], (String) row[2], (Boolean) row[3], 0, false));
                }
            }
        }
    }

    /**
     * A stored statement whose object is a StatementRef to a statement being written, with the provider of its
     * credential and whether that credential has scope {@code all} (which decide whether it may void the target).
     */
    private record Referrer(long seq, String id, boolean voiding, long providerId, boolean voidsAny) {

        static boolean scopeAll(String scopes) {
            return java.util.Arrays.asList(scopes.split(" ")).contains("all");
        }
    }

    @Override
    public Optional<StoredStatementState> find(UUID id) {
        return transactions.read(em -> em.createNamedQuery(StatementQueries.BY_ID, StatementRow.class)
                .setParameter("id", id.toString()).getResultStream().findFirst()
                .map(row -> new StoredStatementState(row.toStored(), row.voided())));
    }

    @Override
    public List<StoredStatement> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> keys = ids.stream().map(UUID::toString).toList();
        return transactions.read(em -> em.createNamedQuery(StatementQueries.BY_IDS, StatementRow.class)
                .setParameter("ids", keys).getResultStream().map(StatementRow::toStored).toList());
    }

    @Override
    public Map<UUID, Long> providersOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> keys = ids.stream().map(UUID::toString).toList();
        Map<UUID, Long> owners = new HashMap<>();
        transactions.read(em -> em.createNamedQuery(StatementQueries.PROVIDERS_OF, Object[].class)
                .setParameter("ids", keys).getResultList())
                .forEach(row -> owners.put(UUID.fromString((String) row[0]), ((Number) row[1]).longValue()));
        return owners;
    }

    @Override
    public StatementPage query(StatementQuery query) {
        return transactions.read(em -> {
            PageCursor start = new PageCursor(query.ascending() ? 0 : Long.MAX_VALUE, settledPosition(em));
            return page(em, query, start);
        });
    }

    @Override
    public List<StoredStatement> readAfter(long after, int limit) {
        return transactions.read(em -> em.createNamedQuery(StatementQueries.LOG_AFTER, StatementRow.class)
                .setParameter("after", after).setParameter("bound", settledPosition(em)).setMaxResults(limit)
                .getResultStream().map(StatementRow::toStored).toList());
    }

    @Override
    public long settledPosition() {
        return transactions.read(this::settledPosition);
    }

    /** The highest stored position below every position still being written. */
    private long settledPosition(EntityManager em) {
        long settled = horizon.settledBelow();
        Long highest = em.createNamedQuery(StatementQueries.HIGHEST_SEQ, Long.class).getSingleResult();
        return Math.min(settled, highest == null ? 0 : highest);
    }

    @Override
    public StatementPage query(StatementQuery query, PageCursor cursor) {
        return transactions.read(em -> page(em, query, cursor));
    }

    private StatementPage page(EntityManager em, StatementQuery query, PageCursor cursor) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<StatementRow> cq = cb.createQuery(StatementRow.class);
        Root<StatementRow> statement = cq.from(StatementRow.class);
        List<Predicate> where = new ArrayList<>();
        // The first term's index (term, seq) drives the scan in storage order; the others narrow it. Ordering by
        // both columns of that index, the term being fixed, keeps the plan an ordered index scan whatever the
        // planner's statistics say.
        Path<Long> order = statement.get("seq");
        Optional<Path<String>> drivingTerm = Optional.empty();
        for (FilterTerm term : query.terms()) {
            Root<StatementTermRow> row = cq.from(StatementTermRow.class);
            where.add(cb.equal(row.get("term"), term.key()));
            where.add(cb.equal(row.get("seq"), statement.get("seq")));
            if (drivingTerm.isEmpty()) {
                order = row.get("seq");
                drivingTerm = Optional.of(row.get("term"));
            }
        }
        where.add(cb.isFalse(statement.get("voided")));
        where.add(cb.le(order, cursor.horizon()));
        where.add(query.ascending() ? cb.gt(order, cursor.after()) : cb.lt(order, cursor.after()));
        // A time window is also a storage-order window, which the scan can use; the time test stays as well.
        Path<Long> position = order;
        query.since().ifPresent(since -> {
            where.add(cb.greaterThan(statement.get("stored"), since));
            where.add(cb.gt(position, lastStoredBy(em, since)));
        });
        query.until().ifPresent(until -> {
            where.add(cb.lessThanOrEqualTo(statement.get("stored"), until));
            where.add(cb.le(position, lastStoredBy(em, until)));
        });
        query.onlyCredential().ifPresent(id -> where.add(cb.equal(statement.get("credentialId"), id)));
        List<jakarta.persistence.criteria.Order> orderBy = new ArrayList<>();
        drivingTerm.ifPresent(term -> orderBy.add(query.ascending() ? cb.asc(term) : cb.desc(term)));
        orderBy.add(query.ascending() ? cb.asc(order) : cb.desc(order));
        cq.select(statement).where(where.toArray(Predicate[]::new)).orderBy(orderBy);

        TypedQuery<StatementRow> typed = em.createQuery(cq).setMaxResults(query.limit() + 1);
        List<StatementRow> rows = typed.getResultList();
        boolean more = rows.size() > query.limit();
        List<StoredStatement> statements = rows.stream().limit(query.limit()).map(StatementRow::toStored).toList();
        Optional<PageCursor> next = more
                ? Optional.of(new PageCursor(statements.get(statements.size() - 1).seq(), cursor.horizon()))
                : Optional.empty();
        return new StatementPage(statements, next);
    }

    /**
     * The storage position of the last statement stored at or before {@code time}, 0 when none: since {@code stored}
     * never decreases along storage order (see {@link CommitHorizon}), every later position was stored after it.
     */
    private static long lastStoredBy(EntityManager em, OffsetDateTime time) {
        return em.createNamedQuery(StatementQueries.LAST_STORED_BY, Long.class).setParameter("time", time)
                .setMaxResults(1).getResultStream().findFirst().orElse(0L);
    }

    @Override
    public OffsetDateTime consistentThrough() {
        return horizon.consistentThrough();
    }
}
