package org.flourish.lrs.store.jpa;

import static org.flourish.lrs.testing.SampleStatements.ATTEMPTED;
import static org.flourish.lrs.testing.SampleStatements.COMPLETED;
import static org.flourish.lrs.testing.SampleStatements.VOIDED;
import static org.flourish.lrs.testing.SampleStatements.statement;
import static org.flourish.lrs.testing.SampleStatements.statementAbout;
import static org.flourish.lrs.testing.SampleStatements.uniqueActivity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.store.FilterTerm.Kind;
import org.flourish.lrs.store.NewStatement;
import org.flourish.lrs.store.StatementIdTakenException;
import org.flourish.lrs.store.StatementPage;
import org.flourish.lrs.store.StatementQuery;
import org.flourish.lrs.store.StoredStatement;
import org.flourish.lrs.xapi.rules.StatementIndexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The behaviour every statement store must have, run against each database by a subclass. Each test works on its own
 * activities and agents, so tests share one database without seeing each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StatementStoreContract {

    private Database database;
    private JpaStatementStore store;
    private Credential school;
    private Credential ngo;

    protected abstract DatabaseSettings freshDatabase();

    @BeforeAll
    void open() {
        database = Database.open(freshDatabase());
        store = new JpaStatementStore(database.transactions(), Clock.systemUTC());
        JpaCredentialStore credentials = new JpaCredentialStore(database.transactions(), Clock.systemUTC());
        long schoolId = credentials.addProvider("School", URI.create("https://school.example.org")).id();
        long ngoId = credentials.addProvider("NGO", URI.create("https://ngo.example.org")).id();
        school = credentials.addCredential(schoolId, "school-key", "hash", Set.of(Scope.ALL));
        ngo = credentials.addCredential(ngoId, "ngo-key", "hash", Set.of(Scope.ALL));
    }

    @AfterAll
    void close() {
        database.close();
    }

    private NewStatement prepared(JsonObject statement, Credential by) {
        UUID id = UUID.randomUUID();
        JsonObject withId = Json.createObjectBuilder(statement).add("id", id.toString()).build();
        return new NewStatement(id, withId, StatementIndexer.index(withId), by.id());
    }

    private StatementPage byActivity(String activity) {
        return store.query(query(Set.of(new FilterTerm(Kind.ACTIVITY, activity)), 100, false));
    }

    private static StatementQuery query(Set<FilterTerm> terms, int limit, boolean ascending) {
        return new StatementQuery(terms, Optional.empty(), Optional.empty(), ascending, limit, OptionalLong.empty());
    }

    @Test
    void storedStatementIsFoundByIdWithStoredAndTimestampStamped() {
        NewStatement statement = prepared(statement("ama@example.org", COMPLETED, uniqueActivity()).build(), school);
        StoredStatement stored = store.store(List.of(statement)).get(0);
        StoredStatement found = store.find(statement.id()).orElseThrow().statement();
        assertEquals(stored.seq(), found.seq());
        assertTrue(found.json().contains("\"stored\":\"" + Stamps.iso(stored.stored()) + "\""), found.json());
        assertTrue(found.json().contains("\"timestamp\":"), found.json());
        assertEquals(school.id(), found.credentialId());
    }

    @Test
    void batchIsStoredInOrderAndFoundByEachFilter() {
        String activity = uniqueActivity();
        UUID registration = UUID.randomUUID();
        JsonObject withContext = statement("kofi@example.org", ATTEMPTED, activity)
                .add("context", Json.createObjectBuilder().add("registration", registration.toString())).build();
        List<StoredStatement> stored = store.store(List.of(
                prepared(statement("ama@example.org", COMPLETED, activity).build(), school),
                prepared(withContext, school)));
        assertTrue(stored.get(0).seq() < stored.get(1).seq());
        assertEquals(2, byActivity(activity).statements().size());
        StatementPage byAgentAndActivity = store.query(query(Set.of(
                new FilterTerm(Kind.ACTIVITY, activity), new FilterTerm(Kind.AGENT, "mbox:mailto:kofi@example.org")),
                100, false));
        assertEquals(List.of(stored.get(1).id()), ids(byAgentAndActivity));
        StatementPage byRegistration = store.query(query(Set.of(
                new FilterTerm(Kind.REGISTRATION, registration.toString())), 100, false));
        assertEquals(List.of(stored.get(1).id()), ids(byRegistration));
        StatementPage byVerb = store.query(query(Set.of(new FilterTerm(Kind.ACTIVITY, activity),
                new FilterTerm(Kind.VERB, COMPLETED)), 100, false));
        assertEquals(List.of(stored.get(0).id()), ids(byVerb));
    }

    @Test
    void failedBatchStoresNothing() {
        String activity = uniqueActivity();
        NewStatement first = prepared(statement("ama@example.org", COMPLETED, activity).build(), school);
        store.store(List.of(first));
        NewStatement fresh = prepared(statement("ama@example.org", ATTEMPTED, activity).build(), school);
        // The same id again breaks the unique key on the second row, after the first was written.
        assertThrows(StatementIdTakenException.class, () -> store.store(List.of(fresh, first)));
        assertEquals(List.of(first.id()), ids(byActivity(activity)));
        assertTrue(store.find(fresh.id()).isEmpty());
    }

    @Test
    void aTakenIdIsReportedWithoutTheStatementsContent() {
        String learner = "private." + UUID.randomUUID() + "@example.org";
        String activity = uniqueActivity();
        NewStatement first = prepared(statement(learner, COMPLETED, activity).build(), school);
        store.store(List.of(first));
        NewStatement fresh = prepared(statement(learner, ATTEMPTED, activity).build(), school);
        StatementIdTakenException taken = assertThrows(StatementIdTakenException.class,
                () -> store.store(List.of(fresh, first)));
        for (Throwable cause = taken; cause != null; cause = next(cause)) {
            assertFalse(String.valueOf(cause.getMessage()).contains(learner), cause.getMessage());
        }
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof java.sql.SQLException sql && sql.getNextException() != null) {
            return sql.getNextException();
        }
        return cause.getCause();
    }

    @Test
    void voidingHidesTheTargetFromQueriesButKeepsItFindable() {
        String activity = uniqueActivity();
        NewStatement target = prepared(statement("ama@example.org", COMPLETED, activity).build(), school);
        store.store(List.of(target));
        NewStatement voiding = prepared(statementAbout("teacher@example.org", VOIDED, target.id()).build(), school);
        store.store(List.of(voiding));
        assertTrue(store.find(target.id()).orElseThrow().voided());
        assertFalse(store.find(voiding.id()).orElseThrow().voided());
        // The voiding statement targets the voided one, so it matches the target's activity (Communication 2.1.3).
        assertEquals(List.of(voiding.id()), ids(byActivity(activity)));
    }

    @Test
    void voidingStatementArrivingBeforeItsTargetStillVoidsIt() {
        String activity = uniqueActivity();
        UUID targetId = UUID.randomUUID();
        NewStatement voiding = prepared(statementAbout("teacher@example.org", VOIDED, targetId).build(), school);
        store.store(List.of(voiding));
        JsonObject late = statement("ama@example.org", COMPLETED, activity).add("id", targetId.toString()).build();
        store.store(List.of(new NewStatement(targetId, late, StatementIndexer.index(late), school.id())));
        assertTrue(store.find(targetId).orElseThrow().voided());
        assertEquals(List.of(voiding.id()), ids(byActivity(activity)));
    }

    @Test
    void aVoidingStatementCannotBeVoided() {
        NewStatement target = prepared(statement("ama@example.org", COMPLETED, uniqueActivity()).build(), school);
        NewStatement voiding = prepared(statementAbout("t@example.org", VOIDED, target.id()).build(), school);
        NewStatement voidingTheVoiding = prepared(statementAbout("t@example.org", VOIDED, voiding.id()).build(), school);
        store.store(List.of(target, voiding, voidingTheVoiding));
        assertTrue(store.find(target.id()).orElseThrow().voided());
        assertFalse(store.find(voiding.id()).orElseThrow().voided());
    }

    @Test
    void statementRefChainsMatchTheTargetsFiltersWhicheverArrivesFirst() {
        String activity = uniqueActivity();
        UUID targetId = UUID.randomUUID();
        NewStatement confirms = prepared(statementAbout("mentor@example.org", "https://example.org/verbs/confirmed",
                targetId).build(), school);
        NewStatement endorses = prepared(statementAbout("coordinator@example.org",
                "https://example.org/verbs/endorsed", confirms.id()).build(), ngo);
        store.store(List.of(confirms));
        store.store(List.of(endorses));
        JsonObject target = statement("ama@example.org", COMPLETED, activity).add("id", targetId.toString()).build();
        store.store(List.of(new NewStatement(targetId, target, StatementIndexer.index(target), school.id())));
        assertEquals(Set.of(targetId, confirms.id(), endorses.id()), Set.copyOf(ids(byActivity(activity))));
    }

    @Test
    void everyStatementRefWaitingForATargetGetsItsFiltersWhenItArrives() {
        String activity = uniqueActivity();
        UUID targetId = UUID.randomUUID();
        NewStatement confirms = prepared(statementAbout("mentor@example.org", "https://example.org/verbs/confirmed",
                targetId).build(), school);
        NewStatement alsoConfirms = prepared(statementAbout("teacher@example.org",
                "https://example.org/verbs/confirmed", targetId).build(), ngo);
        store.store(List.of(confirms));
        store.store(List.of(alsoConfirms));
        JsonObject target = statement("ama@example.org", COMPLETED, activity).add("id", targetId.toString()).build();
        NewStatement other = prepared(statement("kofi@example.org", COMPLETED, uniqueActivity()).build(), school);
        store.store(List.of(other, new NewStatement(targetId, target, StatementIndexer.index(target), school.id())));
        NewStatement confirmsLater = prepared(statementAbout("coordinator@example.org",
                "https://example.org/verbs/confirmed", targetId).build(), ngo);
        store.store(List.of(confirmsLater));
        assertEquals(Set.of(targetId, confirms.id(), alsoConfirms.id(), confirmsLater.id()),
                Set.copyOf(ids(byActivity(activity))));
    }

    @Test
    void aStatementAndAStatementRefToItStoredAtTheSameTimeStillShareItsFilters() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 60; round++) {
                String activity = uniqueActivity();
                UUID targetId = UUID.randomUUID();
                JsonObject target = statement("ama@example.org", COMPLETED, activity)
                        .add("id", targetId.toString()).build();
                NewStatement confirms = prepared(statementAbout("mentor@example.org",
                        "https://example.org/verbs/confirmed", targetId).build(), school);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<?> first = writers.submit(() -> {
                    together.await();
                    return store.store(List.of(new NewStatement(targetId, target, StatementIndexer.index(target),
                            school.id())));
                });
                Future<?> second = writers.submit(() -> {
                    together.await();
                    return store.store(List.of(confirms));
                });
                first.get();
                second.get();
                assertEquals(Set.of(targetId, confirms.id()), Set.copyOf(ids(byActivity(activity))),
                        "round " + round);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void aStatementRefToALaterStatementOfTheSameBatchMatchesItsFilters() {
        String activity = uniqueActivity();
        UUID targetId = UUID.randomUUID();
        NewStatement endorses = prepared(statementAbout("coordinator@example.org",
                "https://example.org/verbs/endorsed", UUID.randomUUID()).build(), school);
        NewStatement confirms = prepared(statementAbout("mentor@example.org", "https://example.org/verbs/confirmed",
                targetId).build(), school);
        JsonObject endorsesConfirms = statementAbout("coordinator@example.org", "https://example.org/verbs/endorsed",
                confirms.id()).add("id", endorses.id().toString()).build();
        JsonObject target = statement("ama@example.org", COMPLETED, activity).add("id", targetId.toString()).build();
        store.store(List.of(
                new NewStatement(endorses.id(), endorsesConfirms, StatementIndexer.index(endorsesConfirms), school.id()),
                confirms,
                new NewStatement(targetId, target, StatementIndexer.index(target), school.id())));
        assertEquals(Set.of(targetId, confirms.id(), endorses.id()), Set.copyOf(ids(byActivity(activity))));
    }

    @Test
    void pagesFollowStorageOrderAndIgnoreStatementsStoredAfterTheFirstPage() {
        String activity = uniqueActivity();
        List<UUID> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            NewStatement s = prepared(statement("p" + i + "@example.org", COMPLETED, activity).build(), school);
            store.store(List.of(s));
            stored.add(s.id());
        }
        StatementQuery query = query(Set.of(new FilterTerm(Kind.ACTIVITY, activity)), 2, true);
        StatementPage first = store.query(query);
        store.store(List.of(prepared(statement("late@example.org", COMPLETED, activity).build(), school)));
        StatementPage second = store.query(query, first.next().orElseThrow());
        StatementPage third = store.query(query, second.next().orElseThrow());
        List<UUID> seen = new ArrayList<>(ids(first));
        seen.addAll(ids(second));
        seen.addAll(ids(third));
        assertEquals(stored, seen);
        assertTrue(third.next().isEmpty());
    }

    @Test
    void aCursorStillWorksAfterARestart() {
        String activity = uniqueActivity();
        List<UUID> stored = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            NewStatement s = prepared(statement("r" + i + "@example.org", COMPLETED, activity).build(), school);
            store.store(List.of(s));
            stored.add(s.id());
        }
        StatementQuery query = query(Set.of(new FilterTerm(Kind.ACTIVITY, activity)), 2, false);
        StatementPage first = store.query(query);
        JpaStatementStore restarted = new JpaStatementStore(database.transactions(), Clock.systemUTC());
        StatementPage second = restarted.query(query, first.next().orElseThrow());
        List<UUID> seen = new ArrayList<>(ids(first));
        seen.addAll(ids(second));
        java.util.Collections.reverse(stored);
        assertEquals(stored, seen);
    }

    @Test
    void concurrentWritersNeverMakeAPageSkipAStatement() throws Exception {
        String activity = uniqueActivity();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> pending = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            pending.add(writers.submit(() -> store.store(List.of(
                    prepared(statement("w" + n + "@example.org", COMPLETED, activity).build(), school)))));
        }
        // Read newest-first while writes land: every page must be a contiguous run of what was committed.
        List<UUID> everSeen = new ArrayList<>();
        while (pending.stream().anyMatch(f -> !f.isDone())) {
            StatementPage page = byActivity(activity);
            everSeen.addAll(ids(page));
        }
        for (Future<?> f : pending) {
            f.get();
        }
        writers.shutdown();
        StatementPage all = byActivity(activity);
        assertEquals(40, all.statements().size());
        List<Long> seqs = all.statements().stream().map(StoredStatement::seq).toList();
        for (int i = 1; i < seqs.size(); i++) {
            assertTrue(seqs.get(i - 1) > seqs.get(i), "newest first");
        }
        List<UUID> allIds = ids(all);
        assertTrue(allIds.containsAll(everSeen));
    }

    @Test
    void readMineSeesOnlyTheCredentialsOwnStatements() {
        String activity = uniqueActivity();
        NewStatement bySchool = prepared(statement("ama@example.org", COMPLETED, activity).build(), school);
        NewStatement byNgo = prepared(statement("ama@example.org", ATTEMPTED, activity).build(), ngo);
        store.store(List.of(bySchool, byNgo));
        StatementQuery mine = new StatementQuery(Set.of(new FilterTerm(Kind.ACTIVITY, activity)), Optional.empty(),
                Optional.empty(), false, 10, OptionalLong.of(ngo.id()));
        assertEquals(List.of(byNgo.id()), ids(store.query(mine)));
    }

    @Test
    void sinceAndUntilBoundTheStoredTime() throws InterruptedException {
        String activity = uniqueActivity();
        StoredStatement early = store.store(List.of(
                prepared(statement("a@example.org", COMPLETED, activity).build(), school))).get(0);
        Thread.sleep(5);
        StoredStatement late = store.store(List.of(
                prepared(statement("b@example.org", COMPLETED, activity).build(), school))).get(0);
        Set<FilterTerm> terms = Set.of(new FilterTerm(Kind.ACTIVITY, activity));
        StatementQuery since = new StatementQuery(terms, Optional.of(early.stored()), Optional.empty(), false, 10,
                OptionalLong.empty());
        StatementQuery until = new StatementQuery(terms, Optional.empty(), Optional.of(early.stored()), false, 10,
                OptionalLong.empty());
        assertEquals(List.of(late.id()), ids(store.query(since)));
        assertEquals(List.of(early.id()), ids(store.query(until)));
    }

    private static List<UUID> ids(StatementPage page) {
        return page.statements().stream().map(StoredStatement::id).toList();
    }

    /** The stored-time text as the store writes it. */
    static final class Stamps {
        static String iso(java.time.OffsetDateTime time) {
            return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").format(time);
        }
    }
}
