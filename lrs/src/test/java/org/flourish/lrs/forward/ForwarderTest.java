package org.flourish.lrs.forward;

import static org.flourish.lrs.testing.SampleStatements.ATTEMPTED;
import static org.flourish.lrs.testing.SampleStatements.COMPLETED;
import static org.flourish.lrs.testing.SampleStatements.statement;
import static org.flourish.lrs.testing.SampleStatements.uniqueActivity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.store.NewStatement;
import org.flourish.lrs.store.jpa.Database;
import org.flourish.lrs.store.jpa.JpaCredentialStore;
import org.flourish.lrs.store.jpa.JpaStatementStore;
import org.flourish.lrs.store.jpa.JpaSubscriptionStore;
import org.flourish.lrs.testing.MutableClock;
import org.flourish.lrs.testing.RecordingTarget;
import org.flourish.lrs.testing.TestDatabases;
import org.flourish.lrs.xapi.rules.StatementIndexer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Forwarding on a real PostgreSQL store to a real HTTP target on loopback. */
class ForwarderTest {

    private final MutableClock clock = new MutableClock();
    private Database database;
    private JpaStatementStore statements;
    private JpaCredentialStore credentials;
    private JpaSubscriptionStore subscriptions;
    private RecordingTarget target;
    private Credential school;
    private Credential ngo;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.freshPostgres("flourish_lrs_forward_test"));
        statements = new JpaStatementStore(database.transactions(), Clock.systemUTC());
        credentials = new JpaCredentialStore(database.transactions(), Clock.systemUTC());
        subscriptions = new JpaSubscriptionStore(database.transactions(), clock);
        target = new RecordingTarget();
        long schoolId = credentials.addProvider("School", URI.create("https://school.example.org")).id();
        long ngoId = credentials.addProvider("NGO", URI.create("https://ngo.example.org")).id();
        school = credentials.addCredential(schoolId, "school", "hash", Set.of(Scope.ALL));
        ngo = credentials.addCredential(ngoId, "ngo", "hash", Set.of(Scope.ALL));
    }

    @AfterEach
    void close() {
        target.close();
        database.close();
    }

    private Forwarder forwarder() {
        return new Forwarder(subscriptions, statements, credentials, new HttpStatementDelivery(), clock);
    }

    private String store(JsonObject statement, Credential by) {
        UUID id = UUID.randomUUID();
        JsonObject withId = Json.createObjectBuilder(statement).add("id", id.toString())
                .add("version", "1.0.3").build();
        statements.store(List.of(new NewStatement(id, withId, StatementIndexer.index(withId), by.id())));
        return id.toString();
    }

    private Subscription subscribe(SubscriptionFilter filter) {
        return subscriptions.add("test", target.xapi(), "key", "secret", filter, statements.settledPosition());
    }

    @Test
    void aPassStoppedByItsStretchLimitSaysTheSubscriptionIsBehind() {
        subscribe(SubscriptionFilter.ALL);
        int perPass = Forwarder.BATCH * Forwarder.STRETCHES_PER_PASS;
        List<NewStatement> backlog = new ArrayList<>();
        for (int i = 0; i <= perPass; i++) {
            UUID id = UUID.randomUUID();
            JsonObject statement = Json.createObjectBuilder(statement("p" + i + "@example.org", COMPLETED,
                    uniqueActivity()).build()).add("id", id.toString()).build();
            backlog.add(new NewStatement(id, statement, StatementIndexer.index(statement), school.id()));
        }
        statements.store(backlog);
        Forwarder forwarder = forwarder();
        Forwarder.Pass first = forwarder.runOnce();
        assertEquals(perPass, first.delivered());
        assertTrue(first.behind(), "the schedule runs the next pass at once");
        Forwarder.Pass second = forwarder.runOnce();
        assertEquals(1, second.delivered());
        assertFalse(second.behind());
    }

    @Test
    void statementsAreDeliveredInStorageOrderInBatchesAndOnlyOnce() {
        subscribe(SubscriptionFilter.ALL);
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < Forwarder.BATCH + 50; i++) {
            stored.add(store(statement("p" + i + "@example.org", COMPLETED, uniqueActivity()).build(), school));
        }
        Forwarder forwarder = forwarder();
        assertEquals(Forwarder.BATCH + 50, forwarder.runOnce().delivered(),
                "one pass catches up over several stretches");
        assertEquals(0, forwarder.runOnce().delivered());
        assertEquals(stored, target.receivedIds());
        assertEquals(2, target.batches().size());
        assertEquals("1.0.3", target.versions().get(0));
    }

    @Test
    void aFailingTargetGetsEverythingInOrderOnceItRecovers() {
        Subscription subscription = subscribe(SubscriptionFilter.ALL);
        List<String> stored = new ArrayList<>();
        stored.add(store(statement("a@example.org", COMPLETED, uniqueActivity()).build(), school));
        target.failNext(3);
        Forwarder forwarder = forwarder();
        assertEquals(0, forwarder.runOnce().delivered());
        Subscription failed = subscriptions.find(subscription.id()).orElseThrow();
        assertEquals(1, failed.progress().failures());
        assertTrue(failed.progress().lastError().orElseThrow().contains("503"));
        assertEquals(0, forwarder.runOnce().delivered(), "backing off: no attempt before the next attempt time");
        stored.add(store(statement("b@example.org", COMPLETED, uniqueActivity()).build(), school));
        for (int attempt = 0; attempt < 3; attempt++) {
            clock.advance(Duration.ofMinutes(5));
            forwarder.runOnce();
        }
        assertEquals(stored, target.receivedIds());
        assertEquals(0, subscriptions.find(subscription.id()).orElseThrow().progress().failures());
    }

    @Test
    void aRestartedForwarderResumesFromTheSavedPosition() {
        subscribe(SubscriptionFilter.ALL);
        String first = store(statement("a@example.org", COMPLETED, uniqueActivity()).build(), school);
        forwarder().runOnce();
        String second = store(statement("b@example.org", COMPLETED, uniqueActivity()).build(), school);
        JpaStatementStore afterRestart = new JpaStatementStore(database.transactions(), Clock.systemUTC());
        new Forwarder(new JpaSubscriptionStore(database.transactions(), clock), afterRestart, credentials,
                new HttpStatementDelivery(), clock).runOnce();
        assertEquals(List.of(first, second), target.receivedIds());
    }

    @Test
    void filtersSelectByVerbActivityAndProvider() {
        String activity = uniqueActivity();
        subscribe(new SubscriptionFilter(Optional.of(COMPLETED), Optional.of(activity),
                OptionalLong.of(ngo.provider().id())));
        store(statement("a@example.org", COMPLETED, activity).build(), school);
        store(statement("a@example.org", ATTEMPTED, activity).build(), ngo);
        store(statement("a@example.org", COMPLETED, uniqueActivity()).build(), ngo);
        String wanted = store(statement("a@example.org", COMPLETED, activity).build(), ngo);
        forwarder().runOnce();
        assertEquals(List.of(wanted), target.receivedIds());
    }

    @Test
    void aDisabledSubscriptionWaitsAndThenCatchesUp() {
        Subscription subscription = subscribe(SubscriptionFilter.ALL);
        subscriptions.setEnabled(subscription.id(), false);
        String id = store(statement("a@example.org", COMPLETED, uniqueActivity()).build(), school);
        forwarder().runOnce();
        assertEquals(List.of(), target.receivedIds());
        subscriptions.setEnabled(subscription.id(), true);
        forwarder().runOnce();
        assertEquals(List.of(id), target.receivedIds());
    }

    @Test
    void backoffDoublesFromOneSecondUpToFiveMinutes() {
        assertEquals(Duration.ofSeconds(1), Forwarder.backoff(1));
        assertEquals(Duration.ofSeconds(8), Forwarder.backoff(4));
        assertEquals(Duration.ofMinutes(5), Forwarder.backoff(30));
    }
}
