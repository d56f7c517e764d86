package org.flourish.pathways.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.EvidenceKind;
import org.flourish.pathways.model.MasteryEstimate;
import org.flourish.pathways.recommend.MasteryThreshold;
import org.flourish.pathways.testing.Fixtures;
import org.junit.jupiter.api.Test;

class BayesianMasteryModelTest {

    private static final String LETTERS = Fixtures.ex("letters");
    private static final EvidenceRule QUIZ_RULE =
            EvidenceRule.forActivity(Fixtures.COMPLETED, Fixtures.QUIZ, LETTERS, 1.0, EvidenceKind.ASSESSED);
    private static final EvidenceRule OBSERVED_RULE =
            EvidenceRule.forActivity(Fixtures.COMPLETED, Fixtures.QUIZ, LETTERS, 1.0, EvidenceKind.OBSERVED);
    private static final EvidenceRule RADIO_RULE =
            EvidenceRule.forActivity(Fixtures.ATTENDED, Fixtures.RADIO_LESSON, LETTERS, 1.0, EvidenceKind.PARTICIPATION);

    private final BayesianMasteryModel model = BayesianMasteryModel.withUniformPrior();
    private final MasteryEstimate prior = model.initial(LETTERS);

    @Test
    void uniformPriorHasMeanOneHalfAndNoEvidence() {
        assertEquals(0.5, prior.mean());
        assertEquals(0, prior.evidenceCount());
        assertEquals(Math.sqrt(0.25 / 3.0), prior.uncertainty(), 1e-12);
    }

    @Test
    void fullScoreOnAnAssessmentIsOneSuccessfulObservation() {
        MasteryEstimate after = model.update(prior, Fixtures.scored("s1", Fixtures.COMPLETED, Fixtures.QUIZ, 1.0), QUIZ_RULE);
        assertEquals(2.0 / 3.0, after.mean(), 1e-12);
        assertEquals(3.0, after.strength(), 1e-12);
        assertEquals(List.of("s1"), after.supportingStatements());
    }

    @Test
    void failureMovesTheMeanDown() {
        MasteryEstimate after = model.update(prior, Fixtures.succeeded("s1", Fixtures.COMPLETED, Fixtures.QUIZ, false),
                QUIZ_RULE);
        assertEquals(1.0 / 3.0, after.mean(), 1e-12);
    }

    @Test
    void negativeScaledScoreCountsAsZero() {
        MasteryEstimate after = model.update(prior, Fixtures.scored("s1", Fixtures.COMPLETED, Fixtures.QUIZ, -0.5),
                QUIZ_RULE);
        assertEquals(1.0 / 3.0, after.mean(), 1e-12);
    }

    @Test
    void partialScoreMovesTheMeanPartway() {
        MasteryEstimate after = model.update(prior, Fixtures.scored("s1", Fixtures.COMPLETED, Fixtures.QUIZ, 0.8),
                QUIZ_RULE);
        assertEquals((1.0 + 0.8) / 3.0, after.mean(), 1e-12);
    }

    @Test
    void aScoreThatCountsItsItemsIsThatManyObservations() {
        MasteryEstimate after = model.update(prior, itemsScored(0.8, 5), QUIZ_RULE);
        assertEquals((1.0 + 4.0) / (2.0 + 5.0), after.mean(), 1e-12);
        assertEquals(7.0, after.strength(), 1e-12);
        assertTrue(after.mean() >= 0.6, "four of five right meets a prerequisite minimum of 0.6");
    }

    @Test
    void aScoreOnALongScaleCountsAtMostTenItems() {
        MasteryEstimate after = model.update(prior, itemsScored(0.73, 100), QUIZ_RULE);
        assertEquals(2.0 + 10.0, after.strength(), 1e-12);
        assertEquals((1.0 + 7.3) / 12.0, after.mean(), 1e-12);
    }

    @Test
    void itemsCountOnlyForAssessments() {
        assertEquals(model.update(prior, Fixtures.scored("s1", Fixtures.COMPLETED, Fixtures.QUIZ, 0.8), OBSERVED_RULE),
                model.update(prior, itemsScored(0.8, 5), OBSERVED_RULE));
    }

    private static Evidence itemsScored(double scaled, int items) {
        Evidence scored = Fixtures.scored("s1", Fixtures.COMPLETED, Fixtures.QUIZ, scaled);
        return new Evidence(scored.learnerKey(), scored.statementId(), scored.verb(), scored.activityId(),
                scored.activityType(), scored.scoreScaled(), scored.success(), scored.completion(), scored.timestamp(),
                scored.provider(), scored.providerName(), java.util.OptionalInt.of(items));
    }

