package org.flourish.pathways.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.flourish.pathways.access.AuditEntry;
import org.flourish.pathways.lrs.ErasureNotice;
import org.flourish.pathways.lrs.ReaderPosition;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.Goal;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.StatedContext;
import org.flourish.pathways.store.GraphAuditLog;
import org.flourish.pathways.store.GraphLearnerErasure;
import org.flourish.pathways.store.GraphReaderPositions;
import org.flourish.pathways.store.Graphs;
import org.flourish.pathways.store.SharedGraphs;
import org.flourish.pathways.testing.SampleEngine;
import org.flourish.pathways.testing.Statements;
import org.junit.jupiter.api.Test;

/**
 * An erasure the LRS made reaches every place the engine keeps the learner: a dump of every quad of the store holds
 * none of their identifiers, names or erased statement ids afterwards, while another learner keeps their own data.
 */
class LearnerErasuresTest {

    private static final String CHILD = "mbox:mailto:awa.ndiaye@example.org";
    private static final String CHILD_ALIAS = "account:https://ngo.example|AW-0017";
    private static final String OTHER = "mbox:mailto:khady@example.org";
    private static final String OPPORTUNITY = "https://w3id.org/flourish/samples/thies/opportunity/ci-lecture-cite-lamy";
    private static final String VETOED =
            "https://w3id.org/flourish/samples/thies/opportunity/bibliotheque-club-echecs-thies-nguinth";

    private final SampleEngine engine = new SampleEngine();
    private final AtomicInteger reloads = new AtomicInteger();
    private final GraphAuditLog audit = new GraphAuditLog(engine.store);
    private final LearnerErasures erasures = new LearnerErasures(new GraphLearnerErasure(engine.store),
            engine.states, audit, reloads::incrementAndGet);

    private String keep(String mbox, JsonObject extra) {
        String id = UUID.randomUUID().toString();
        JsonObject statement = Json.createObjectBuilder(Statements.fixture("passed-reading-quiz.json"))
                .add("id", id).add("actor", Json.createObjectBuilder().add("mbox", mbox)).addAll(
                        Json.createObjectBuilder(extra)).build();
        assertEquals(StatementIntake.Outcome.KEPT, engine.intake.take(statement));
        return id;
    }

