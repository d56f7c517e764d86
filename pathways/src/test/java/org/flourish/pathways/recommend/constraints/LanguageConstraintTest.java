package org.flourish.pathways.recommend.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.flourish.pathways.testing.Catalogue;
import org.junit.jupiter.api.Test;

class LanguageConstraintTest {

    private final LanguageConstraint constraint = new LanguageConstraint();

    @Test
    void opportunityInALanguageTheLearnerSpeaksFits() {
        assertEquals(Optional.empty(), constraint.violation(Catalogue.readingCourse().languages("wo").build(),
                Catalogue.amina().build()));
    }

    @Test
    void opportunityOnlyInOtherLanguagesIsExcludedWithTheLanguagesNamed() {
        Optional<String> violation = constraint.violation(Catalogue.readingCourse().languages("en", "ar").build(),
                Catalogue.amina().build());
        assertTrue(violation.orElseThrow().contains("ar, en"), violation.get());
    }

    @Test
    void regionalVariantOfASpokenLanguageFits() {
        assertTrue(constraint.check(Catalogue.readingCourse().languages("fr-SN").build(), Catalogue.amina().build())
                .satisfied());
    }

    @Test
    void languageTagsAreComparedWithoutRegardToCase() {
        assertTrue(constraint.check(Catalogue.readingCourse().languages("FR").build(), Catalogue.amina().build())
                .satisfied());
    }

    @Test
    void learnerWithoutKnownLanguagesFitsNoOpportunity() {
        assertFalse(constraint.check(Catalogue.readingCourse().build(), Catalogue.amina().languages().build())
                .satisfied());
    }
}
