package org.flourish.pathways.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.flourish.pathways.access.Account;
import org.flourish.pathways.access.AuditEntry;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.service.LearnerErasures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts and the audit log kept in the engine's TDB2 store, read back after the store is opened again. */
class AccountsAndAuditStoreTest {

    @TempDir
    Path dir;

    @Test
    void accountsSurviveARestartWithTheirChanges() {
        Instant created = Instant.parse("2026-12-01T10:00:00Z");
        try (RdfStore store = RdfStore.tdb2(dir)) {
            GraphAccounts accounts = new GraphAccounts(store);
            accounts.save(Account.create("awa", Role.MENTOR, "first-password".toCharArray(), created));
            accounts.save(Account.create("omar", Role.ADMIN, "other-password".toCharArray(), created));
            accounts.save(accounts.find("awa").orElseThrow().withPassword("second-password".toCharArray())
                    .withEnabled(false).withLanguage("ar"));
        }
        try (RdfStore store = RdfStore.tdb2(dir)) {
            GraphAccounts accounts = new GraphAccounts(store);
            Account awa = accounts.find("awa").orElseThrow();
            assertEquals(List.of("awa", "omar"), accounts.all().stream().map(Account::name).toList());
            assertEquals(Role.MENTOR, awa.role());
            assertFalse(awa.enabled());
            assertEquals(Optional.of("ar"), awa.language());
            assertEquals(created, awa.created());
            assertTrue(awa.password().matches("second-password".toCharArray()));
            assertFalse(awa.password().matches("first-password".toCharArray()));
            assertFalse(store.graph(Graphs.ACCOUNTS).toString().contains("second-password"), "only the hash is kept");
        }
    }

    @Test
    void theAuditLogIsReadNewestFirstAndAnErasedLearnerBecomesADigest() {
        try (RdfStore store = RdfStore.inMemory()) {
            GraphAuditLog audit = new GraphAuditLog(store);
            Instant t = Instant.parse("2026-12-01T10:00:00Z");
            audit.record(new AuditEntry(t, "awa", "mbox:mailto:ada@example.org", "learner"));
            audit.record(new AuditEntry(t.plusSeconds(60), "awa", "mbox:mailto:ada@example.org", "family-card"));
            audit.record(new AuditEntry(t.plusSeconds(120), "omar", "mbox:mailto:bo@example.org", "learner"));
            assertEquals(List.of("bo", "family-card", "learner"), audit.newest(0, 10).stream()
                    .map(e -> e.learner().contains("bo@") ? "bo" : e.what()).toList());
            assertEquals(1, audit.newest(2, 10).size());
            audit.replaceLearner("mbox:mailto:ada@example.org", LearnerErasures.ERASED);
            List<AuditEntry> after = audit.newest(0, 10);
            assertEquals(2, after.stream().filter(e -> e.learner().equals(LearnerErasures.ERASED)).count());
            assertFalse(store.graph(Graphs.AUDIT).toString().contains("ada@example.org"));
            assertEquals("awa", after.get(2).user(), "who looked, and when, stays");
        }
    }

    @Test
    void aBatchedViewIsReadBackAtOnceAndWrittenOnClose() {
        try (RdfStore store = RdfStore.tdb2(dir)) {
            Instant t = Instant.parse("2026-12-01T10:00:00Z");
            try (BatchedAuditLog audit = new BatchedAuditLog(new GraphAuditLog(store))) {
                audit.record(new AuditEntry(t, "awa", "mbox:mailto:ada@example.org", "learner"));
                assertEquals(1, audit.newest(0, 10).size(), "reading writes what is queued first");
                audit.record(new AuditEntry(t.plusSeconds(1), "awa", "mbox:mailto:ada@example.org", "context"));
            }
            assertEquals(List.of("context", "learner"), new GraphAuditLog(store).newest(0, 10).stream()
                    .map(AuditEntry::what).toList(), "closing wrote the last view");
        }
    }
}
