package org.flourish.pathways.recommend.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flourish.pathways.testing.Catalogue;
import org.junit.jupiter.api.Test;

class CapacityConstraintTest {

    private final CapacityConstraint constraint = new CapacityConstraint();

    @Test
    void opportunityWithPlacesLeftFits() {
        assertEquals("1 of 25 places left", constraint.check(Catalogue.readingCourse().capacity(25, 24).build(),
                Catalogue.amina().build()).reason());
    }

    @Test
    void fullOpportunityIsExcluded() {
        assertEquals("all 25 places are taken", constraint.violation(
                Catalogue.readingCourse().capacity(25, 25).build(), Catalogue.amina().build()).orElseThrow());
    }

    @Test
    void opportunityWithoutCapacityNeverFillsUp() {
        assertTrue(constraint.check(Catalogue.readingCourse().build(), Catalogue.amina().build()).satisfied());
    }
}
