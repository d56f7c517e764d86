package org.flourish.lrs.store.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.flourish.lrs.store.DocumentContent;
import org.flourish.lrs.store.DocumentContext;
import org.flourish.lrs.store.DocumentKey;
import org.flourish.lrs.store.DocumentStore;
import org.flourish.lrs.store.DocumentSummary;
import org.flourish.lrs.store.StoredDocument;

/**
 * Documents in table {@code document}, one row each, found by the digest of their identity. Updates and deletes
 * carry the expected entity tag in their WHERE clause, so a concurrent change makes them touch no row; two
 * concurrent creations meet the unique identity index, and the second reports that the document exists.
 */
public final class JpaDocumentStore implements DocumentStore {

    private final Transactions transactions;
    private final Clock clock;

    public JpaDocumentStore(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<StoredDocument> find(DocumentKey key) {
        return transactions.read(em -> byIdentity(em, key).map(DocumentRow::toStored));
    }

    @Override
    public List<DocumentSummary> list(DocumentContext context, Optional<OffsetDateTime> since,
            OptionalLong onlyProvider) {
        return transactions.read(em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
            Root<DocumentRow> document = query.from(DocumentRow.class);
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(document.get("contextKey"), DocumentDigests.context(context)));
            since.ifPresent(time -> where.add(cb.greaterThan(document.get("updated"), time)));
            onlyProvider.ifPresent(id -> where.add(cb.equal(document.get("providerId"), id)));
            query.multiselect(document.get("documentId"), document.get("updated"))
                    .where(where.toArray(Predicate[]::new))
                    .orderBy(cb.asc(document.get("updated")), cb.asc(document.get("id")));
            return em.createQuery(query).getResultStream()
                    .map(row -> new DocumentSummary((String) row[0], (OffsetDateTime) row[1])).toList();
        });
    }

    @Override
    public boolean create(DocumentKey key, DocumentContent content, long providerId) {
        try {
            transactions.inTransaction(em -> {
                em.persist(new DocumentRow(key, content, now(), providerId));
                em.flush();
                return null;
            });
            return true;
        } catch (PersistenceException failure) {
            // A concurrent request created the same document first: the unique identity index refused this one.
            if (find(key).isPresent()) {
                return false;
            }
            throw failure;
        }
    }

    @Override
    public boolean replace(DocumentKey key, String expectedEtag, DocumentContent content) {
        return transactions.inTransaction(em -> em.createNamedQuery(DocumentRow.REPLACE)
                .setParameter("contentType", content.contentType())
                .setParameter("content", content.bytes())
                .setParameter("etag", content.etag())
                .setParameter("updated", now())
                .setParameter("identity", DocumentDigests.identity(key))
                .setParameter("expected", expectedEtag)
                .executeUpdate() == 1);
    }

    @Override
    public boolean delete(DocumentKey key, String expectedEtag) {
        return transactions.inTransaction(em -> em.createNamedQuery(DocumentRow.DELETE)
                .setParameter("identity", DocumentDigests.identity(key))
                .setParameter("expected", expectedEtag)
                .executeUpdate() == 1);
    }

    @Override
    public void deleteAll(DocumentContext context, OptionalLong onlyProvider) {
        transactions.inTransaction(em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaDelete<DocumentRow> delete = cb.createCriteriaDelete(DocumentRow.class);
            Root<DocumentRow> document = delete.from(DocumentRow.class);
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(document.get("contextKey"), DocumentDigests.context(context)));
            onlyProvider.ifPresent(id -> where.add(cb.equal(document.get("providerId"), id)));
            delete.where(where.toArray(Predicate[]::new));
            return em.createQuery(delete).executeUpdate();
        });
    }

    private static Optional<DocumentRow> byIdentity(EntityManager em, DocumentKey key) {
        return em.createNamedQuery(DocumentRow.BY_IDENTITY, DocumentRow.class)
                .setParameter("identity", DocumentDigests.identity(key)).getResultStream().findFirst();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
