package org.flourish.lrs.store.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flourish.lrs.auth.Access;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.store.ErasureFeed;
import org.flourish.lrs.store.ErasureNotice;

/**
 * The erasure feed in tables {@code erasure_feed}, {@code erasure_feed_item} and {@code erasure_reader}. The readers
 * are the active credentials with scope {@code erasures/read}: a small set, read whole. Entries are appended in the
 * erasure's own transaction, so a reader sees an erasure exactly when its rows are gone.
 */
public final class JpaErasureFeed implements ErasureFeed {

    private static final String AGENT = "AGENT";
    private static final String STATEMENT = "STATEMENT";
    private static final String INSERT_ITEM = "INSERT INTO erasure_feed_item (feed_seq, kind, item) VALUES (?, ?, ?)";
    private static final String ITEMS_BETWEEN = "SELECT feed_seq, kind, item FROM erasure_feed_item"
            + " WHERE feed_seq > ?1 AND feed_seq <= ?2";
    private static final String DELETE_ITEMS_THROUGH = "DELETE FROM erasure_feed_item WHERE feed_seq <= ?1";

    private final Transactions transactions;

    public JpaErasureFeed(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Adds an entry in the transaction of {@code em}, unless no reader would ever read it. */
    void append(EntityManager em, OffsetDateTime erasedAt, Set<String> agentKeys, Collection<String> statementIds) {
        if (activeReaders(em).isEmpty()) {
            return;
        }
        ErasureFeedRow entry = new ErasureFeedRow(erasedAt);
        em.persist(entry);
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ITEM)) {
            for (String key : agentKeys) {
                addItem(insert, entry.seq(), AGENT, key);
            }
            for (String id : statementIds) {
                addItem(insert, entry.seq(), STATEMENT, id);
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("erasure feed entry not written", e);
        }
    }

    private static void addItem(PreparedStatement insert, long seq, String kind, String item) throws SQLException {
        insert.setLong(1, seq);
        insert.setString(2, kind);
        insert.setString(3, item);
        insert.addBatch();
    }

    @Override
    public List<ErasureNotice> readAfter(long readerCredentialId, long position, int limit) {
        return transactions.inTransaction(em -> {
            ErasureReaderRow reader = em.find(ErasureReaderRow.class, readerCredentialId);
            if (reader == null) {
                em.persist(new ErasureReaderRow(readerCredentialId, position));
            } else {
                reader.acknowledge(position);
            }
            em.flush();
            forgetAcknowledged(em);
            List<ErasureFeedRow> entries = em.createNamedQuery(ErasureFeedRow.AFTER, ErasureFeedRow.class)
                    .setParameter("after", position).setMaxResults(limit).getResultList();
            return entries.isEmpty() ? List.<ErasureNotice>of() : notices(em, position, entries);
        });
    }

    private static List<ErasureNotice> notices(EntityManager em, long position, List<ErasureFeedRow> entries) {
        long last = entries.get(entries.size() - 1).seq();
        Map<Long, Set<String>> agents = new HashMap<>();
        Map<Long, Set<String>> statements = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> items = em.createNativeQuery(ITEMS_BETWEEN).setParameter(1, position).setParameter(2, last)
                .getResultList();
        for (Object[] item : items) {
            long seq = ((Number) item[0]).longValue();
            (AGENT.equals(item[1]) ? agents : statements).computeIfAbsent(seq, k -> new HashSet<>())
                    .add((String) item[2]);
        }
        List<ErasureNotice> notices = new ArrayList<>(entries.size());
        for (ErasureFeedRow entry : entries) {
            notices.add(new ErasureNotice(entry.seq(), entry.erasedAt(), agents.getOrDefault(entry.seq(), Set.of()),
                    statements.getOrDefault(entry.seq(), Set.of())));
        }
        return notices;
    }

    @Override
    public void forgetAcknowledged() {
        transactions.inTransaction(em -> {
            forgetAcknowledged(em);
            return null;
        });
    }

    /** Deletes the entries up to the lowest acknowledgement of an active reader; all of them without readers. */
    void forgetAcknowledged(EntityManager em) {
        Set<Long> readers = activeReaders(em);
        Map<Long, Long> acknowledged = new HashMap<>();
        em.createNamedQuery(ErasureReaderRow.ALL, ErasureReaderRow.class).getResultList()
                .forEach(row -> acknowledged.put(row.credentialId(), row.acknowledged()));
        long bound = readers.stream().mapToLong(reader -> acknowledged.getOrDefault(reader, 0L)).min()
                .orElse(Long.MAX_VALUE);
        if (bound <= 0) {
            return;
        }
        em.createNativeQuery(DELETE_ITEMS_THROUGH).setParameter(1, bound).executeUpdate();
        em.createNamedQuery(ErasureFeedRow.DELETE_THROUGH).setParameter("bound", bound).executeUpdate();
    }

    private static Set<Long> activeReaders(EntityManager em) {
        Set<Long> readers = new HashSet<>();
        for (CredentialRow row : em.createNamedQuery(CredentialRow.ALL, CredentialRow.class).getResultList()) {
            Credential credential = row.toCredential();
            if (credential.active() && Access.canReadErasures(credential.scopes())) {
                readers.add(credential.id());
            }
        }
        return readers;
    }
}
