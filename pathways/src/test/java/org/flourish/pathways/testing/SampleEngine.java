package org.flourish.pathways.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.flourish.pathways.access.LearnerAccess;
import org.flourish.pathways.lrs.StatementSender;
import org.flourish.pathways.service.LearnerContexts;
import org.flourish.pathways.service.LearnerLinking;
import org.flourish.pathways.service.LearnerStates;
import org.flourish.pathways.service.MentorActions;
import org.flourish.pathways.service.Pathways;
import org.flourish.pathways.service.SharedKnowledge;
import org.flourish.pathways.service.StatementIntake;
import org.flourish.pathways.store.GraphLearnerLinks;
import org.flourish.pathways.store.GraphMentorAssignments;
import org.flourish.pathways.store.GraphValidation;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.store.RdfStore;
import org.flourish.pathways.store.SharedGraphs;
import org.flourish.pathways.store.StatedContexts;

/**
 * The engine's services on an in-memory store seeded with the samples, and an LRS that only remembers what it was
 * sent. The seeded store is built once per JVM (SHACL validation of the samples takes seconds); each engine gets
 * its own copy so that tests do not share learner data.
 */
public final class SampleEngine {

    private static final SharedKnowledge KNOWLEDGE = seededKnowledge();
    private static final GraphValidation SHAPES = new GraphValidation(SharedGraphs.turtleResource(
            "/flourish/ontology/flourish-shapes.ttl"));

    public final RdfStore store = RdfStore.inMemory();
    public final LearnerRecords records = new LearnerRecords(store);
    public final GraphLearnerLinks links = new GraphLearnerLinks(store);
    public final LearnerStates states = new LearnerStates(records, links, () -> KNOWLEDGE);
    public final LearnerLinking linking = new LearnerLinking(links, states);
    public final StatementIntake intake = new StatementIntake(records, states);
    public final LearnerContexts contexts = new LearnerContexts(new StatedContexts(store), () -> KNOWLEDGE,
            SHAPES, Clock.fixed(Instant.parse("2026-11-03T08:00:00Z"), ZoneOffset.UTC));
    public final Pathways pathways = new Pathways(() -> KNOWLEDGE, states, records, contexts);
    public final GraphMentorAssignments assignments = new GraphMentorAssignments(store);
    public final LearnerAccess access = new LearnerAccess(assignments, links);
    public final List<JsonObject> sentToLrs = new ArrayList<>();
    public final MentorActions mentors = new MentorActions(records, recordingLrs(), () -> KNOWLEDGE,
            "https://mentors.example", Clock.fixed(Instant.parse("2026-11-03T08:00:00Z"), ZoneOffset.UTC));

    public static SharedKnowledge knowledge() {
        return KNOWLEDGE;
    }

    private StatementSender recordingLrs() {
        return statement -> {
            sentToLrs.add(statement);
            return statement.getString("id", UUID.randomUUID().toString());
        };
    }

    private static SharedKnowledge seededKnowledge() {
        try (RdfStore seeded = RdfStore.inMemory()) {
            new SharedGraphs(seeded).seedAbsent();
            return SharedKnowledge.load(seeded);
        }
    }
}
