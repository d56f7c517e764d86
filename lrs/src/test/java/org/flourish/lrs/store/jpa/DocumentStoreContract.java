package org.flourish.lrs.store.jpa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.flourish.lrs.store.DocumentContent;
import org.flourish.lrs.store.DocumentContext;
import org.flourish.lrs.store.DocumentKey;
import org.flourish.lrs.store.DocumentSummary;
import org.flourish.lrs.store.StoredDocument;
import org.flourish.lrs.xapi.rules.AgentIfi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The behaviour every document store must have, run against each database by a subclass. Each test uses its own
 * activity, so tests share one database without seeing each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DocumentStoreContract {

    private static final AgentIfi AMA = AgentIfi.parseAgentParameter("{\"mbox\":\"mailto:ama@example.org\"}");
    private static final AgentIfi KOFI = AgentIfi.parseAgentParameter("{\"mbox\":\"mailto:kofi@example.org\"}");

    private Database database;
    private JpaDocumentStore store;
    private long school;
    private long ngo;

    protected abstract DatabaseSettings freshDatabase();

    @BeforeAll
    void open() {
        database = Database.open(freshDatabase());
        store = new JpaDocumentStore(database.transactions(), Clock.systemUTC());
        JpaCredentialStore credentials = new JpaCredentialStore(database.transactions(), Clock.systemUTC());
        school = credentials.addProvider("School", URI.create("https://school.example.org")).id();
        ngo = credentials.addProvider("NGO", URI.create("https://ngo.example.org")).id();
    }

    @AfterAll
    void close() {
        database.close();
    }

    private static String uniqueActivity() {
        return "https://example.org/activities/" + UUID.randomUUID();
    }

    private static DocumentContent binary(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return new DocumentContent("application/octet-stream", bytes);
    }

    private List<String> ids(DocumentContext context) {
        return store.list(context, Optional.empty(), OptionalLong.empty()).stream()
                .map(DocumentSummary::documentId).toList();
    }

    @Test
    void createdDocumentIsFoundByteForByteWithItsTypeAndOwner() {
        DocumentKey key = DocumentContext.state(uniqueActivity(), AMA, Optional.empty()).document("bookmark");
        DocumentContent content = binary(0, 255, 10, 13, 128);
        assertTrue(store.create(key, content, school));
        StoredDocument found = store.find(key).orElseThrow();
        assertArrayEquals(content.bytes(), found.content().bytes());
        assertEquals("application/octet-stream", found.content().contentType());
        assertEquals(school, found.providerId());
        assertEquals(content.etag(), found.etag());
        assertEquals(key, found.key());
    }

    @Test
    void secondCreationOfTheSameDocumentReportsThatItExists() {
        DocumentKey key = DocumentContext.activityProfile(uniqueActivity()).document("settings");
        assertTrue(store.create(key, DocumentContent.json("{\"a\":1}"), school));
        assertFalse(store.create(key, DocumentContent.json("{\"a\":2}"), ngo));
        assertEquals(school, store.find(key).orElseThrow().providerId());
    }

    @Test
    void replaceHappensOnlyWhenTheExpectedTagIsCurrent() {
        DocumentKey key = DocumentContext.agentProfile(AMA).document("prefs-" + UUID.randomUUID());
        DocumentContent first = DocumentContent.json("{\"a\":1}");
        store.create(key, first, school);
        assertFalse(store.replace(key, "0000", DocumentContent.json("{\"a\":2}")));
        assertTrue(store.replace(key, first.etag(), new DocumentContent("text/plain", new byte[] {65})));
        StoredDocument now = store.find(key).orElseThrow();
        assertEquals("text/plain", now.content().contentType());
        assertEquals(school, now.providerId());
        assertFalse(store.replace(DocumentContext.agentProfile(KOFI).document("absent"), first.etag(), first));
    }

    @Test
    void deleteHappensOnlyWhenTheExpectedTagIsCurrent() {
        DocumentKey key = DocumentContext.activityProfile(uniqueActivity()).document("gone");
        DocumentContent content = binary(1, 2, 3);
        store.create(key, content, school);
        assertFalse(store.delete(key, "0000"));
        assertTrue(store.find(key).isPresent());
        assertTrue(store.delete(key, content.etag()));
        assertTrue(store.find(key).isEmpty());
    }

    @Test
    void stateIsKeptApartByAgentAndRegistration() {
        String activity = uniqueActivity();
        UUID registration = UUID.randomUUID();
        DocumentContext plain = DocumentContext.state(activity, AMA, Optional.empty());
        DocumentContext registered = DocumentContext.state(activity, AMA, Optional.of(registration));
        DocumentContext other = DocumentContext.state(activity, KOFI, Optional.empty());
        store.create(plain.document("s"), binary(1), school);
        store.create(registered.document("s"), binary(2), school);
        store.create(other.document("t"), binary(3), school);
        assertArrayEquals(new byte[] {2}, store.find(registered.document("s")).orElseThrow().content().bytes());
        assertEquals(List.of("s"), ids(plain));
        assertEquals(List.of("s"), ids(registered));
        assertEquals(List.of("t"), ids(other));
        assertTrue(store.find(DocumentContext.activityProfile(activity).document("s")).isEmpty());
    }

    @Test
    void listHonoursSinceExclusivelyAndTheOwnerFilter() throws InterruptedException {
        DocumentContext context = DocumentContext.activityProfile(uniqueActivity());
        store.create(context.document("early"), binary(1), school);
        Thread.sleep(20);
        OffsetDateTime between = OffsetDateTime.now();
        Thread.sleep(20);
        store.create(context.document("late"), binary(2), ngo);
        assertEquals(List.of("early", "late"), ids(context));
        assertEquals(List.of("late"), store.list(context, Optional.of(between), OptionalLong.empty()).stream()
                .map(DocumentSummary::documentId).toList());
        assertEquals(List.of("early"), store.list(context, Optional.empty(), OptionalLong.of(school)).stream()
                .map(DocumentSummary::documentId).toList());
    }

    @Test
    void deleteAllRemovesTheContextOrOnlyTheOwnersDocuments() {
        String activity = uniqueActivity();
        DocumentContext context = DocumentContext.state(activity, AMA, Optional.empty());
        DocumentContext registered = DocumentContext.state(activity, AMA, Optional.of(UUID.randomUUID()));
        store.create(context.document("mine"), binary(1), school);
        store.create(context.document("theirs"), binary(2), ngo);
        store.create(registered.document("kept"), binary(3), school);
        store.deleteAll(context, OptionalLong.of(school));
        assertEquals(List.of("theirs"), ids(context));
        store.deleteAll(context, OptionalLong.empty());
        assertEquals(List.of(), ids(context));
        assertEquals(List.of("kept"), ids(registered));
    }

    @Test
    void longIdentifiersAreStoredAndFound() {
        String activity = uniqueActivity() + "/" + "x".repeat(3000);
        DocumentKey key = DocumentContext.activityProfile(activity).document("p".repeat(3000));
        assertTrue(store.create(key, binary(7), school));
        assertEquals(key, store.find(key).orElseThrow().key());
    }
}
