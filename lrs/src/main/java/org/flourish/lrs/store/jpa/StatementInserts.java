package org.flourish.lrs.store.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The new rows of one statement batch, inserted over JDBC on the transaction's own connection, one JDBC batch per
 * table. The rows are written once and never read back in the transaction, so EclipseLink's unit of work (register,
 * clone, compare at commit) would be pure cost: 16 % of the server's CPU samples for single statements. A
 * failed insert also stays out of EclipseLink's connection handling, which took a unique violation on PostgreSQL for
 * a dead connection and replaced it (a new database session for every re-posted statement).
 */
final class StatementInserts {

    private static final String STATEMENT = "INSERT INTO statement"
            + " (seq, id, stored, referenced_id, voided, voiding, credential_id, body, defines)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TERM = "INSERT INTO statement_term (seq, term) VALUES (?, ?)";
    private static final String ATTACHMENT = "INSERT INTO statement_attachment (seq, sha2) VALUES (?, ?)";
    private static final String AWAITED = "INSERT INTO awaited_reference (seq, target_id) VALUES (?, ?)";

    /** A row keyed by a statement's position: a term, an attachment hash or an awaited target id. */
    private record Link(long seq, String value) {
    }

    private final List<StatementRow> statements = new ArrayList<>();
    private final List<Link> terms = new ArrayList<>();
    private final List<Link> attachments = new ArrayList<>();
    private final List<Link> awaited = new ArrayList<>();

    /** The statement's row; its {@code voided} flag is read when the rows are written, so it may change until then. */
    void statement(StatementRow row) {
        statements.add(row);
    }

    void term(long seq, String term) {
        terms.add(new Link(seq, term));
    }

    void attachment(long seq, String sha2) {
        attachments.add(new Link(seq, sha2));
    }

    void awaited(long seq, String targetId) {
        awaited.add(new Link(seq, targetId));
    }

    /** Stops waiting for targets that were written in the batch after all. */
    void arrived(Predicate<String> targetWritten) {
        awaited.removeIf(link -> targetWritten.test(link.value()));
    }

    /** Inserts the rows in the transaction of {@code em}: statements first, since the others reference them. */
    void write(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        try {
            insert(connection, STATEMENT, statements, StatementInserts::bindStatement);
            insert(connection, TERM, terms, StatementInserts::bindLink);
            insert(connection, ATTACHMENT, attachments, StatementInserts::bindLink);
            insert(connection, AWAITED, awaited, StatementInserts::bindLink);
        } catch (SQLException e) {
            throw new PersistenceException("statement rows not inserted", e);
        }
    }

    /** Sets a row's values as the parameters of an insert. */
    private interface Binder<T> {
        void bind(PreparedStatement insert, T row) throws SQLException;
    }

    private static <T> void insert(Connection connection, String sql, List<T> rows, Binder<T> binder)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(insert, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bindStatement(PreparedStatement insert, StatementRow row) throws SQLException {
        insert.setLong(1, row.seq());
        insert.setString(2, row.id());
        insert.setObject(3, row.stored());
        insert.setString(4, row.referencedId());
        insert.setBoolean(5, row.voided());
        insert.setBoolean(6, row.voiding());
        insert.setLong(7, row.credentialId());
        insert.setString(8, row.body());
        insert.setBoolean(9, row.defines());
    }

    private static void bindLink(PreparedStatement insert, Link link) throws SQLException {
        insert.setLong(1, link.seq());
        insert.setString(2, link.value());
    }
}
