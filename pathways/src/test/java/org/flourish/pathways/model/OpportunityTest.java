package org.flourish.pathways.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class OpportunityTest {

    private static Opportunity.Builder reading() {
        return Opportunity.builder("https://example.org/opp/club", "Reading club", "https://example.org/ngo")
                .develops("https://example.org/literacy#words").languages("fr");
    }

    @Test
    void inPersonOpportunityWithoutLocationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> reading().modality(Modality.IN_PERSON).build());
    }

    @Test
    void opportunityThatDevelopsNothingIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Opportunity.builder("https://example.org/opp/x", "X", "https://example.org/ngo")
                        .languages("fr").build());
    }

    @Test
    void minimumAgeAboveMaximumAgeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> reading().ages(12, 8).build());
    }

    @Test
    void negativeCostIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> reading().costPerMonth(new BigDecimal("-1")).build());
    }

    @Test
    void radioOpportunityNeedsNoLocation() {
        assertDoesNotThrow(() -> reading().modality(Modality.RADIO).build());
    }

    @Test
    void latitudeBeyondThePoleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(90.5, 0.0));
    }
}
