package org.flourish.pathways.recommend.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flourish.pathways.testing.Catalogue;
import org.junit.jupiter.api.Test;

class MaterialsConstraintTest {

    private final MaterialsConstraint constraint = new MaterialsConstraint();

    @Test
    void opportunityNeedingMaterialsIsExcludedForALearnerWithout() {
        assertEquals("needs materials the learner does not have", constraint.violation(
                Catalogue.readingCourse().materialsNeeded(true).build(), Catalogue.amina().build()).orElseThrow());
    }

    @Test
    void opportunityNeedingMaterialsFitsALearnerWhoHasThem() {
        assertTrue(constraint.check(Catalogue.readingCourse().materialsNeeded(true).build(),
                Catalogue.amina().hasMaterials(true).build()).satisfied());
    }

    @Test
    void opportunityNeedingNoMaterialsFitsEveryone() {
        assertTrue(constraint.check(Catalogue.readingCourse().build(), Catalogue.amina().build()).satisfied());
    }
}
