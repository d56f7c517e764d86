package org.flourish.pathways.recommend.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.testing.Catalogue;
import org.junit.jupiter.api.Test;

class AgeConstraintTest {

    private final AgeConstraint constraint = new AgeConstraint();
    private final Opportunity eightToTwelve = Catalogue.readingCourse().ages(8, 12).build();

    @Test
    void learnerInsideTheAgeRangeFits() {
        assertTrue(constraint.check(eightToTwelve, Catalogue.amina().age(10).build()).satisfied());
    }

    @Test
    void learnersExactlyAtEitherBoundFit() {
        assertTrue(constraint.check(eightToTwelve, Catalogue.amina().age(8).build()).satisfied());
        assertTrue(constraint.check(eightToTwelve, Catalogue.amina().age(12).build()).satisfied());
    }

    @Test
    void youngerLearnerIsExcludedBelowTheMinimum() {
        assertEquals("learner is 7, below the minimum age of 8",
                constraint.violation(eightToTwelve, Catalogue.amina().age(7).build()).orElseThrow());
    }

    @Test
    void olderLearnerIsExcludedAboveTheMaximum() {
        assertEquals("learner is 13, above the maximum age of 12",
                constraint.violation(eightToTwelve, Catalogue.amina().age(13).build()).orElseThrow());
    }

    @Test
    void opportunityWithoutAgeLimitsFitsEveryAge() {
        assertTrue(constraint.check(Catalogue.readingCourse().build(), Catalogue.amina().age(70).build()).satisfied());
    }
}
