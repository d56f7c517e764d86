package org.flourish.pathways.recommend.constraints;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.flourish.pathways.model.AccessibilityFeature;
import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.testing.Catalogue;
import org.junit.jupiter.api.Test;

class AccessibilityConstraintTest {

    private final AccessibilityConstraint constraint = new AccessibilityConstraint();
    private final LearnerContext usesWheelchair = Catalogue.amina()
            .accessibilityNeeds(Set.of(AccessibilityFeature.WHEELCHAIR_ACCESSIBLE)).build();

    @Test
    void learnerWithoutNeedsTakesPartAnywhere() {
        assertTrue(constraint.check(Catalogue.readingCourse().inPersonAt(Catalogue.THIES).build(),
                Catalogue.amina().build()).satisfied());
    }

    @Test
    void inPersonOpportunityWithoutStepFreeAccessIsExcludedForAWheelchairUser() {
        ConstraintCheck check = constraint.check(Catalogue.readingCourse().inPersonAt(Catalogue.THIES).build(),
                usesWheelchair);
        assertFalse(check.satisfied());
        assertTrue(check.reason().contains("wheelchair-accessible"), check::reason);
    }

    @Test
    void stepFreeVenueOrNoVenueAtAllFitsAWheelchairUser() {
        assertTrue(constraint.check(Catalogue.readingCourse().inPersonAt(Catalogue.THIES)
                .accessibility(EnumSet.of(AccessibilityFeature.WHEELCHAIR_ACCESSIBLE)).build(), usesWheelchair)
                .satisfied());
        assertTrue(constraint.check(Catalogue.readingCourse().modality(Modality.RADIO).build(), usesWheelchair)
                .satisfied());
    }

    @Test
    void everyNeedMustBeMet() {
        LearnerContext twoNeeds = Catalogue.amina().accessibilityNeeds(
                Set.of(AccessibilityFeature.SIGN_LANGUAGE, AccessibilityFeature.GIRLS_ONLY)).build();
        ConstraintCheck check = constraint.check(Catalogue.readingCourse()
                .accessibility(EnumSet.of(AccessibilityFeature.GIRLS_ONLY)).build(), twoNeeds);
        assertFalse(check.satisfied());
        assertTrue(check.reason().contains("sign-language"), check::reason);
    }
}
