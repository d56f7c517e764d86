package org.flourish.lrs.store.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.store.NewStatement;
import org.flourish.lrs.store.StatementIdTakenException;
import org.flourish.lrs.testing.SampleStatements;
import org.flourish.lrs.testing.TestDatabases;
import org.flourish.lrs.xapi.rules.StatementIndexer;
import org.junit.jupiter.api.Test;

/**
 * A statement posted again (a client retrying after a lost answer) meets a taken id. On PostgreSQL that aborts the
 * transaction; it must be rolled back on the same database session, not taken for a broken connection and replaced.
 */
class PostgresTakenIdTest {

    @Test
    void aTakenIdKeepsThePooledDatabaseSessionsOpen() throws SQLException {
        DatabaseSettings settings = TestDatabases.freshPostgres("flourish_taken_id_test");
        try (Database database = Database.open(settings);
                Connection observer = DriverManager.getConnection(settings.url(), settings.user(),
                        settings.password())) {
            JpaStatementStore store = new JpaStatementStore(database.transactions(), Clock.systemUTC());
            JpaCredentialStore credentials = new JpaCredentialStore(database.transactions(), Clock.systemUTC());
            long provider = credentials.addProvider("School", URI.create("https://school.example.org")).id();
            Credential school = credentials.addCredential(provider, "school-key", "hash", Set.of(Scope.ALL));
            NewStatement statement = prepared(school);
            store.store(List.of(statement));
            Set<Integer> before = sessions(observer);

            for (int retry = 0; retry < 3; retry++) {
                assertThrows(StatementIdTakenException.class, () -> store.store(List.of(statement)));
            }

            Set<Integer> after = sessions(observer);
            assertTrue(after.containsAll(before), "sessions before " + before + ", after " + after);
            assertEquals(statement.id(), store.find(statement.id()).orElseThrow().statement().id());
        }
    }

    private static NewStatement prepared(Credential by) {
        UUID id = UUID.randomUUID();
        JsonObject statement = Json.createObjectBuilder(SampleStatements.statement("ama@example.org",
                SampleStatements.COMPLETED, "https://example.org/activities/" + id).build())
                .add("id", id.toString()).build();
        return new NewStatement(id, statement, StatementIndexer.index(statement), by.id());
    }

    /** The server processes of the other sessions on this database: the store's pooled connections. */
    private static Set<Integer> sessions(Connection observer) throws SQLException {
        Set<Integer> pids = new HashSet<>();
        try (PreparedStatement query = observer.prepareStatement("SELECT pid FROM pg_stat_activity"
                + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                pids.add(rows.getInt(1));
            }
        }
        return pids;
    }
}
