package org.flourish.lrs.store.jpa;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.flourish.lrs.store.ErasureRecord;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.store.FilterTerm.Kind;
import org.flourish.lrs.store.LearnerRecords;

/**
 * Erasure on the statement, term, attachment and document tables. A learner's statements are found through their
 * terms: "related agent" ones (actor, object, authority, instructor, team, the same in a SubStatement) and "other
 * agent" ones (contextAgents, contextGroups, extensions); a statement pointing to one of them through its object's
 * StatementRef inherited those terms, and one pointing through its context's StatementRef is found by that target,
 * step by step until none is left.
 */
public final class JpaLearnerRecords implements LearnerRecords {

    /** Values per IN list, to keep within every database's limits. */
    private static final int CHUNK = 500;

    private final Transactions transactions;
    private final JpaErasureFeed feed;
    private final Clock clock;

    public JpaLearnerRecords(Transactions transactions, JpaErasureFeed feed, Clock clock) {
        this.transactions = transactions;
        this.feed = feed;
        this.clock = clock;
    }

    @Override
    public ErasureRecord erase(Set<String> agentKeys, String identifiersDigest, String requestedBy) {
        return transactions.inTransaction(em -> {
            Map<Long, String> erased = statementsNaming(em, agentKeys);
            Set<String> declared = new HashSet<>();
            long statements = deleteStatements(em, List.copyOf(erased.keySet()), declared);
            long attachments = deleteUnusedAttachments(em, declared);
            long documents = em.createNamedQuery(DocumentRow.DELETE_OF_AGENTS)
                    .setParameter("agents", List.copyOf(agentKeys)).executeUpdate();
            OffsetDateTime now = OffsetDateTime.now(clock);
            ErasureAuditRow audit = new ErasureAuditRow(requestedBy, now, identifiersDigest, statements, documents,
                    attachments);
            em.persist(audit);
            feed.append(em, now, agentKeys, erased.values());
            em.flush();
            return audit.toRecord();
        });
    }

    /** Position and id of every statement naming one of the agents, and of every statement pointing to those. */
    private static Map<Long, String> statementsNaming(EntityManager em, Set<String> agentKeys) {
        List<String> terms = new ArrayList<>();
        for (String key : agentKeys) {
            terms.add(new FilterTerm(Kind.RELATED_AGENT, key).key());
            terms.add(new FilterTerm(Kind.OTHER_AGENT, key).key());
        }
        Map<Long, String> found = new LinkedHashMap<>();
        List<String> step = addNew(found, inChunks(terms, chunk -> withTerms(em, chunk)));
        while (!step.isEmpty()) {
            List<String> contextTerms = step.stream()
                    .map(id -> new FilterTerm(Kind.CONTEXT_STATEMENT, id).key()).toList();
            List<Object[]> pointing = new ArrayList<>(inChunks(contextTerms, chunk -> withTerms(em, chunk)));
            pointing.addAll(inChunks(step, chunk -> em.createNamedQuery(StatementQueries.REFERRERS, Object[].class)
                    .setParameter("ids", chunk).getResultStream().map(row -> new Object[] {row[1], row[2]})
                    .toList()));
            step = addNew(found, pointing);
        }
        return found;
    }

    /** Position and id of the statements carrying any of the terms. */
    private static List<Object[]> withTerms(EntityManager em, List<String> terms) {
        return em.createNamedQuery(StatementQueries.STATEMENTS_WITH_TERMS, Object[].class)
                .setParameter("terms", terms).getResultList();
    }

    /** Adds the (position, id) rows not found before; returns the ids of those. */
    private static List<String> addNew(Map<Long, String> found, List<Object[]> rows) {
        List<String> added = new ArrayList<>();
        for (Object[] row : rows) {
            if (found.putIfAbsent((Long) row[0], (String) row[1]) == null) {
                added.add((String) row[1]);
            }
        }
        return added;
    }

    private static <T, R> List<R> inChunks(List<T> values, Function<List<T>, List<R>> query) {
        List<R> results = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            results.addAll(query.apply(new ArrayList<>(values.subList(from, Math.min(values.size(), from + CHUNK)))));
        }
        return results;
    }

    /** Deletes the statements with their index rows, links and awaited references; collects the attachment hashes. */
    private static long deleteStatements(EntityManager em, List<Long> seqs, Set<String> declared) {
        long deleted = 0;
        for (int from = 0; from < seqs.size(); from += CHUNK) {
            List<Long> chunk = new ArrayList<>(seqs.subList(from, Math.min(seqs.size(), from + CHUNK)));
            declared.addAll(em.createNamedQuery(StatementAttachmentRow.HASHES_OF, String.class)
                    .setParameter("seqs", chunk).getResultList());
            em.createNamedQuery(StatementAttachmentRow.DELETE_OF).setParameter("seqs", chunk).executeUpdate();
            em.createNamedQuery(AwaitedReferenceRow.DELETE_OF).setParameter("seqs", chunk).executeUpdate();
            em.createNamedQuery(StatementQueries.DELETE_TERMS_OF).setParameter("seqs", chunk).executeUpdate();
            deleted += em.createNamedQuery(StatementQueries.DELETE_STATEMENTS).setParameter("seqs", chunk)
                    .executeUpdate();
        }
        return deleted;
    }

    /** Attachment data that no remaining statement declares: it was used only by the erased statements. */
    private static long deleteUnusedAttachments(EntityManager em, Set<String> declared) {
        if (declared.isEmpty()) {
            return 0;
        }
        return inChunks(List.copyOf(declared), chunk -> List.of(em.createNamedQuery(AttachmentRow.DELETE_UNUSED)
                .setParameter("hashes", chunk).executeUpdate())).stream().mapToLong(Integer::longValue).sum();
    }

    @Override
    public List<ErasureRecord> erasures() {
        return transactions.read(em -> em.createNamedQuery(ErasureAuditRow.ALL, ErasureAuditRow.class)
                .getResultStream().map(ErasureAuditRow::toRecord).toList());
    }
}
