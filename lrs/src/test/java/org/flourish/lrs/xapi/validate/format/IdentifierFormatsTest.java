package org.flourish.lrs.xapi.validate.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** UUIDs, mailto IRIs, SHA-1 and SHA-2 hex digests and media types. */
class IdentifierFormatsTest {

    @Test
    void standardUuidsAreValidInEitherCase() {
        assertTrue(UuidFormat.isValid("6690e6c9-3ef0-4ed3-8b37-7f3964730bee"));
        assertTrue(UuidFormat.isValid("6690E6C9-3EF0-4ED3-8B37-7F3964730BEE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "6690e6c93ef04ed38b377f3964730bee", "{6690e6c9-3ef0-4ed3-8b37-7f3964730bee}",
            "6690e6c9-3ef0-4ed3-8b37-7f3964730be", "6690e6c9-3ef0-4ed3-8b37-7f3964730beg",
            "6690e6c9_3ef0-4ed3-8b37-7f3964730bee", "urn:uuid:6690e6c9-3ef0-4ed3-8b37-7f39647"})
    void nonStandardUuidsAreRejected(String uuid) {
        assertFalse(UuidFormat.isValid(uuid));
    }

    @Test
    void mboxNeedsTheMailtoSchemeAndAnAddress() {
        assertTrue(MboxFormat.isMailtoIri("mailto:amina@example.org"));
        assertFalse(MboxFormat.isMailtoIri("amina@example.org"));
        assertFalse(MboxFormat.isMailtoIri("mailto:"));
        assertFalse(MboxFormat.isMailtoIri("mailto:amina"));
        assertFalse(MboxFormat.isMailtoIri("mailto:@example.org"));
        assertFalse(MboxFormat.isMailtoIri("mailto:amina@"));
        assertFalse(MboxFormat.isMailtoIri("mailto:amina njeri@example.org"));
        assertFalse(MboxFormat.isMailtoIri("MAILTO:amina@example.org"));
    }

    /** xAPI-Data 2.4.2.3 "mailto:email address": one address (RFC 5322 3.4.1), no list or headers (RFC 6068 2). */
    @Test
    void anMboxIsExactlyOneValidAddress() {
        assertFalse(MboxFormat.isMailtoIri("mailto:a@b@c"));
        assertFalse(MboxFormat.isMailtoIri("mailto:a@b.org,c@d.org"));
        assertFalse(MboxFormat.isMailtoIri("mailto:a@b.org?subject=hi"));
        assertFalse(MboxFormat.isMailtoIri("mailto:a..b@example.org"));
        assertFalse(MboxFormat.isMailtoIri("mailto:.a@example.org"));
        assertFalse(MboxFormat.isMailtoIri("mailto:a@example..org"));
        assertFalse(MboxFormat.isMailtoIri("mailto:a%40b@example.org"));
        assertFalse(MboxFormat.isMailtoIri("mailto:a@[::1/x"));
        assertFalse(MboxFormat.isMailtoIri("mailto:a%FF@example.org"));
        assertTrue(MboxFormat.isMailtoIri("mailto:amina.njeri+school@example.org"));
        assertTrue(MboxFormat.isMailtoIri("mailto:am%C3%AFna@example.org"));
        assertTrue(MboxFormat.isMailtoIri("mailto:amïna@exämple.org"));
        assertTrue(MboxFormat.isMailtoIri("mailto:%22amina%20njeri%22@example.org"));
        assertTrue(MboxFormat.isMailtoIri("mailto:a@%5B192.0.2.1%5D"));
    }

    @Test
    void mboxSha1SumIsFortyHexDigits() {
        assertTrue(MboxFormat.isSha1Sum("ebd31e95054c018b10727ccffd2ef2ec3a016ee9"));
        assertFalse(MboxFormat.isSha1Sum("ebd31e95054c018b10727ccffd2ef2ec3a016ee"));
        assertFalse(MboxFormat.isSha1Sum("ebd31e95054c018b10727ccffd2ef2ec3a016eeg"));
    }

    @Test
    void sha2IsAHexDigestOfAShaTwoLength() {
        assertTrue(Sha2Format.isHexDigest("672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634"));
        assertTrue(Sha2Format.isHexDigest("a".repeat(128)));
        assertFalse(Sha2Format.isHexDigest("a".repeat(40)));
        assertFalse(Sha2Format.isHexDigest("Zy+l+mWAF/G3LWUDbxM3nGqwXUqztmZJCNis8LagxjQ="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "image/png", "text/plain; charset=utf-8", "application/vnd.ms-excel",
            "multipart/mixed; boundary=\"a b\""})
    void internetMediaTypesAreValid(String mediaType) {
        assertTrue(MediaTypeFormat.isValid(mediaType));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pdf", "application/", "/pdf", "text/plain;", "text plain", "text/plain; charset"})
    void malformedMediaTypesAreRejected(String mediaType) {
        assertFalse(MediaTypeFormat.isValid(mediaType));
    }
}