    @Test
    void anErasedLearnerLeavesNoTraceInAnyGraphAndAnotherKeepsTheirs() {
        String own = keep("mailto:awa.ndiaye@example.org", Json.createObjectBuilder().build());
        String aliasOwn = keep("mailto:awa@ngo-mail.example", Json.createObjectBuilder().build());
        // Khady's statement names Awa as her instructor: the LRS erased it, so the engine must forget it too.
        String namingChild = keep("mailto:khady@example.org", Json.createObjectBuilder().add("context",
                Json.createObjectBuilder().add("instructor", Json.createObjectBuilder()
                        .add("mbox", "mailto:awa.ndiaye@example.org"))).build());
        String othersOwn = keep("mailto:khady@example.org", Json.createObjectBuilder().build());
        engine.contexts.state(CHILD, new StatedContext(Set.of("wo", "fr"), OptionalInt.empty(),
                Optional.of(LocalDate.parse("2017-03-01")), Optional.of(new GeoPoint(14.7962, -16.9301)), 2.5,
                BigDecimal.ZERO, EnumSet.allOf(Modality.class), List.of(), true, Set.of()));
        engine.mentors.setGoals("mentor", CHILD, List.of(new Goal("https://w3id.org/flourish/samples/foundations/LIT-05",
                0.8)));
        engine.mentors.pin("mentor", CHILD, OPPORTUNITY);
        engine.mentors.veto("mentor", CHILD, VETOED);
        engine.assignments.assign("mentor", CHILD);
        engine.assignments.assign("mentor", OTHER);
        audit.record(new AuditEntry(Instant.now(), "mentor", CHILD, "learner"));
        audit.record(new AuditEntry(Instant.now(), "mentor", OTHER, "learner"));
        engine.linking.link(CHILD, "mbox:mailto:awa@ngo-mail.example");
        engine.linking.link(CHILD_ALIAS, "mbox:mailto:awa-alias@example.org");
        new GraphReaderPositions(engine.store).save(new ReaderPosition(Instant.now(), Set.of(own, othersOwn)));
        engine.store.put(Graphs.LEARNERS, SharedGraphs.turtleResource("/flourish/samples/thies-learners.ttl"));
        assertFalse(engine.states.of(CHILD).evidence().isEmpty());
        assertEquals(3, engine.records.counts().learners(), "Awa, her alias and Khady have statements");

        erasures.accept(new ErasureNotice(1, Set.of(CHILD, CHILD_ALIAS, Statements.NDEYE),
                Set.of(own, namingChild)));

        String dump = everyQuad();
        for (String trace : List.of("awa.ndiaye", "AW-0017", own, namingChild, "TH-2026-0142", "Ndèye")) {
            assertFalse(dump.contains(trace), trace + " is still in the store");
        }
        assertTrue(engine.states.of(CHILD).evidence().isEmpty());
        assertTrue(engine.records.statements(CHILD).isEmpty());
        assertTrue(engine.contexts.stated(CHILD).isEmpty());
        assertTrue(engine.records.goals(CHILD).isEmpty());
        assertTrue(engine.records.pinned(CHILD).isEmpty() && engine.records.vetoed(CHILD).isEmpty());
        assertEquals(List.of(), engine.assignments.mentorsOf(CHILD));
        assertEquals(List.of(), engine.linking.aliasesOf(CHILD));
        assertEquals(1, reloads.get(), "the shared learners' graph changed: the engine reads it again");
        assertEquals(Set.of(othersOwn), new GraphReaderPositions(engine.store).load().orElseThrow()
                .readAtLastStored());

        assertEquals(List.of(LearnerErasures.ERASED, OTHER), audit.newest(0, 10).stream()
                .map(AuditEntry::learner).sorted().toList(), "who looked stays, which child does not");

        assertEquals(2, engine.records.counts().learners(), "the totals no longer count Awa");
        assertEquals(2, engine.records.counts().statements());
        assertEquals(List.of("mentor"), engine.assignments.mentorsOf(OTHER));
        assertEquals(1, engine.records.statements(OTHER).size(), "Khady keeps her own statement");
        assertTrue(dump.contains(othersOwn));
        assertEquals(1, engine.records.statements("mbox:mailto:awa@ngo-mail.example").size(),
                "a key the erasure did not name stays (the LRS kept its statements too), unlinked: " + aliasOwn);
        assertTrue(dump.contains("Aminata Diop"), "the other sample learners stay");
    }

    @Test
    void erasingTwiceOrALearnerTheEngineNeverKnewChangesNothing() {
        String othersOwn = keep("mailto:khady@example.org", Json.createObjectBuilder().build());
        String before = everyQuad();
        ErasureNotice unknown = new ErasureNotice(7, Set.of("mbox:mailto:nobody@example.org"),
                Set.of(UUID.randomUUID().toString()));
        erasures.accept(unknown);
        erasures.accept(unknown);
        assertEquals(before, everyQuad());
        assertEquals(0, reloads.get());
        assertEquals(1, engine.records.statements(OTHER).size(), othersOwn);
    }

    @Test
    void theLastSampleLearnerErasedLeavesTheSharedGraphWithANoteSoThatItIsNotSeededAgain() {
        engine.store.put(Graphs.LEARNERS, SharedGraphs.turtleResource("/flourish/samples/thies-learners.ttl"));
        Set<String> everyone = new java.util.HashSet<>();
        engine.store.graph(Graphs.LEARNERS).listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.flourish.pathways.vocab.FL.Learner).forEach(learner ->
                org.flourish.pathways.rdf.LearnerContextReader.keyOf(learner).ifPresent(everyone::add));
        erasures.accept(new ErasureNotice(1, everyone, Set.of()));
        assertTrue(engine.store.hasGraph(Graphs.LEARNERS));
        assertEquals(List.of(), new SharedGraphs(engine.store).seedAbsent().stream()
                .filter(Graphs.LEARNERS::equals).toList());
        assertFalse(engine.store.graph(Graphs.LEARNERS).listResourcesWithProperty(
                org.apache.jena.vocabulary.RDF.type, org.flourish.pathways.vocab.FL.Learner).hasNext());
    }

    private String everyQuad() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, engine.store.copy(), Lang.NQUADS);
        return out.toString(StandardCharsets.UTF_8);
    }
}
