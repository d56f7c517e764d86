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

    @ParameterizedTest
    @ValueSource(strings = {"http://[::1]/x", "http://[::1]:8080/x", "http://[2001:db8::7]/", "http://[::ffff:192.0.2.1]/",
            "http://[2001:db8:0:0:0:0:0:1]/", "http://[v1.fe80::a+en1]/", "http://user:pw@example.com:8080/a;b=c",
            "http://127.0.0.1/", "https://example.com/a?b=/c?d#e/f?g", "http://example.com/%E2%82%AC",
            "https://example.com/\uD83D\uDE00", "urn:example:a:b", "http://example.com:/a", "file:///etc/x"})
    void irisOfEveryPartOfRfc3987AreValid(String iri) {
        assertTrue(IriFormat.isIri(iri), iri);
    }

    /** RFC 3987 2.2: the host's brackets, the port's digits, "#" once, "[" and "]" nowhere else. */
    @ParameterizedTest
    @ValueSource(strings = {"http://[::1/x", "http://[::1]x/", "http://[1:2:3:4:5:6:7:8:9]/", "http://[1::2::3]/",
            "http://[::1::]/", "http://[12345::]/", "http://[::256.0.0.1]/", "http://[v.x]/", "http://[g::1]/",
            "http://example.com:80a/", "http://example.com/a#b#c", "http://example.com/[x]", "http://a@b@c/",
            "http://example.com/\uFFFE", "http://example.com/\uE000", "http://example.com/a?b\u0000"})
    void irisBreakingRfc3987AreRejected(String iri) {
        assertFalse(IriFormat.isIri(iri), iri);
    }

    @Test
    void aPrivateUseCharacterIsAllowedInTheQueryOnly() {
        assertTrue(IriFormat.isIri("http://example.com/a?\uE000"));
        assertFalse(IriFormat.isIri("http://example.com/\uE000"));
    }

    @Test
    void aUriIsAnIriOfAsciiCharactersOnly() {
        assertTrue(IriFormat.isUri("http://toby.openid.example.org/"));
        assertFalse(IriFormat.isUri("http://example.com/فعل"));
    }
}
