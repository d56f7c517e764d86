package org.flourish.lrs.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plain JDBC inserts of {@link RawRow}s into a database with the LRS's schema: the floor the LRS's own write path is
 * compared with. One connection per client, as a pooled server would hold; no reads before writing.
 */
final class RawStatementWriter implements AutoCloseable {

    private static final String INSERT_STATEMENT = "INSERT INTO statement"
            + " (seq, id, stored, referenced_id, voided, voiding, credential_id, body)"
            + " VALUES (?, ?, ?, NULL, FALSE, FALSE, ?, ?)";
    private static final String INSERT_TERM = "INSERT INTO statement_term (term, seq) VALUES (?, ?)";

    private final Connection connection;
    private final AtomicLong sequence;
    private final long credentialId;
    private final PreparedStatement statementInsert;
    private final PreparedStatement termInsert;

    RawStatementWriter(Connection connection, AtomicLong sequence, long credentialId) throws SQLException {
        this.connection = connection;
        this.sequence = sequence;
        this.credentialId = credentialId;
        connection.setAutoCommit(false);
        this.statementInsert = connection.prepareStatement(INSERT_STATEMENT);
        this.termInsert = connection.prepareStatement(INSERT_TERM);
    }

    /** One transaction, one round trip per row: the single-statement floor. */
    void writeOne(RawRow row) throws SQLException {
        long seq = sequence.incrementAndGet();
        bindStatement(row, seq);
        statementInsert.executeUpdate();
        for (String term : row.terms()) {
            bindTerm(term, seq);
            termInsert.executeUpdate();
        }
        connection.commit();
    }

    /** One transaction for the batch, rows sent with JDBC batching: the batch floor. */
    void writeBatch(List<RawRow> rows) throws SQLException {
        long[] seqs = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            seqs[i] = sequence.incrementAndGet();
            bindStatement(rows.get(i), seqs[i]);
            statementInsert.addBatch();
        }
        statementInsert.executeBatch();
        for (int i = 0; i < rows.size(); i++) {
            for (String term : rows.get(i).terms()) {
                bindTerm(term, seqs[i]);
                termInsert.addBatch();
            }
        }
        termInsert.executeBatch();
        connection.commit();
    }

    private void bindStatement(RawRow row, long seq) throws SQLException {
        statementInsert.setLong(1, seq);
        statementInsert.setString(2, row.id().toString());
        statementInsert.setObject(3, row.stored());
        statementInsert.setLong(4, credentialId);
        statementInsert.setString(5, row.body());
    }

    private void bindTerm(String term, long seq) throws SQLException {
        termInsert.setString(1, term);
        termInsert.setLong(2, seq);
    }

    @Override
    public void close() throws SQLException {
        statementInsert.close();
        termInsert.close();
        connection.close();
    }
}
