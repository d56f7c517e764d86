package org.flourish.lrs.service;

import static org.flourish.lrs.testing.SampleStatements.COMPLETED;
import static org.flourish.lrs.testing.SampleStatements.statement;
import static org.flourish.lrs.testing.SampleStatements.uniqueActivity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.store.jpa.Database;
import org.flourish.lrs.store.jpa.JpaCredentialStore;
import org.flourish.lrs.store.jpa.JpaStatementStore;
import org.flourish.lrs.testing.TestDatabases;
import org.flourish.lrs.xapi.XapiVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** NDJSON import on PostgreSQL: every valid line is stored, every other one reported, and the import goes on. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementImportTest {

    private Database database;
    private JpaStatementStore store;
    private StatementImport importer;
    private Credential school;

    @BeforeAll
    void open() {
        database = Database.open(TestDatabases.freshPostgres("flourish_lrs_import_test"));
        store = new JpaStatementStore(database.transactions(), Clock.systemUTC());
        importer = new StatementImport(new StatementService(store,
                new org.flourish.lrs.store.jpa.JpaAttachmentStore(database.transactions())));
        JpaCredentialStore credentials = new JpaCredentialStore(database.transactions(), Clock.systemUTC());
        long provider = credentials.addProvider("School", URI.create("https://school.example.org")).id();
        school = credentials.addCredential(provider, "school", "hash", Set.of(Scope.ALL));
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void validLinesAreStoredAndEachBadLineIsReportedByNumber() {
        String taken = UUID.randomUUID().toString();
        importer.importLines(List.of(statement("a@example.org", COMPLETED, uniqueActivity()).add("id", taken)
                .build().toString()).stream().map(StatementImportTest::utf8).iterator(), XapiVersion.V2_0_0, school);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            lines.add(statement("p" + i + "@example.org", COMPLETED, uniqueActivity()).build().toString());
        }
        lines.add(3, "{not json");
        lines.add(7, "");
        lines.add(120, "{\"actor\":{\"mbox\":\"nobody\"},\"verb\":{\"id\":\"" + COMPLETED + "\"},\"object\":{\"id\":\"x:y\"}}");
        lines.add(200, statement("b@example.org", COMPLETED, uniqueActivity()).add("id", taken).build().toString());

        ImportReport report = importer.importLines(lines.stream().map(StatementImportTest::utf8).iterator(),
                XapiVersion.V2_0_0, school);

        assertEquals(253, report.lines());
        assertEquals(250, report.accepted());
        assertEquals(3, report.refused());
        assertEquals(List.of(4L, 121L, 201L), report.errors().stream().map(ImportReport.LineError::line).toList());
        assertTrue(report.errors().get(2).message().contains("already stored"), report.errors().get(2).message());
    }

    private static byte[] utf8(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }
}
