package org.flourish.pathways.service;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;

import org.flourish.pathways.access.LearnerLinks;
import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.xapi.StatementEvidence;

/**
 * Each learner's evidence and mastery, rebuilt from the statements kept in their graph and cached in memory until
 * a new or voided statement about them arrives. The store stays the truth: the cache can always be dropped, so it is
 * bounded: it keeps the {@code capacity} learners asked about most recently and forgets the least recently used.
 * Learners being looked at or taught right now fit; the whole population does not need to.
 *
 * <p>A learner is cached under their canonical key (see {@link LearnerLinking}): their state combines the
 * statements kept under that key and under every alias linked to it, all as evidence about the canonical learner.
 *
 * <p>Concurrent questions about the same learner share one rebuild. A statement arriving during a rebuild drops the
 * entry, so the (possibly older) result goes only to those already waiting and the next question rebuilds.
 */
public final class LearnerStates {

    /** Enough for every learner of a few hundred mentors' active lists; at a few KB a learner, tens of MB. */
    public static final int DEFAULT_CAPACITY = 10_000;

    /** One learner's evidence in the order it was applied, and the mastery it gives. */
    public record LearnerState(List<Evidence> evidence, LearnerMastery mastery) {
        public LearnerState {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * One factory for every parse: {@code Json.createReader} looks the JSON-P provider up each time (about 20 us,
     * which a rebuild of a few hundred statements pays hundreds of times); a factory's reader costs well under 1 us.
     */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    private static final Comparator<Evidence> CHRONOLOGICAL =
            Comparator.comparing(Evidence::timestamp).thenComparing(Evidence::statementId);

    private final LearnerRecords records;
    private final LearnerLinks links;
    private final Supplier<SharedKnowledge> knowledge;
    private final int capacity;
    /** Access-ordered, so the eldest entry is the least recently used; guarded by itself. */
    private final Map<String, FutureTask<LearnerState>> cache;

    public LearnerStates(LearnerRecords records, LearnerLinks links, Supplier<SharedKnowledge> knowledge) {
        this(records, links, knowledge, DEFAULT_CAPACITY);
    }

    public LearnerStates(LearnerRecords records, LearnerLinks links, Supplier<SharedKnowledge> knowledge,
                         int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the learner cache holds at least one learner, was " + capacity);
        }
        this.records = records;
        this.links = links;
        this.knowledge = knowledge;
        this.capacity = capacity;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, FutureTask<LearnerState>> eldest) {
                return size() > LearnerStates.this.capacity;
            }
        };
    }

    /** The state of the learner the key names: with an alias, the canonical learner's. */
    public LearnerState of(String key) {
        String learnerKey = links.canonical(key);
        FutureTask<LearnerState> rebuild;
        boolean mine = false;
        synchronized (cache) {
            rebuild = cache.get(learnerKey);
            if (rebuild == null) {
                rebuild = new FutureTask<>(() -> rebuild(learnerKey));
                cache.put(learnerKey, rebuild);
                mine = true;
            }
        }
        if (mine) {
            rebuild.run();
        }
        try {
            return rebuild.get();
        } catch (ExecutionException e) {
            synchronized (cache) {
                cache.remove(learnerKey, rebuild);
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("rebuilding the state of a learner failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the state of a learner was rebuilt", e);
        }
    }

    /** Drops what is cached under the key and under its canonical key (new evidence for an alias, a link changed). */
    public void forget(String key) {
        String canonical = links.canonical(key);
        synchronized (cache) {
            cache.remove(key);
            cache.remove(canonical);
        }
    }

    /** After an upload of rules or framework every learner's mastery must be recomputed. */
    public void forgetAll() {
        synchronized (cache) {
            cache.clear();
        }
    }

    /** How many learners are cached now: at most the capacity. */
    public int cached() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private LearnerState rebuild(String learnerKey) {
        List<String> keys = new ArrayList<>(List.of(learnerKey));
        keys.addAll(links.aliasesOf(learnerKey));
        List<Evidence> evidence = keys.stream().flatMap(key -> evidenceKeptUnder(key).stream())
                .map(item -> item.about(learnerKey)).sorted(CHRONOLOGICAL).toList();
        LearnerMastery mastery = knowledge.get().tracker().applyAll(LearnerMastery.empty(learnerKey), evidence);
        return new LearnerState(evidence, mastery);
    }

    private List<Evidence> evidenceKeptUnder(String key) {
        return records.statements(key).stream().map(LearnerStates::parse)
                .map(StatementEvidence::read).flatMap(Optional::stream)
                .filter(item -> item.learnerKey().equals(key)).toList();
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
