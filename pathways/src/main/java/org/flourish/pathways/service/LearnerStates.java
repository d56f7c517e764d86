package org.flourish.pathways.service;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.xapi.StatementEvidence;

/**
 * Each learner's evidence and mastery, rebuilt from the statements kept in their graph and cached in memory until
 * a new or voided statement about them arrives. The store stays the truth: the cache can always be dropped.
 */
public final class LearnerStates {

    /** One learner's evidence in the order it was applied, and the mastery it gives. */
    public record LearnerState(List<Evidence> evidence, LearnerMastery mastery) {
        public LearnerState {
            evidence = List.copyOf(evidence);
        }
    }

    private final LearnerRecords records;
    private final Supplier<SharedKnowledge> knowledge;
    private final Map<String, LearnerState> cache = new ConcurrentHashMap<>();

    public LearnerStates(LearnerRecords records, Supplier<SharedKnowledge> knowledge) {
        this.records = records;
        this.knowledge = knowledge;
    }

    public LearnerState of(String learnerKey) {
        return cache.computeIfAbsent(learnerKey, this::rebuild);
    }

    public void forget(String learnerKey) {
        cache.remove(learnerKey);
    }

    /** After an upload of rules or framework every learner's mastery must be recomputed. */
    public void forgetAll() {
        cache.clear();
    }

    private LearnerState rebuild(String learnerKey) {
        List<Evidence> evidence = records.statements(learnerKey).stream().map(LearnerStates::parse)
                .map(StatementEvidence::read).flatMap(Optional::stream)
                .filter(item -> item.learnerKey().equals(learnerKey)).toList();
        LearnerMastery mastery = knowledge.get().tracker().applyAll(LearnerMastery.empty(learnerKey), evidence);
        return new LearnerState(evidence, mastery);
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
