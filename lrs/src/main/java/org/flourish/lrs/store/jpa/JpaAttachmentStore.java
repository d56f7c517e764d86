package org.flourish.lrs.store.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flourish.lrs.store.AttachmentStore;
import org.flourish.lrs.xapi.attachments.AttachmentData;

/**
 * Attachment data in table {@code attachment}, one row per SHA-2. Kept in its own transaction before the statements
 * that declare it: the data is addressed by its content, so keeping it again is harmless, and data kept for a batch
 * that then fails is merely unreferenced (no {@code statement_attachment} row points at it).
 */
public final class JpaAttachmentStore implements AttachmentStore {

    private final Transactions transactions;

    public JpaAttachmentStore(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void keep(Collection<AttachmentData> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        Map<String, AttachmentData> byHash = new LinkedHashMap<>();
        attachments.forEach(data -> byHash.putIfAbsent(data.sha2(), data));
        try {
            transactions.inTransaction(em -> insertMissing(em, byHash));
        } catch (PersistenceException e) {
            if (!UniqueViolation.causes(e)) {
                throw e;
            }
            // A concurrent request kept some of the same data first; what is still missing is inserted now.
            transactions.inTransaction(em -> insertMissing(em, byHash));
        }
    }

    private static Void insertMissing(EntityManager em, Map<String, AttachmentData> byHash) {
        Set<String> kept = new HashSet<>(em.createNamedQuery(AttachmentRow.HASHES_KEPT, String.class)
                .setParameter("hashes", List.copyOf(byHash.keySet())).getResultList());
        byHash.values().stream().filter(data -> !kept.contains(data.sha2()))
                .forEach(data -> em.persist(new AttachmentRow(data)));
        return null;
    }

    @Override
    public List<AttachmentData> findAll(Collection<String> sha2s) {
        if (sha2s.isEmpty()) {
            return List.of();
        }
        return transactions.read(em -> em.createNamedQuery(AttachmentRow.BY_HASHES, AttachmentRow.class)
                .setParameter("hashes", List.copyOf(sha2s)).getResultStream().map(AttachmentRow::toData).toList());
    }
}
