package org.flourish.lrs.xapi.validate.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"PT4H35M59.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "PT1234S", "PT1H0M0S", "P1D",
            "PT0.5S", "P0,5Y", "PT1.5H", "P1M", "PT1M"})
    void iso8601DurationsAreValid(String duration) {
        assertTrue(DurationFormat.isValid(duration));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "P1DT", "4H", "P4W1D", "P1D4W", "P1H", "PT1D", "P1M1Y", "PT1S1M", "P1Y1Y",
            "PT1.5H30M", "P1.S", "P.5S", "PT-1S", "p1d", "P0003-01-29T04:35:59", "P1DT1HT1M", "PT1H ", "P 1D"})
    void malformedDurationsAreRejected(String duration) {
        assertFalse(DurationFormat.isValid(duration));
    }
}
