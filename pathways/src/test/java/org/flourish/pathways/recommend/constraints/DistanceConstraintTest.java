package org.flourish.pathways.recommend.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.testing.Catalogue;
import org.junit.jupiter.api.Test;

class DistanceConstraintTest {

    private final DistanceConstraint constraint = new DistanceConstraint();

    @Test
    void haversineGivesTheKnownDistanceFromThiesToDakar() {
        assertEquals(57.6, Haversine.kilometres(Catalogue.THIES, Catalogue.DAKAR), 0.5);
    }

    @Test
    void haversineOfAQuarterOfTheEquatorIsAQuarterOfTheCircumference() {
        assertEquals(Math.PI * Haversine.EARTH_RADIUS_KM / 2,
                Haversine.kilometres(new GeoPoint(0, 0), new GeoPoint(0, 90)), 1e-6);
    }

    @Test
    void venueWithinTravelDistanceFits() {
        Opportunity nearby = Catalogue.readingCourse().inPersonAt(new GeoPoint(14.80, -16.94)).build();
        assertTrue(constraint.check(nearby, Catalogue.amina().build()).satisfied());
    }

    @Test
    void venueBeyondTravelDistanceIsExcluded() {
        Opportunity inDakar = Catalogue.readingCourse().inPersonAt(Catalogue.DAKAR).build();
        assertTrue(constraint.violation(inDakar, Catalogue.amina().build()).orElseThrow().startsWith("57."));
    }

    @Test
    void venueExactlyAtTheTravelLimitFits() {
        Opportunity inDakar = Catalogue.readingCourse().inPersonAt(Catalogue.DAKAR).build();
        double exact = Haversine.kilometres(Catalogue.THIES, Catalogue.DAKAR);
        assertTrue(constraint.check(inDakar, Catalogue.amina().maxTravelKm(exact).build()).satisfied());
        assertFalse(constraint.check(inDakar, Catalogue.amina().maxTravelKm(Math.nextDown(exact)).build())
                .satisfied());
    }

    @Test
    void inPersonOpportunityIsExcludedWhenTheLearnersLocationIsUnknown() {
        LearnerContext nowhere = LearnerContext.builder().languages("fr").age(10).maxTravelKm(100).build();
        assertEquals("learner's location is unknown", constraint.violation(
                Catalogue.readingCourse().inPersonAt(Catalogue.THIES).build(), nowhere).orElseThrow());
    }

    @Test
    void radioLessonNeedsNoTravel() {
        LearnerContext nowhere = LearnerContext.builder().languages("fr").age(10).build();
        assertTrue(constraint.check(Catalogue.readingCourse().modality(Modality.RADIO).build(), nowhere).satisfied());
    }
}
