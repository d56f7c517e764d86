package org.flourish.lrs.store.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.service.IdentifierDigest;
import org.flourish.lrs.service.LearnerErasure;
import org.flourish.lrs.store.ErasureRecord;
import org.flourish.lrs.store.NewStatement;
import org.flourish.lrs.testing.ErasurePositions;
import org.flourish.lrs.testing.TestDatabases;
import org.flourish.lrs.xapi.rules.StatementIndexer;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * Statements stored before schema version 10 had no erasure terms (contextAgents, contextGroups, extensions, context
 * StatementRefs): the migration reads them from the stored JSON, so an erasure finds those statements too.
 */
class MentionTermsMigrationTest {

    @Test
    void statementsStoredBeforeTheErasureTermsAreFoundByAnErasureAfterTheMigration() throws SQLException {
        DatabaseSettings settings = TestDatabases.freshPostgres("flourish_lrs_mention_migration_test");
        try (Database database = Database.open(settings)) {
            JpaStatementStore statements = new JpaStatementStore(database.transactions(), Clock.systemUTC());
            JpaCredentialStore credentials = new JpaCredentialStore(database.transactions(), Clock.systemUTC());
            long provider = credentials.addProvider("School", URI.create("https://school.example.org")).id();
            Credential school = credentials.addCredential(provider, "school", "hash", Set.of(Scope.ALL));
            ErasurePositions child = ErasurePositions.newChild();
            List<UUID> ids = new ArrayList<>();
            for (JsonObject naming : child.namingStatements()) {
                ids.add(store(statements, school, naming));
            }
            for (JsonObject pointing : ErasurePositions.pointingTo(ids.get(0))) {
                ids.add(store(statements, school, pointing));
            }
            ids.add(store(statements, school, ErasurePositions.pointingTo(ids.get(ids.size() - 1)).get(0)));

            try (Connection connection = connect(settings); Statement sql = connection.createStatement()) {
                int removed = sql.executeUpdate("DELETE FROM statement_term"
                        + " WHERE term LIKE 'agent+ %' OR term LIKE 'context-statement %'");
                assertTrue(removed > 0, "the statements had erasure terms to take away");
                connection.setAutoCommit(false);
                new MentionTermsMigration().migrate(contextOf(connection));
                connection.commit();
            }

            JpaErasureFeed feed = new JpaErasureFeed(database.transactions());
            LearnerErasure erasure = new LearnerErasure(new JpaLearnerRecords(database.transactions(), feed,
                    Clock.systemUTC()), feed, new IdentifierDigest(new byte[32]));
            ErasureRecord record = erasure.erase(Json.createArrayBuilder().add(child.mboxAgent())
                    .add(child.accountAgent()).build(), "admin");
            assertEquals(ids.size(), record.statementsErased());
            ids.forEach(id -> assertTrue(statements.find(id).isEmpty(), id + " must be erased"));
        }
    }

    private static UUID store(JpaStatementStore statements, Credential by, JsonObject statement) {
        UUID id = UUID.randomUUID();
        JsonObject withId = Json.createObjectBuilder(statement).add("id", id.toString()).build();
        statements.store(List.of(new NewStatement(id, withId, StatementIndexer.index(withId), by.id())));
        return id;
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    private static Context contextOf(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                throw new UnsupportedOperationException("the migration needs only the connection");
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
