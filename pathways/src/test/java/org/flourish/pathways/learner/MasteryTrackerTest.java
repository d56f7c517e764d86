package org.flourish.pathways.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.EvidenceKind;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.testing.Fixtures;
import org.junit.jupiter.api.Test;

class MasteryTrackerTest {

    private static final String LETTERS = Fixtures.ex("letters");
    private static final String ORAL = Fixtures.ex("oralStories");

    private final MasteryTracker tracker = new MasteryTracker(BayesianMasteryModel.withUniformPrior(), List.of(
            EvidenceRule.forActivity(Fixtures.COMPLETED, Fixtures.QUIZ, LETTERS, 1.0, EvidenceKind.ASSESSED),
            EvidenceRule.forActivity(Fixtures.ATTENDED, Fixtures.RADIO_LESSON, LETTERS, 1.0, EvidenceKind.PARTICIPATION),
            EvidenceRule.forActivity(Fixtures.ATTENDED, Fixtures.RADIO_LESSON, ORAL, 1.0, EvidenceKind.PARTICIPATION)));

    @Test
    void oneStatementUpdatesEveryCompetencyItIsEvidenceOf() {
        LearnerMastery after = tracker.apply(LearnerMastery.empty(Fixtures.LEARNER),
                Fixtures.withoutResult("radio-1", Fixtures.ATTENDED, Fixtures.RADIO_LESSON));
        assertEquals(List.of("radio-1"), after.estimateFor(LETTERS).orElseThrow().supportingStatements());
        assertEquals(List.of("radio-1"), after.estimateFor(ORAL).orElseThrow().supportingStatements());
    }

    @Test
    void statementNoRuleMatchesLeavesMasteryEmpty() {
        LearnerMastery after = tracker.apply(LearnerMastery.empty(Fixtures.LEARNER),
                Fixtures.scored("s1", Fixtures.ATTENDED, Fixtures.QUIZ, 1.0));
        assertTrue(after.estimates().isEmpty());
    }

    @Test
    void uninformativeStatementCreatesNoEstimate() {
        LearnerMastery after = tracker.apply(LearnerMastery.empty(Fixtures.LEARNER),
                Fixtures.withoutResult("s1", Fixtures.COMPLETED, Fixtures.QUIZ));
        assertTrue(after.estimateFor(LETTERS).isEmpty());
    }

    @Test
    void statementAboutAnotherLearnerIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> tracker.apply(LearnerMastery.empty("mailto:other@example.org"),
                Fixtures.scored("s1", Fixtures.COMPLETED, Fixtures.QUIZ, 1.0)));
    }

    @Test
    void statementsAreAppliedInTimestampOrderWhateverTheirArrivalOrder() {
        Evidence early = at("a", "2026-03-01T09:00:00Z");
        Evidence late = at("b", "2026-03-02T09:00:00Z");
        LearnerMastery forward = tracker.applyAll(LearnerMastery.empty(Fixtures.LEARNER), List.of(early, late));
        LearnerMastery backward = tracker.applyAll(LearnerMastery.empty(Fixtures.LEARNER), List.of(late, early));
        assertEquals(forward, backward);
        assertEquals(List.of("a", "b"), forward.estimateFor(LETTERS).orElseThrow().supportingStatements());
    }

    private static Evidence at(String statementId, String timestamp) {
        return new Evidence(Fixtures.LEARNER, statementId, Fixtures.COMPLETED, Fixtures.QUIZ, Optional.empty(),
                OptionalDouble.of(0.9), Optional.empty(), Optional.empty(), Instant.parse(timestamp), "school-a");
    }
}
