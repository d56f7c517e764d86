package org.flourish.pathways.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadableNamesTest {

    @Test
    void lastPathSegmentFragmentHostAndMailAddressReadAsNames() {
        assertEquals("NUM-04", ReadableNames.of("https://w3id.org/flourish/samples/foundations/NUM-04"));
        assertEquals("Numeracy Mathematics", ReadableNames.of("https://w3id.org/flourish/ns#NumeracyMathematics"));
        assertEquals("sunrise.example.org", ReadableNames.of("https://sunrise.example.org"));
        assertEquals("sunrise.example.org", ReadableNames.of("https://Sunrise.example.org/"));
        assertEquals("office@sunrise.example.org", ReadableNames.of("mailto:office@sunrise.example.org"));
        assertEquals("reading circle", ReadableNames.of("https://sunrise.example.org/activities/reading_circle"));
        assertEquals("no-domain", ReadableNames.of("urn:flourish:no-domain"));
        assertEquals("café", ReadableNames.of("https://example.org/caf%C3%A9"));
    }
}
