package org.flourish.lrs.store.jpa;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.store.FilterTerm.Kind;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.rules.StatementIndex;
import org.flourish.lrs.xapi.rules.StatementIndexer;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 10: gives the statements stored before it the terms erasure finds them by (agents named outside the
 * filtered positions, context StatementRef targets; {@link StatementIndex}), read from their JSON, then passes those
 * terms on to the statements that point to them through a StatementRef, as new statements get them.
 */
final class MentionTermsMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(MentionTermsMigration.class.getName());
    private static final int BATCH = 500;
    private static final String INSERT = "INSERT INTO statement_term (term, seq) VALUES (?, ?)";
    /** One more step along StatementRefs: the referrers' missing erasure terms of their targets. */
    private static final String INHERIT = "INSERT INTO statement_term (term, seq)"
            + " SELECT DISTINCT t.term, r.seq FROM statement r"
            + " JOIN statement s ON s.id = r.referenced_id JOIN statement_term t ON t.seq = s.seq"
            + " WHERE (t.term LIKE ? OR t.term LIKE ?)"
            + " AND NOT EXISTS (SELECT 1 FROM statement_term e WHERE e.term = t.term AND e.seq = r.seq)";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10");
    }

    @Override
    public String getDescription() {
        return "erasure terms of stored statements";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long indexed = indexStored(connection);
        long inherited = 0;
        try (PreparedStatement inherit = connection.prepareStatement(INHERIT)) {
            inherit.setString(1, new FilterTerm(Kind.OTHER_AGENT, "").key() + "%");
            inherit.setString(2, new FilterTerm(Kind.CONTEXT_STATEMENT, "").key() + "%");
            for (int added = inherit.executeUpdate(); added > 0; added = inherit.executeUpdate()) {
                inherited += added;
            }
        }
        long statements = indexed;
        long passedOn = inherited;
        LOG.info(() -> "erasure terms added to " + statements + " stored statements, " + passedOn + " passed on");
    }

    /** Adds each stored statement's own erasure terms; returns how many statements had any. */
    private static long indexStored(Connection connection) throws SQLException {
        long indexed = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, body FROM statement ORDER BY seq");
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int added = addTerms(insert, rows.getLong(1), rows.getString(2));
                    indexed += added > 0 ? 1 : 0;
                    pending += added;
                    if (pending >= BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            insert.executeBatch();
        }
        return indexed;
    }

    private static int addTerms(PreparedStatement insert, long seq, String body) throws SQLException {
        StatementIndex index;
        try {
            index = StatementIndexer.index(parse(body));
        } catch (JsonException | IllegalArgumentException | ClassCastException e) {
            LOG.warning(() -> "the statement at position " + seq + " could not be read for its erasure terms");
            return 0;
        }
        int added = 0;
        for (String agent : index.otherAgentKeys()) {
            added += add(insert, new FilterTerm(Kind.OTHER_AGENT, agent), seq);
        }
        for (var target : index.contextStatementIds()) {
            added += add(insert, new FilterTerm(Kind.CONTEXT_STATEMENT, target.toString()), seq);
        }
        return added;
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Jsons.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static int add(PreparedStatement insert, FilterTerm term, long seq) throws SQLException {
        insert.setString(1, term.key());
        insert.setLong(2, seq);
        insert.addBatch();
        return 1;
    }
}
