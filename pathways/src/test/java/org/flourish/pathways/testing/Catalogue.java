package org.flourish.pathways.testing;

import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;

/** Opportunities and learners for constraint and ranking tests, around Thiès (Senegal). */
public final class Catalogue {

    public static final GeoPoint THIES = new GeoPoint(14.7910, -16.9359);
    public static final GeoPoint DAKAR = new GeoPoint(14.7167, -17.4677);
    public static final String NGO = "https://example.org/providers/reading-ngo";
    public static final String RADIO = "https://example.org/providers/community-radio";

    private Catalogue() {
    }

    /** A free online French reading course for any age; tests change what they check. */
    public static Opportunity.Builder readingCourse() {
        return Opportunity.builder("https://example.org/opportunities/reading", "Reading course", NGO)
                .develops(Fixtures.ex("syllables")).languages("fr");
    }

    /** A ten-year-old French and Wolof speaker in Thiès who can travel 5 km and has no materials. */
    public static LearnerContext.Builder amina() {
        return LearnerContext.builder().languages("fr", "wo").age(10).location(THIES).maxTravelKm(5.0);
    }
}
