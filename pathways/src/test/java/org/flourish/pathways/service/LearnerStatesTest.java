package org.flourish.pathways.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.flourish.pathways.store.GraphLearnerLinks;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.store.RdfStore;
import org.flourish.pathways.testing.SampleEngine;
import org.flourish.pathways.testing.Statements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The learner cache on a real (in-memory) store: a statement written to the store behind the cache's back shows
 * only once the learner's entry is gone, which is how these tests see what is cached.
 */
class LearnerStatesTest {

    private static final String HOME = "https://w3id.org/flourish/samples/thies/enrolment";
    private static final Instant STORED = Instant.parse("2026-11-02T09:31:00Z");

    private final RdfStore store = RdfStore.inMemory();
    private final LearnerRecords records = new LearnerRecords(store);
    private final GraphLearnerLinks links = new GraphLearnerLinks(store);
    private final LearnerStates states = new LearnerStates(records, links, SampleEngine::knowledge, 2);

    @AfterEach
    void close() {
        store.close();
    }

    private static String key(String name) {
        return "account:" + HOME + "|" + name;
    }

    /** Keeps a statement about the learner in the store only, without telling the cache. */
    private void keepBehindTheCache(String name) {
        UUID id = UUID.randomUUID();
        JsonObject statement = Json.createObjectBuilder(Statements.ndeyePassed(id, STORED))
                .add("actor", Json.createObjectBuilder().add("objectType", "Agent").add("account",
                        Json.createObjectBuilder().add("homePage", HOME).add("name", name)))
                .build();
        records.keep(key(name), id, STORED, statement.toString());
    }

    private int evidenceOf(String name) {
        return states.of(key(name)).evidence().size();
    }

    @Test
    void cacheHoldsNoMoreLearnersThanItsCapacity() {
        evidenceOf("a");
        evidenceOf("b");
        evidenceOf("c");
        assertEquals(2, states.cached());
    }

    @Test
    void leastRecentlyAskedLearnerIsTheOneForgotten() {
        evidenceOf("a");
        evidenceOf("b");
        evidenceOf("a");
        evidenceOf("c");
        keepBehindTheCache("a");
        keepBehindTheCache("b");
        assertEquals(0, evidenceOf("a"), "a was asked about recently: still cached");
        assertEquals(1, evidenceOf("b"), "b was the least recently used: rebuilt from the store");
    }

    @Test
    void forgottenLearnerIsRebuiltWithTheNewStatement() {
        assertEquals(0, evidenceOf("a"));
        keepBehindTheCache("a");
        assertEquals(0, evidenceOf("a"));
        states.forget(key("a"));
        assertEquals(1, evidenceOf("a"));
    }

    @Test
    void capacityBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LearnerStates(records, links, SampleEngine::knowledge, 0));
    }
}
