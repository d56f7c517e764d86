package org.flourish.pathways.recommend.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.testing.Catalogue;
import org.junit.jupiter.api.Test;

class CostConstraintTest {

    private final CostConstraint constraint = new CostConstraint();
    private final LearnerContext canPay2000 = Catalogue.amina().maxCostPerMonth(new BigDecimal("2000")).build();

    @Test
    void freeOpportunityFitsALearnerWhoCannotPay() {
        assertTrue(constraint.check(Catalogue.readingCourse().build(), Catalogue.amina().build()).satisfied());
    }

    @Test
    void cheaperOpportunityFits() {
        assertTrue(constraint.check(Catalogue.readingCourse().costPerMonth(new BigDecimal("1500")).build(), canPay2000)
                .satisfied());
    }

    @Test
    void costExactlyAtTheLimitFitsWhateverItsScale() {
        assertTrue(constraint.check(Catalogue.readingCourse().costPerMonth(new BigDecimal("2000.00")).build(),
                canPay2000).satisfied());
    }

    @Test
    void dearerOpportunityIsExcluded() {
        assertEquals("costs 2000.01 per month, more than 2000", constraint.violation(
                Catalogue.readingCourse().costPerMonth(new BigDecimal("2000.01")).build(), canPay2000).orElseThrow());
    }
}
