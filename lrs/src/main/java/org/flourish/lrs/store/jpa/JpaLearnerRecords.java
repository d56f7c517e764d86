package org.flourish.lrs.store.jpa;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flourish.lrs.store.ErasureRecord;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.store.LearnerRecords;

/**
 * Erasure on the statement, term, attachment and document tables. A learner's statements are found through the "related agent"
 * terms, which cover actor, object and context, and which statements pointing to them through a StatementRef
 * inherit, so those go too.
 */
public final class JpaLearnerRecords implements LearnerRecords {

    /** Rows deleted per statement, to keep IN lists within every database's limits. */
    private static final int CHUNK = 500;

    private final Transactions transactions;
    private final Clock clock;

    public JpaLearnerRecords(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ErasureRecord erase(Set<String> agentKeys, String requestedBy) {
        List<String> terms = agentKeys.stream()
                .map(key -> new FilterTerm(FilterTerm.Kind.RELATED_AGENT, key).key()).toList();
        return transactions.inTransaction(em -> {
            List<Long> seqs = em.createNamedQuery(StatementQueries.SEQS_WITH_TERMS, Long.class)
                    .setParameter("terms", terms).getResultList();
            Set<String> declared = new HashSet<>();
            long statements = deleteStatements(em, seqs, declared);
            long attachments = deleteUnusedAttachments(em, declared);
            long documents = em.createNamedQuery(DocumentRow.DELETE_OF_AGENTS)
                    .setParameter("agents", List.copyOf(agentKeys)).executeUpdate();
            ErasureAuditRow audit = new ErasureAuditRow(requestedBy, OffsetDateTime.now(clock), digest(agentKeys),
                    statements, documents, attachments);
            em.persist(audit);
            em.flush();
            return audit.toRecord();
        });
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
        return em.createNamedQuery(AttachmentRow.DELETE_UNUSED).setParameter("hashes", List.copyOf(declared))
                .executeUpdate();
    }

    @Override
    public List<ErasureRecord> erasures() {
        return transactions.read(em -> em.createNamedQuery(ErasureAuditRow.ALL, ErasureAuditRow.class)
                .getResultStream().map(ErasureAuditRow::toRecord).toList());
    }

    /** A digest of the sorted identifiers: enough to recognise them later, not to recover them. */
    private static String digest(Set<String> agentKeys) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String key : new TreeSet<>(agentKeys)) {
                sha.update(key.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
