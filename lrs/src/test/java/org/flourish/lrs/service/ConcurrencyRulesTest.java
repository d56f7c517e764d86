package org.flourish.lrs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flourish.lrs.store.DocumentKind;
import org.flourish.lrs.xapi.XapiVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which PUTs need If-Match or If-None-Match over an existing document, per version (xAPI-Communication 3.1). */
class ConcurrencyRulesTest {

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource({
        "V1_0_3, STATE, false",
        "V1_0_3, ACTIVITY_PROFILE, true",
        "V1_0_3, AGENT_PROFILE, true",
        "V2_0_0, STATE, true",
        "V2_0_0, ACTIVITY_PROFILE, true",
        "V2_0_0, AGENT_PROFILE, true"})
    void putOverAnExistingDocumentNeedsAPreconditionWhereTheVersionSaysSo(XapiVersion version, DocumentKind kind,
            boolean needed) {
        assertEquals(needed, ConcurrencyRules.putNeedsPrecondition(kind, version));
    }
}
