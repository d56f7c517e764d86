package org.flourish.lrs.xapi.validate.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flourish.lrs.xapi.validate.format.TimestampFormat.OffsetRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"2015-11-18T12:17:00+00:00", "2013-05-18T05:32:34.804Z",
            "2026-03-01T09:30:00.123456789-05:30", "2024-02-29T00:00:00z", "2016-12-31T23:59:60Z",
            "0001-01-01t00:00:00+23:59"})
    void rfc3339DateTimesWithAnOffsetAreValidInBothVersions(String timestamp) {
        assertTrue(TimestampFormat.isValid(timestamp, OffsetRule.MUST_INCLUDE));
        assertTrue(TimestampFormat.isValid(timestamp, OffsetRule.MAY_OMIT));
    }

    @Test
    void aTimestampWithoutOffsetIsValidOnlyWhenTheOffsetMayBeOmitted() {
        assertTrue(TimestampFormat.isValid("2026-03-01T09:30:00.123", OffsetRule.MAY_OMIT));
        assertFalse(TimestampFormat.isValid("2026-03-01T09:30:00.123", OffsetRule.MUST_INCLUDE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-03-01", "2026-03-01T09:30", "2026-03-01 09:30:00Z", "2026-3-01T09:30:00Z",
            "2023-02-29T10:00:00Z", "2026-04-31T10:00:00Z", "2026-13-01T10:00:00Z", "2026-00-01T10:00:00Z",
            "2026-03-01T24:00:00Z", "2026-03-01T10:60:00Z", "2026-03-01T10:00:61Z", "2026-03-01T10:00:00.Z",
            "2026-03-01T10:00:00-00:00", "2026-03-01T10:00:00+0100", "2026-03-01T10:00:00+01",
            "2026-03-01T10:00:00+24:00",
            "2026-03-01T10:00:00ZZ", "2026-03-01T10:00:00,5Z", "+2026-03-01T10:00:00Z", "20260301T100000Z",
            "２０２６-03-01T10:00:00Z"})
    void malformedTimestampsAreRejected(String timestamp) {
        assertFalse(TimestampFormat.isValid(timestamp, OffsetRule.MAY_OMIT));
    }
}
