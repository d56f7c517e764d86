package org.flourish.pathways.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.lrs.ReaderPosition;
import org.flourish.pathways.model.AccessibilityFeature;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.Goal;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.MasteryEstimate;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.StatedContext;
import org.flourish.pathways.model.WeeklySlot;
import org.flourish.pathways.recommend.MasteryThreshold;
import org.flourish.pathways.recommend.MasteryTriples;
import org.flourish.pathways.recommend.SparqlFrontier;
import org.flourish.pathways.service.SharedKnowledge;
import org.flourish.pathways.vocab.FL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the engine needs of its RDF store, run against every kind of store (TDB2, in-memory, a remote Fuseki):
 * seeding and reading back the shared graphs, one learner's records, the stated context, mentor assignments, the
 * LRS reader's position, and the frontier query over the stored framework. One store per class, seeded once; each
 * test uses its own learner key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RdfStoreContract {

    private static final Instant STORED = Instant.parse("2026-11-02T09:31:00.123Z");

    private RdfStore store;

    /** A new, empty store of the kind under test. */
    abstract RdfStore openStore();

    @BeforeAll
    void seed() {
        store = openStore();
        assertEquals(SharedGraphs.SEEDS.size(), new SharedGraphs(store).seedAbsent().size());
    }

    @AfterAll
    void close() {
        store.close();
    }

    private static String learner(String name) {
        return "account:https://school.example|" + name + "-" + UUID.randomUUID();
    }

    @Test
    void seededSharedGraphsAreReadBackWholeAndNotSeededTwice() {
        SharedKnowledge knowledge = SharedKnowledge.load(store);
        assertTrue(knowledge.catalogue().size() >= 300, () -> knowledge.catalogue().size() + " opportunities");
        assertTrue(knowledge.catalogue().stream().anyMatch(o -> !o.schedule().isEmpty()));
        assertTrue(knowledge.contextOf("account:https://w3id.org/flourish/samples/thies/enrolment|TH-2026-0142")
                .isPresent());
        assertEquals(List.of(), new SharedGraphs(store).seedAbsent());
    }

    @Test
    void learnersStatementsGoalsPinsAndVetoesAreKeptAndForgotten() {
        String ada = learner("ada");
        UUID id = UUID.randomUUID();
        LearnerRecords records = new LearnerRecords(store);
        assertTrue(records.keep(ada, id, STORED, "{\"id\":\"" + id + "\",\"note\":\"é \\\" ünïcode\"}"));
        assertFalse(records.keep(ada, id, STORED, "{}"), "the same statement is kept once");
        records.replaceGoals(ada, List.of(new Goal("https://example.org/c/1", 0.7)));
        records.replaceGoals(ada, List.of(new Goal("https://example.org/c/2", 0.9)));
        records.pin(ada, "https://example.org/o/pinned");
        records.veto(ada, "https://example.org/o/vetoed");
        assertEquals(List.of("{\"id\":\"" + id + "\",\"note\":\"é \\\" ünïcode\"}"), records.statements(ada));
        assertEquals(List.of(new Goal("https://example.org/c/2", 0.9)), records.goals(ada));
        assertEquals(List.of("https://example.org/o/pinned"), records.pinned(ada));
        assertEquals(List.of("https://example.org/o/vetoed"), records.vetoed(ada));
        assertTrue(records.counts().statements() >= 1);
        assertEquals(Optional.of(ada), records.forget(id));
        assertEquals(List.of(), records.statements(ada));
    }

    @Test
    void statedContextIsReadBackAsStatedAndReplacedWhole() {
        String ada = learner("ada");
        StatedContexts contexts = new StatedContexts(store);
        StatedContext first = new StatedContext(Set.of("wo", "fr"), OptionalInt.empty(),
                Optional.of(LocalDate.of(2017, 3, 1)), Optional.of(new GeoPoint(14.7962, -16.9301)), 2.5,
                new BigDecimal("1.5"), EnumSet.of(Modality.OFFLINE, Modality.RADIO),
                List.of(WeeklySlot.of(EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), LocalTime.of(15, 0),
                        LocalTime.of(18, 0)), WeeklySlot.allDay(EnumSet.of(DayOfWeek.SUNDAY))),
                false, EnumSet.of(AccessibilityFeature.WHEELCHAIR_ACCESSIBLE));
        contexts.replace(ada, StatedContexts.asRdf(ada, first));
        assertEquals(Optional.of(first), contexts.find(ada));
        StatedContext second = new StatedContext(Set.of("srr"), OptionalInt.of(8), Optional.empty(),
                Optional.empty(), 0, BigDecimal.ZERO, EnumSet.allOf(Modality.class), List.of(), true, Set.of());
        contexts.replace(ada, StatedContexts.asRdf(ada, second));
        assertEquals(Optional.of(second), contexts.find(ada));
        assertEquals(Optional.empty(), contexts.find(learner("nobody")));
    }

    @Test
    void everyReplacedDistanceAndCostIsTheOnlyOneReadBack() {
        String ada = learner("ada");
        StatedContexts contexts = new StatedContexts(store);
        for (String value : List.of("5", "2", "9", "1", "3", "2.5", "0.5", "2", "0", "12", "12.0", "7")) {
            StatedContext stated = new StatedContext(Set.of("fr"), OptionalInt.of(9), Optional.empty(),
                    Optional.empty(), Double.parseDouble(value), new BigDecimal(value), EnumSet.of(Modality.RADIO),
                    List.of(), true, Set.of());
            contexts.replace(ada, StatedContexts.asRdf(ada, stated));
            assertEquals(Optional.of(stated), contexts.find(ada), "after stating " + value);
        }
    }

    @Test
    void replacingKeepsExactlyTheNewLiteralOfEveryFieldWhateverItsDatatype() {
        String ada = learner("ada");
        StatedContexts contexts = new StatedContexts(store);
        String node = Graphs.contextOf(ada);
        List<Literal> sequence = List.of(typed("2", XSDDatatype.XSDinteger), typed("2.5", XSDDatatype.XSDdecimal),
                typed("2.5e0", XSDDatatype.XSDdouble), typed("3", XSDDatatype.XSDinteger),
                typed("3.0", XSDDatatype.XSDdecimal), typed("3", XSDDatatype.XSDdecimal),
                typed("3.0e0", XSDDatatype.XSDdouble), typed("2", XSDDatatype.XSDinteger),
                typed("02", XSDDatatype.XSDinteger), typed("2017-03-01", XSDDatatype.XSDdate),
                typed("2017-03-01Z", XSDDatatype.XSDdate), typed("1", XSDDatatype.XSDfloat),
                typed("true", XSDDatatype.XSDboolean), typed("1", XSDDatatype.XSDboolean),
                ResourceFactory.createStringLiteral("3"), ResourceFactory.createLangLiteral("3", "fr"),
                typed("3", XSDDatatype.XSDinteger));
        for (Literal literal : sequence) {
            Model context = ModelFactory.createDefaultModel();
            Resource learner = context.createResource(node).addProperty(RDF.type, FL.Learner);
            for (Property field : List.of(FL.maxTravelKm, FL.maxCostPerMonth, FL.age, FL.birthDate)) {
                learner.addLiteral(field, literal);
            }
            contexts.replace(ada, context);
            Model kept = store.graph(Graphs.ofLearner(ada));
            for (Property field : List.of(FL.maxTravelKm, FL.maxCostPerMonth, FL.age, FL.birthDate)) {
                List<RDFNode> values = kept.listObjectsOfProperty(kept.getResource(node), field).toList();
                assertEquals(1, values.size(), () -> field.getLocalName() + " after " + literal + ": " + values);
                assertTrue(literal.sameValueAs(values.get(0).asLiteral()),
                        () -> field.getLocalName() + " after " + literal + ": " + values);
            }
        }
    }

    private static Literal typed(String lexical, XSDDatatype datatype) {
        return ResourceFactory.createTypedLiteral(lexical, datatype);
    }

    @Test
    void mentorAssignmentsAreKeptOnceAndEnded() {
        String ada = learner("ada");
        GraphMentorAssignments assignments = new GraphMentorAssignments(store);
        assignments.assign("awa", ada);
        assignments.assign("awa", ada);
        assignments.assign("omar", ada);
        assertEquals(List.of("awa", "omar"), assignments.mentorsOf(ada));
        assignments.unassign("awa", ada);
        assertFalse(assignments.isAssigned("awa", ada));
        assertTrue(assignments.isAssigned("omar", ada));
        assertFalse(assignments.isAssigned("omar", learner("someone")));
    }

    @Test
    void learnerLinksAreKeptOnceReadBothWaysAndEnded() {
        String ada = learner("ada");
        String adaAtNgo = "mbox:mailto:ada@ngo.example";
        String adaOpenId = "openid:https://ids.example/ada";
        GraphLearnerLinks links = new GraphLearnerLinks(store);
        links.link(adaOpenId, ada);
        links.link(adaAtNgo, ada);
        links.link(adaAtNgo, ada);
        assertEquals(List.of(adaAtNgo, adaOpenId), links.aliasesOf(ada));
        assertEquals(List.of(ada), links.canonicalsOf(adaAtNgo));
        assertEquals(ada, links.canonical(adaAtNgo));
        assertEquals(ada, links.canonical(ada), "a key that is no alias is its own canonical key");
        links.unlink(adaAtNgo, ada);
        assertEquals(adaAtNgo, links.canonical(adaAtNgo));
        assertEquals(List.of(adaOpenId), links.aliasesOf(ada));
        assertTrue(store.graph(Graphs.LEARNER_LINKS).size() > 0, "kept in the links graph");
    }

    @Test
    void readerPositionIsSavedAndReplaced() {
        GraphReaderPositions positions = new GraphReaderPositions(store);
        positions.save(new ReaderPosition(STORED, Set.of("a", "b")));
        ReaderPosition later = new ReaderPosition(STORED.plusSeconds(5), Set.of("c"));
        positions.save(later);
        assertEquals(Optional.of(later), positions.load());
    }

    @Test
    void frontierQueryOverTheStoredFrameworkEqualsTheInMemoryOne() {
        SharedKnowledge knowledge = SharedKnowledge.load(store);
        String someone = learner("frontier");
        String mastered = knowledge.framework().competencies().stream()
                .filter(competency -> knowledge.framework().prerequisitesOf(competency).isEmpty()).sorted()
                .findFirst().orElseThrow();
        LearnerMastery mastery = LearnerMastery.empty(someone).with(new MasteryEstimate(mastered, 0.95, 0.05,
                20.0, 1, 0, List.of("s1")));
        String learnerGraph = Graphs.ofLearner(someone) + "#mastery";
        store.put(learnerGraph, MasteryTriples.of(mastery));

        Query query = SparqlFiles.query("frontier.rq").asQuery();
        query.addGraphURI(Graphs.FRAMEWORK);
        query.addNamedGraphURI(learnerGraph);
        ParameterizedSparqlString bound = new ParameterizedSparqlString(query.toString());
        bound.setIri("learnerGraph", learnerGraph);
        bound.setLiteral("threshold", MasteryThreshold.DEFAULT.value());
        SortedSet<String> stored = new TreeSet<>();
        store.select(bound.asQuery(), row -> stored.add(row.getResource("competency").getURI()));

        SortedSet<String> inMemory = new SparqlFrontier(store.graph(Graphs.FRAMEWORK), MasteryThreshold.DEFAULT)
                .readyToLearn(mastery);
        assertFalse(stored.isEmpty());
        assertEquals(inMemory, stored);
        assertFalse(stored.contains(mastered));
    }
}
