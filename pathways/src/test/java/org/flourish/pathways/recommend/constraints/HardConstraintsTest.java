package org.flourish.pathways.recommend.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.testing.Catalogue;
import org.junit.jupiter.api.Test;

class HardConstraintsTest {

    private final HardConstraints standard = HardConstraints.standard();

    @Test
    void standardConstraintsCheckEveryRuleInOrder() {
        List<String> names = standard.check(Catalogue.readingCourse().build(), Catalogue.amina().build()).stream()
                .map(ConstraintCheck::constraint).toList();
        assertEquals(List.of("language", "age", "modality", "distance", "cost", "schedule", "materials",
                "accessibility", "capacity"),
                names);
    }

    @Test
    void opportunityFittingEveryRuleIsAdmitted() {
        assertTrue(standard.admit(Catalogue.readingCourse().build(), Catalogue.amina().build()));
    }

    @Test
    void oneViolatedRuleIsEnoughToExclude() {
        assertFalse(standard.admit(Catalogue.readingCourse().costPerMonth(BigDecimal.ONE).build(),
                Catalogue.amina().build()));
    }
}
