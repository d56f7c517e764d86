package org.flourish.pathways.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.flourish.pathways.model.Goal;
import org.flourish.pathways.model.Recommendation;
import org.flourish.pathways.service.LearnerPathway.CompetencyMastery;
import org.flourish.pathways.service.StatementIntake.Outcome;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.testing.SampleEngine;
import org.flourish.pathways.testing.Statements;
import org.junit.jupiter.api.Test;

/** From statements about a sample learner to her pathway and recommendations, on the sample framework and catalogue. */
class PathwaysTest {

    private static final String LIT_05 = "https://w3id.org/flourish/samples/foundations/LIT-05";
    private static final Instant STORED = Instant.parse("2026-11-02T09:31:00Z");

    private final SampleEngine engine = new SampleEngine();

    private String passOnce() {
        String id = UUID.randomUUID().toString();
        engine.intake.take(Statements.ndeyePassed(UUID.fromString(id), STORED));
        return id;
    }

    @Test
    void passedAssessmentRaisesMasteryWithTheStatementAsProvenanceAndLabelsInFrench() {
        String id = passOnce();
        LearnerPathway pathway = engine.pathways.pathway(Statements.NDEYE, List.of(Locale.FRENCH));
        CompetencyMastery lit05 = pathway.domains().stream().flatMap(d -> d.competencies().stream())
                .filter(c -> c.competency().equals(LIT_05)).findFirst().orElseThrow();
        assertTrue(lit05.mean() > 0.5, () -> "mean " + lit05.mean());
        assertEquals(List.of(id), lit05.supportingStatements());
        assertFalse(lit05.label().equals(LIT_05), "a French label, not the IRI");
        assertEquals(1, pathway.timeline().size());
        assertTrue(pathway.timeline().get(0).evidenceOf().stream().anyMatch(c -> c.id().equals(LIT_05)));
        assertTrue(pathway.timeline().get(0).opportunity().isPresent());
    }

    @Test
    void totalsCountLearnersAndStatementsWithoutNamingAnyone() {
        passOnce();
        passOnce();
        assertEquals(new LearnerRecords.RecordCounts(1, 2), engine.pathways.totals());
    }

    @Test
    void aStatementTakenTwiceCountsOnce() {
        String id = passOnce();
        assertEquals(Outcome.ALREADY_KEPT,
                engine.intake.take(Statements.ndeyePassed(UUID.fromString(id), STORED)));
        assertEquals(1, engine.pathways.pathway(Statements.NDEYE, List.of()).timeline().size());
    }

    @Test
    void voidingTheOnlyStatementEmptiesThePathway() {
        engine.intake.take(Statements.fixture("passed-reading-quiz.json"));
        assertEquals(Outcome.VOIDED_ONE, engine.intake.take(Statements.fixture("voids-reading-quiz.json")));
        LearnerPathway pathway = engine.pathways.pathway(Statements.NDEYE, List.of());
        assertTrue(pathway.domains().isEmpty());
        assertTrue(pathway.timeline().isEmpty());
    }

    @Test
    void recommendationsChangeOnceEvidenceArrivesAndExplainThemselves() {
        List<String> before = titles(engine.pathways.recommendations(Statements.NDEYE, 20).orElseThrow().recommendations());
        for (int i = 0; i < 3; i++) {
            passOnce();
        }
        List<Recommendation> after = engine.pathways.recommendations(Statements.NDEYE, 20).orElseThrow()
                .recommendations();
        assertNotEquals(before, titles(after));
        assertFalse(after.isEmpty());
        assertTrue(after.stream().allMatch(r -> !r.explanation().readyCompetencies().isEmpty()
                && !r.explanation().constraintChecks().isEmpty()));
    }

    @Test
    void vetoedOpportunityIsLeftOutAndPinnedOneComesFirstEachRecordedAsAMentorStatement() {
        List<Recommendation> initial = engine.pathways.recommendations(Statements.NDEYE, 20).orElseThrow()
                .recommendations();
        assertTrue(initial.size() >= 2, "needs two recommendations to reorder");
        String vetoed = initial.get(0).opportunity().iri();
        String pinned = initial.get(initial.size() - 1).opportunity().iri();
        engine.mentors.veto("awa", Statements.NDEYE, vetoed);
        engine.mentors.pin("awa", Statements.NDEYE, pinned);
        List<Recommendation> after = engine.pathways.recommendations(Statements.NDEYE, 20).orElseThrow()
                .recommendations();
        assertEquals(pinned, after.get(0).opportunity().iri());
        assertTrue(after.stream().noneMatch(r -> r.opportunity().iri().equals(vetoed)));
        assertEquals(List.of(MentorVerbs.VETOED, MentorVerbs.PINNED), engine.sentToLrs.stream()
                .map(s -> s.getJsonObject("verb").getString("id")).toList());
        assertEquals("awa", engine.sentToLrs.get(0).getJsonObject("actor").getJsonObject("account")
                .getString("name"));
    }

    @Test
    void goalsSetByAMentorReplaceTheLearnersOwn() {
        engine.mentors.setGoals("awa", Statements.NDEYE, List.of(new Goal(LIT_05, 0.9)));
        assertEquals(List.of(LIT_05), engine.pathways.recommendations(Statements.NDEYE, 20).orElseThrow().goals());
        assertEquals(MentorVerbs.SET_GOAL, engine.sentToLrs.get(0).getJsonObject("verb").getString("id"));
    }

    @Test
    void learnerWithoutKnownContextGetsNoRecommendations() {
        assertTrue(engine.pathways.recommendations("mbox:mailto:nobody@example.org", 20).isEmpty());
    }

    private static List<String> titles(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> r.opportunity().iri()).toList();
    }
}
