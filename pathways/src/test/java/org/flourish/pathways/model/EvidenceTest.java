package org.flourish.pathways.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.flourish.pathways.testing.Fixtures;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void scaledScoresAtBothEndsOfTheRangeAreAccepted() {
        assertDoesNotThrow(() -> Fixtures.scored("s1", Fixtures.COMPLETED, Fixtures.QUIZ, -1.0));
        assertDoesNotThrow(() -> Fixtures.scored("s2", Fixtures.COMPLETED, Fixtures.QUIZ, 1.0));
    }

    @Test
    void scaledScoreAboveOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Fixtures.scored("s1", Fixtures.COMPLETED, Fixtures.QUIZ, 1.01));
    }

    @Test
    void scaledScoreThatIsNotANumberIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Fixtures.scored("s1", Fixtures.COMPLETED, Fixtures.QUIZ, Double.NaN));
    }

    @Test
    void blankStatementIdIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Fixtures.scored(" ", Fixtures.COMPLETED, Fixtures.QUIZ, 0.5));
    }
}
