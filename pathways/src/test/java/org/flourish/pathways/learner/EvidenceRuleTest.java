package org.flourish.pathways.learner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.EvidenceKind;
import org.flourish.pathways.testing.Fixtures;
import org.junit.jupiter.api.Test;

class EvidenceRuleTest {

    private static final String LETTERS = Fixtures.ex("letters");
    private static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";

    @Test
    void ruleForAnActivityMatchesThatVerbAndActivity() {
        EvidenceRule rule = EvidenceRule.forActivity(Fixtures.COMPLETED, Fixtures.QUIZ, LETTERS, 1.0, EvidenceKind.ASSESSED);
        assertTrue(rule.matches(Fixtures.scored("s1", Fixtures.COMPLETED, Fixtures.QUIZ, 0.8)));
    }

    @Test
    void ruleForAnActivityIgnoresAnotherVerb() {
        EvidenceRule rule = EvidenceRule.forActivity(Fixtures.COMPLETED, Fixtures.QUIZ, LETTERS, 1.0, EvidenceKind.ASSESSED);
        assertFalse(rule.matches(Fixtures.scored("s1", Fixtures.ATTENDED, Fixtures.QUIZ, 0.8)));
    }

    @Test
    void ruleForAnActivityTypeMatchesAnyActivityOfThatType() {
        EvidenceRule rule = EvidenceRule.forActivityType(Fixtures.COMPLETED, ASSESSMENT, LETTERS, 1.0,
                EvidenceKind.ASSESSED);
        Evidence typed = new Evidence(Fixtures.LEARNER, "s1", Fixtures.COMPLETED, "https://example.org/any-quiz",
                Optional.of(ASSESSMENT), OptionalDouble.of(0.5), Optional.empty(), Optional.empty(), Instant.EPOCH, "p");
        assertTrue(rule.matches(typed));
        assertFalse(rule.matches(Fixtures.scored("s2", Fixtures.COMPLETED, Fixtures.QUIZ, 0.5)));
    }

    @Test
    void ruleNamingBothActivityAndTypeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new EvidenceRule(Fixtures.COMPLETED,
                Optional.of(Fixtures.QUIZ), Optional.of(ASSESSMENT), LETTERS, 1.0, EvidenceKind.ASSESSED));
    }

    @Test
    void ruleWithZeroWeightIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> EvidenceRule.forActivity(Fixtures.COMPLETED, Fixtures.QUIZ, LETTERS, 0.0, EvidenceKind.ASSESSED));
    }
}
