package org.flourish.pathways.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.flourish.pathways.testing.Fixtures;
import org.junit.jupiter.api.Test;

class MasteryEstimateTest {

    private static final String LETTERS = Fixtures.ex("letters");

    @Test
    void meanAboveOneIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new MasteryEstimate(LETTERS, 1.2, 0.1, 3.0, 1, 0, List.of("s1")));
    }

    @Test
    void evidenceCountMustMatchTheSupportingStatements() {
        assertThrows(IllegalArgumentException.class,
                () -> new MasteryEstimate(LETTERS, 0.5, 0.1, 3.0, 2, 0, List.of("s1")));
    }

    @Test
    void repeatedSupportingStatementIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new MasteryEstimate(LETTERS, 0.5, 0.1, 3.0, 2, 0, List.of("s1", "s1")));
    }

    @Test
    void moreParticipationsThanStatementsIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new MasteryEstimate(LETTERS, 0.5, 0.1, 3.0, 1, 2, List.of("s1")));
    }

    @Test
    void competencyWithoutEstimateHasMeanZero() {
        LearnerMastery mastery = Fixtures.masteryOf(Map.of("letters", 0.9));
        assertEquals(0.9, mastery.meanOf(LETTERS));
        assertEquals(0.0, mastery.meanOf(Fixtures.ex("words")));
    }

    @Test
    void learnerMasteryRejectsAnEstimateFiledUnderAnotherCompetency() {
        MasteryEstimate letters = Fixtures.estimate(LETTERS, 0.5, "s1");
        assertThrows(IllegalArgumentException.class,
                () -> new LearnerMastery(Fixtures.LEARNER, Map.of(Fixtures.ex("words"), letters)));
    }
}
