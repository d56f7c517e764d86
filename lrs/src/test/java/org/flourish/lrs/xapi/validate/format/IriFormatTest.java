package org.flourish.lrs.xapi.validate.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IriFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://adlnet.gov/expapi/verbs/completed", "https://example.com/a?b=c#d", "urn:uuid:1234",
            "tag:example.org,2026:x", "http://example.com/فعل/خواندن", "http://example.com/%20space", "mailto:a@b.c",
            "x:y"})
    void absoluteIrisAreValid(String iri) {
        assertTrue(IriFormat.isIri(iri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "completed", "/relative/path", "#fragment", "//example.com/a", "http:", ":no-scheme",
            "1http://example.com", "http://example.com/a b", "http://example.com/<a>", "http://example.com/%2",
            "http://example.com/%zz", "ht tp://example.com", "http://example.com/\u0000", "http://example.com/a\\b"})
    void relativeOrMalformedIrisAreRejected(String iri) {
        assertFalse(IriFormat.isIri(iri));
    }

    @Test
    void aUriIsAnIriOfAsciiCharactersOnly() {
        assertTrue(IriFormat.isUri("http://toby.openid.example.org/"));
        assertFalse(IriFormat.isUri("http://example.com/فعل"));
    }
}
