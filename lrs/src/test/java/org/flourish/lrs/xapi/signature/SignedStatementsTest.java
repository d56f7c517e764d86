package org.flourish.lrs.xapi.signature;

import static org.flourish.lrs.testing.AttachmentFixtures.signatureAttachment;
import static org.flourish.lrs.testing.AttachmentFixtures.withTextAttachment;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.flourish.lrs.testing.TestSigner;
import org.flourish.lrs.xapi.XapiVersion;
import org.flourish.lrs.xapi.attachments.AttachmentData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedStatementsTest {

    private TestSigner signer;
    private TestSigner stranger;
    private final JsonObject original = withTextAttachment();

    @BeforeAll
    void keys() {
        signer = TestSigner.create("signer");
        stranger = TestSigner.create("stranger");
    }

    /** The statement as sent: the original with the signature attachment added after signing. */
    private JsonObject sent(String jws) {
        return sent(original, jws);
    }

    private static JsonObject sent(JsonObject statement, String jws) {
        return Json.createObjectBuilder(statement).add("attachments", Json.createArrayBuilder(
                statement.getJsonArray("attachments")).add(signatureAttachment(jws))).build();
    }

    private void verify(String jws) {
        verify(original, jws);
    }

    private static void verify(JsonObject statement, String jws) {
        SignedStatements.verify(sent(statement, jws), jws.getBytes(StandardCharsets.US_ASCII), XapiVersion.V2_0_0);
    }

    private void assertRefused(String jws, String expected) {
        assertRefused(original, jws, expected);
    }

    private static void assertRefused(JsonObject statement, String jws, String expected) {
        InvalidSignatureException refusal = assertThrows(InvalidSignatureException.class,
                () -> verify(statement, jws));
        assertTrue(refusal.getMessage().contains(expected), refusal.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"RS256, SHA256withRSA", "RS384, SHA384withRSA", "RS512, SHA512withRSA"})
    void aStatementSignedWithEachAllowedAlgorithmVerifies(String alg, String javaAlgorithm) {
        String jws = signer.sign(signer.headerWithCertificate(alg).build(), original.toString(), javaAlgorithm);
        assertDoesNotThrow(() -> verify(jws));
    }

    @Test
    void aSignatureMadeWithAnotherKeyThanTheCertificatesIsRefused() {
        String jws = stranger.sign(signer.headerWithCertificate("RS256").build(), original.toString(),
                "SHA256withRSA");
        assertRefused(jws, "does not verify with the key of its x5c certificate");
    }

    @Test
    void aPayloadChangedAfterSigningIsRefused() {
        String[] parts = signer.sign(original).split("\\.");
        JsonObject changed = Json.createObjectBuilder(original).add("verb", Json.createObjectBuilder()
                .add("id", "http://adlnet.gov/expapi/verbs/failed")).build();
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                changed.toString().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertDoesNotThrow(() -> CompactJws.parse(forged));
        assertRefused(changed, forged, "does not verify with the key of its x5c certificate");
    }

    @Test
    void aValidSignatureOfAnotherStatementIsRefused() {
        JsonObject other = Json.createObjectBuilder(original).add("verb", Json.createObjectBuilder()
                .add("id", "http://adlnet.gov/expapi/verbs/failed")).build();
        assertRefused(signer.sign(other), "is not the statement it signs");
        JsonObject otherId = Json.createObjectBuilder(original).add("id", "0b3e5e1e-7a0a-4f5c-9d1e-2f9e6d7c8b9a")
                .build();
        assertRefused(signer.sign(otherId), "is not the statement it signs");
    }

    @Test
    void under2ADurationSentMorePreciseThanSignedMatchesItsSignatureToTheHundredth() {
        JsonObject signed = Json.createObjectBuilder(original).add("result", Json.createObjectBuilder()
                .add("duration", "P1DT12H36M0.12S")).build();
        JsonObject sent = Json.createObjectBuilder(signed).add("result", Json.createObjectBuilder()
                .add("duration", "P1DT12H36M0.1237S")).build();
        String jws = signer.sign(signed);
        assertDoesNotThrow(() -> verify(sent, jws));
        JsonObject otherHundredth = Json.createObjectBuilder(signed).add("result", Json.createObjectBuilder()
                .add("duration", "P1DT12H36M0.13S")).build();
        assertRefused(otherHundredth, jws, "is not the statement it signs");
        assertThrows(InvalidSignatureException.class, () -> SignedStatements.verify(sent(sent, jws),
                jws.getBytes(StandardCharsets.US_ASCII), XapiVersion.V1_0_3));
    }

    @Test
    void whatTheLrsMaySetIsNoDifference() {
        JsonObject withoutId = Json.createObjectBuilder(original).remove("id").remove("timestamp").build();
        assertDoesNotThrow(() -> verify(signer.sign(withoutId)));
    }

    @ParameterizedTest
    @CsvSource({"HS256", "PS256", "none", "ES256"})
    void anAlgorithmOtherThanRs256Rs384OrRs512IsRefused(String alg) {
        String jws = signer.sign(signer.headerWithCertificate(alg).build(), original.toString(), "SHA256withRSA");
        assertRefused(jws, "is not allowed");
    }

    @Test
    void aHeaderWithoutAlgIsRefused() {
        String jws = signer.sign(Json.createObjectBuilder().build(), original.toString(), "SHA256withRSA");
        assertRefused(jws, "alg (none) is not allowed");
    }

    @Test
    void withoutX5cThereIsNoKeyToCheckAndAWellFormedSignatureIsAccepted() {
        String jws = stranger.sign(Json.createObjectBuilder().add("alg", "RS256").build(), original.toString(),
                "SHA256withRSA");
        assertDoesNotThrow(() -> verify(jws));
    }

    @Test
    void malformedSignaturesAreRefused() {
        assertRefused("only.two", "compact serialization");
        assertRefused("a.b.c.d", "compact serialization");
        assertRefused("e30.e30.a+b/", "not base64url");
        assertRefused("bm90IGpzb24.e30.AAAA", "header is not valid JSON");
        String notJsonPayload = signer.sign(signer.headerWithCertificate("RS256").build(), "not json",
                "SHA256withRSA");
        assertRefused(notJsonPayload, "payload is not valid JSON");
        String arrayPayload = signer.sign(signer.headerWithCertificate("RS256").build(), "[]", "SHA256withRSA");
        assertRefused(arrayPayload, "payload is not a statement");
        String badCertificate = signer.sign(Json.createObjectBuilder().add("alg", "RS256")
                .add("x5c", Json.createArrayBuilder().add("bm90IGEgY2VydA==")).build(), original.toString(),
                "SHA256withRSA");
        assertRefused(badCertificate, "not a base64 DER X.509 certificate");
    }

    @Test
    void theCheckRefusesASignatureAttachmentOfAnotherContentTypeOrWithoutItsJws() {
        String jws = signer.sign(original);
        byte[] jwsBytes = jws.getBytes(StandardCharsets.US_ASCII);
        JsonObject signature = signatureAttachment(jws);
        AttachmentData data = new AttachmentData(signature.getString("sha2"), "application/octet-stream", jwsBytes);
        Map<String, AttachmentData> byHash = Map.of(data.sha2(), data);

        assertEquals(List.of(), SignatureCheck.problems(List.of(sent(jws)), byHash, XapiVersion.V1_0_3));
        assertTrue(SignatureCheck.problems(List.of(sent(jws)), Map.of(), XapiVersion.V1_0_3).get(0)
                .contains("has no part with its JWS"));
        JsonObject textSignature = Json.createObjectBuilder(original).add("attachments", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(signature).add("contentType", "text/plain"))).build();
        assertTrue(SignatureCheck.problems(List.of(textSignature), byHash, XapiVersion.V1_0_3).get(0)
                .contains("application/octet-stream"));
    }
}
