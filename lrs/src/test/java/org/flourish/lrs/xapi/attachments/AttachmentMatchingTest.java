package org.flourish.lrs.xapi.attachments;

import static org.flourish.lrs.testing.AttachmentFixtures.attachmentFor;
import static org.flourish.lrs.testing.AttachmentFixtures.textData;
import static org.flourish.lrs.testing.AttachmentFixtures.withAttachments;
import static org.flourish.lrs.testing.AttachmentFixtures.withTextAttachment;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentMatchingTest {

    private static final String TEXT_SHA2 = "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a";

    private static AttachmentPart part(String hash, byte[] data) {
        return new AttachmentPart(Optional.of("text/plain"), Optional.of("binary"), Optional.of(hash), data);
    }

    private static AttachmentMatching.Result check(JsonObject statement, AttachmentPart... parts) {
        return AttachmentMatching.check(List.of(statement), List.of(parts));
    }

    private static void assertRefusedFor(AttachmentMatching.Result result, String expected) {
        assertTrue(!result.acceptable() && result.problems().stream().anyMatch(p -> p.contains(expected)),
                "expected a problem mentioning '" + expected + "', got " + result.problems());
    }

    @Test
    void anAttachmentMatchedByItsHashIsAcceptedAndItsDataKept() {
        AttachmentMatching.Result result = check(withTextAttachment(), part(TEXT_SHA2, textData()));
        assertEquals(List.of(), result.problems());
        AttachmentData data = result.data().get(TEXT_SHA2);
        assertArrayEquals(textData(), data.content());
        assertEquals("text/plain", data.contentType());
    }

    @Test
    void theHashHeaderIsMatchedWhateverItsCase() {
        assertTrue(check(withTextAttachment(), part(TEXT_SHA2.toUpperCase(), textData())).acceptable());
    }

    @Test
    void anAttachmentWithoutFileUrlOrPartIsRefused() {
        assertRefusedFor(check(withTextAttachment()), "no fileUrl and no part");
    }

    @Test
    void anAttachmentWithAFileUrlNeedsNoPart() {
        JsonObject statement = withAttachments(withTextAttachment(), attachmentFor(textData(),
                "http://example.com/usage", "text/plain", "https://files.example.org/a.txt"));
        AttachmentMatching.Result result = check(statement);
        assertTrue(result.acceptable(), result.problems().toString());
        assertTrue(result.data().isEmpty());
    }

    @Test
    void aPartNoAttachmentDeclaresIsRefused() {
        byte[] other = "another file".getBytes(StandardCharsets.UTF_8);
        assertRefusedFor(check(withTextAttachment(), part(TEXT_SHA2, textData()),
                part(Sha2Digests.sha256(other), other)), "is the data of no attachment");
    }

    @Test
    void dataThatDoesNotHashToItsHeaderIsRefused() {
        assertRefusedFor(check(withTextAttachment(), part(TEXT_SHA2, "tampered".getBytes(StandardCharsets.UTF_8))),
                "does not hash to its X-Experience-API-Hash");
    }

    @Test
    void aPartWithoutHashOrBinaryEncodingIsRefused() {
        AttachmentPart noHash = new AttachmentPart(Optional.of("text/plain"), Optional.of("binary"),
                Optional.empty(), textData());
        assertRefusedFor(check(withTextAttachment(), noHash), "no X-Experience-API-Hash");
        AttachmentPart noEncoding = new AttachmentPart(Optional.of("text/plain"), Optional.empty(),
                Optional.of(TEXT_SHA2), textData());
        assertRefusedFor(check(withTextAttachment(), noEncoding), "Content-Transfer-Encoding: binary");
        AttachmentPart base64 = new AttachmentPart(Optional.of("text/plain"), Optional.of("base64"),
                Optional.of(TEXT_SHA2), textData());
        assertRefusedFor(check(withTextAttachment(), base64), "Content-Transfer-Encoding: binary");
    }

    @Test
    void aHashHeaderThatIsNoSha2IsRefused() {
        assertRefusedFor(check(withTextAttachment(), part("abc123", textData())), "is not a SHA-2 hash");
    }

    @Test
    void aPartWhoseContentTypeContradictsTheAttachmentIsRefused() {
        AttachmentPart image = new AttachmentPart(Optional.of("image/png"), Optional.of("binary"),
                Optional.of(TEXT_SHA2), textData());
        assertRefusedFor(check(withTextAttachment(), image), "Content-Type image/png");
    }

    @Test
    void aDeclaredLengthOtherThanThePartsIsAcceptedSinceTheHashAloneTiesDataToItsAttachment() {
        // The conformance suite (XAPI-00127) declares a file's length and sends the file's hex text, hashed as sent.
        JsonObject otherLength = withAttachments(withTextAttachment(), Json.createObjectBuilder(
                withTextAttachment().getJsonArray("attachments").getJsonObject(0)).add("length", 28).build());
        AttachmentMatching.Result result = check(otherLength, part(TEXT_SHA2, textData()));
        assertTrue(result.acceptable(), result.problems().toString());
        assertEquals(textData().length, result.data().get(TEXT_SHA2).content().length);
    }

    @Test
    void aPartWithoutContentTypeTakesTheDeclaredOne() {
        AttachmentPart untyped = new AttachmentPart(Optional.empty(), Optional.of("binary"), Optional.of(TEXT_SHA2),
                textData());
        assertEquals("text/plain; charset=ascii",
                check(withTextAttachment(), untyped).data().get(TEXT_SHA2).contentType());
    }

    @Test
    void dataSharedByTwoStatementsIsSentAndKeptOnce() {
        AttachmentMatching.Result result = AttachmentMatching.check(List.of(withTextAttachment(),
                withTextAttachment()), List.of(part(TEXT_SHA2, textData())));
        assertTrue(result.acceptable(), result.problems().toString());
        assertEquals(1, result.data().size());
    }

    @Test
    void otherSha2VariantsAreCheckedWithTheirOwnAlgorithm() {
        byte[] data = textData();
        String sha512 = Sha2Digests.sameVariantAs("0".repeat(128), data).orElseThrow();
        JsonObject attachment = Json.createObjectBuilder(attachmentFor(data, "http://example.com/usage",
                "text/plain", null)).add("sha2", sha512).build();
        assertTrue(check(withAttachments(withTextAttachment(), attachment), part(sha512, data)).acceptable());
    }
}
