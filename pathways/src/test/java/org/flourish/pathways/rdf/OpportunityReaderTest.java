package org.flourish.pathways.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.model.AccessibilityFeature;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.model.WeeklySlot;
import org.flourish.pathways.store.SharedGraphs;
import org.flourish.pathways.testing.Catalogue;
import org.flourish.pathways.testing.Fixtures;
import org.flourish.pathways.vocab.FL;
import org.junit.jupiter.api.Test;

class OpportunityReaderTest {

    private static final String READING_CLUB = "https://example.org/opportunities/reading-club";

    private final List<Opportunity> catalogue = OpportunityReader.read(Fixtures.thiesCatalogue());

    private Opportunity readingClub() {
        return catalogue.stream().filter(o -> o.iri().equals(READING_CLUB)).findFirst().orElseThrow();
    }

    @Test
    void everyOpportunityOfTheCatalogueIsReadInIriOrder() {
        assertEquals(List.of("https://example.org/opportunities/radio-counting", READING_CLUB),
                catalogue.stream().map(Opportunity::iri).toList());
    }

    @Test
    void inPersonOpportunityIsReadWithEveryProperty() {
        Opportunity club = readingClub();
        assertEquals("Reading club", club.title());
        assertEquals(Catalogue.NGO, club.provider());
        assertEquals(Set.of(Fixtures.ex("syllables"), Fixtures.ex("words")), club.develops());
        assertEquals(Set.of("fr", "wo"), club.languages());
        assertEquals(OptionalInt.of(7), club.minAge());
        assertEquals(OptionalInt.of(12), club.maxAge());
        assertEquals(Modality.IN_PERSON, club.modality());
        assertEquals(Optional.of(new GeoPoint(14.795, -16.93)), club.location());
        assertEquals(0, new BigDecimal("1500").compareTo(club.costPerMonth()));
        assertEquals(OptionalInt.of(25), club.capacity());
        assertTrue(club.materialsNeeded());
        assertEquals(Optional.of("https://example.org/activities/reading-club"), club.activityId());
    }

    @Test
    void radioOpportunityWithoutOptionalPropertiesIsFreeAndUnlimited() {
        Opportunity radio = catalogue.get(0);
        assertEquals(Modality.RADIO, radio.modality());
        assertEquals(BigDecimal.ZERO, radio.costPerMonth());
        assertEquals(OptionalInt.empty(), radio.capacity());
        assertEquals(Optional.empty(), radio.location());
    }

    @Test
    void opportunityWithoutModalityIsRejected() {
        Model model = Fixtures.thiesCatalogue();
        model.getResource(READING_CLUB).removeAll(FL.modality);
        assertThrows(IllegalArgumentException.class, () -> OpportunityReader.read(model));
    }

    @Test
    void opportunityWithALatitudeButNoLongitudeIsRejected() {
        Model model = Fixtures.thiesCatalogue();
        model.getResource(READING_CLUB).removeAll(FL.longitude);
        assertThrows(IllegalArgumentException.class, () -> OpportunityReader.read(model));
    }

    @Test
    void scheduleSlotsAndAccessibilityAreReadFromTheShippedCatalogue() {
        List<Opportunity> shipped = OpportunityReader.read(SharedGraphs.turtleResource(
                "/flourish/samples/thies-catalogue.ttl"));
        Opportunity school = shipped.stream().filter(o -> o.iri().equals(
                "https://w3id.org/flourish/samples/thies/opportunity/ci-lecture-mbour-3")).findFirst().orElseThrow();
        assertEquals(List.of(WeeklySlot.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
                LocalTime.of(10, 0))), school.schedule());
        assertTrue(shipped.stream().filter(o -> !o.schedule().isEmpty()).count() >= 300);
        assertTrue(shipped.stream().anyMatch(o -> o.accessibility().contains(
                AccessibilityFeature.WHEELCHAIR_ACCESSIBLE)));
    }
}