    @Test
    void evidenceMakesTheEstimateMoreCertain() {
        MasteryEstimate after = model.update(prior, Fixtures.scored("s1", Fixtures.COMPLETED, Fixtures.QUIZ, 0.5),
                QUIZ_RULE);
        assertTrue(after.uncertainty() < prior.uncertainty());
    }

    @Test
    void assessedSuccessCountsMoreThanObservedSuccess() {
        Evidence success = Fixtures.succeeded("s1", Fixtures.COMPLETED, Fixtures.QUIZ, true);
        assertTrue(model.update(prior, success, QUIZ_RULE).mean() > model.update(prior, success, OBSERVED_RULE).mean());
    }

    @Test
    void assessedSuccessCountsMoreThanParticipation() {
        MasteryEstimate assessed = model.update(prior, Fixtures.succeeded("s1", Fixtures.COMPLETED, Fixtures.QUIZ, true),
                QUIZ_RULE);
        MasteryEstimate attended = model.update(prior, Fixtures.withoutResult("s2", Fixtures.ATTENDED,
                Fixtures.RADIO_LESSON), RADIO_RULE);
        assertTrue(assessed.mean() > attended.mean());
        assertTrue(attended.mean() > prior.mean());
    }

    @Test
    void repeatedParticipationSaturatesBelowMastery() {
        MasteryEstimate estimate = prior;
        for (int lesson = 0; lesson < 200; lesson++) {
            estimate = model.update(estimate, Fixtures.withoutResult("radio-" + lesson, Fixtures.ATTENDED,
                    Fixtures.RADIO_LESSON), RADIO_RULE);
        }
        double ceiling = (1.0 + 2 * BayesianMasteryModel.PARTICIPATION_FACTOR)
                / (2.0 + 2 * BayesianMasteryModel.PARTICIPATION_FACTOR);
        assertTrue(estimate.mean() <= ceiling + 1e-12, "mean " + estimate.mean());
        assertTrue(!MasteryThreshold.DEFAULT.isMastered(estimate.mean()));
        assertEquals(200, estimate.participationCount());
    }

    @Test
    void repeatedAssessedSuccessReachesMastery() {
        MasteryEstimate estimate = prior;
        for (int quiz = 0; quiz < 4; quiz++) {
            estimate = model.update(estimate, Fixtures.succeeded("quiz-" + quiz, Fixtures.COMPLETED, Fixtures.QUIZ,
                    true), QUIZ_RULE);
        }
        assertEquals(5.0 / 6.0, estimate.mean(), 1e-12);
        assertTrue(MasteryThreshold.DEFAULT.isMastered(estimate.mean()));
    }

    @Test
    void ruleWeightScalesTheObservation() {
        EvidenceRule heavy = EvidenceRule.forActivity(Fixtures.COMPLETED, Fixtures.QUIZ, LETTERS, 2.0,
                EvidenceKind.ASSESSED);
        MasteryEstimate after = model.update(prior, Fixtures.succeeded("s1", Fixtures.COMPLETED, Fixtures.QUIZ, true),
                heavy);
        assertEquals(3.0 / 4.0, after.mean(), 1e-12);
    }

    @Test
    void sameStatementAppliedTwiceChangesNothing() {
        Evidence success = Fixtures.succeeded("s1", Fixtures.COMPLETED, Fixtures.QUIZ, true);
        MasteryEstimate once = model.update(prior, success, QUIZ_RULE);
        assertSame(once, model.update(once, success, QUIZ_RULE));
    }

    @Test
    void assessmentWithoutAnyResultLeavesTheEstimateUnchanged() {
        assertSame(prior, model.update(prior, Fixtures.withoutResult("s1", Fixtures.COMPLETED, Fixtures.QUIZ),
                QUIZ_RULE));
    }

    @Test
    void ruleForAnotherCompetencyIsRefused() {
        MasteryEstimate words = model.initial(Fixtures.ex("words"));
        assertThrows(IllegalArgumentException.class, () -> model.update(words,
                Fixtures.succeeded("s1", Fixtures.COMPLETED, Fixtures.QUIZ, true), QUIZ_RULE));
    }

    @Test
    void evidenceTheRuleDoesNotMatchIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> model.update(prior,
                Fixtures.succeeded("s1", Fixtures.ATTENDED, Fixtures.QUIZ, true), QUIZ_RULE));
    }
}
