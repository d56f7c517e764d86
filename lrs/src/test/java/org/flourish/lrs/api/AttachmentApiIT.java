package org.flourish.lrs.api;

import static org.flourish.lrs.testing.AttachmentFixtures.attachmentFor;
import static org.flourish.lrs.testing.AttachmentFixtures.signatureAttachment;
import static org.flourish.lrs.testing.AttachmentFixtures.textData;
import static org.flourish.lrs.testing.AttachmentFixtures.withAttachments;
import static org.flourish.lrs.testing.AttachmentFixtures.withTextAttachment;
import static org.flourish.lrs.testing.SampleStatements.COMPLETED;
import static org.flourish.lrs.testing.SampleStatements.statement;
import static org.flourish.lrs.testing.SampleStatements.uniqueActivity;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flourish.lrs.api.multipart.BodyPart;
import org.flourish.lrs.api.multipart.MultipartBoundary;
import org.flourish.lrs.api.multipart.MultipartParser;
import org.flourish.lrs.testing.AttachmentFixtures;
import org.flourish.lrs.testing.TestSigner;
import org.flourish.lrs.testing.XapiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attachments, signed statements and the 1.0.3 alternate request syntax over HTTP, on the built WAR in Payara Micro.
 * Each test posts statements about its own activity, so tests never see each other's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentApiIT {

    private static final String SEED_KEY = "it-key";
    private static final String SEED_SECRET = "it-secret";
    private static final String BOUNDARY = "abcABC0123'()+_,-./:=?";
    private static final String MULTIPART = "multipart/mixed; boundary=\"" + BOUNDARY + "\"";
    private static final String TEXT_SHA2 = "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a";

    @ArquillianResource
    private URL deployed;

    private XapiClient anonymous;
    private XapiClient provider;
    private TestSigner signer;
    private TestSigner stranger;

    @Deployment(testable = false)
    static WebArchive lrs() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("flourish.war")));
    }

    @BeforeAll
    void keys() {
        signer = TestSigner.create("it-signer");
        stranger = TestSigner.create("it-stranger");
    }

    @BeforeEach
    void clients() throws Exception {
        URI base = new URI("http", null, "127.0.0.1", deployed.getPort(), deployed.getPath(), null, null);
        anonymous = XapiClient.at(base);
        provider = anonymous.as(SEED_KEY, SEED_SECRET);
    }

    /** A part after the statements, with the headers xAPI-Communication 1.5.2 asks for unless left out. */
    private record Part(Map<String, String> headers, byte[] data) {
        static Part of(byte[] data, String contentType) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", contentType);
            headers.put("Content-Transfer-Encoding", "binary");
            headers.put("X-Experience-API-Hash", AttachmentFixtures.sha256(data));
            return new Part(headers, data);
        }

        Part without(String header) {
            Map<String, String> fewer = new LinkedHashMap<>(headers);
            fewer.remove(header);
            return new Part(fewer, data);
        }

        Part with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Part(more, data);
        }
    }

    private static Part textPart() {
        return Part.of(textData(), "text/plain");
    }

    private static byte[] multipart(String statements, Part... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n" + statements + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\n");
            part.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            body.writeBytes((head + "\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.data());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private HttpResponse<byte[]> send(String version, String method, String path, String contentType, byte[] body) {
        return provider.version(version).exchange(method, path, Map.of("Content-Type", contentType), body);
    }

    private HttpResponse<byte[]> postMultipart(String version, byte[] body) {
        return send(version, "POST", "xapi/statements", MULTIPART, body);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static void assertStatus(int expected, HttpResponse<byte[]> response) {
        assertEquals(expected, response.statusCode(), text(response));
    }

    /** 400 with a message that names the problem, and the statement not stored. */
    private void assertRefused(HttpResponse<byte[]> response, String expected, UUID notStored) {
        assertStatus(400, response);
        assertTrue(text(response).contains(expected), text(response));
        assertEquals(404, provider.get("xapi/statements?statementId=" + notStored).status());
    }

    private static JsonObject withId(JsonObject statement, UUID id, String activity) {
        return Json.createObjectBuilder(statement).add("id", id.toString())
                .add("object", Json.createObjectBuilder().add("objectType", "Activity").add("id", activity)).build();
    }

    private static List<BodyPart> parts(HttpResponse<byte[]> response) {
        String contentType = response.headers().firstValue("Content-Type").orElseThrow();
        assertTrue(contentType.startsWith("multipart/mixed"), contentType);
        return MultipartParser.parse(response.body(), MultipartBoundary.of(contentType).orElseThrow());
    }

    private static JsonObject json(byte[] content) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void aStatementPostedWithItsAttachmentDataComesBackWithItAsMultipart(String version) {
        String activity = uniqueActivity();
        byte[] image = new byte[3000];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 7);
        }
        UUID id = UUID.randomUUID();
        JsonObject statement = withAttachments(withId(withTextAttachment(), id, activity),
                withTextAttachment().getJsonArray("attachments").getJsonObject(0),
                attachmentFor(image, "http://example.com/usage/photo", "image/png", null));
        assertStatus(200, postMultipart(version, multipart(statement.toString(), textPart(),
                Part.of(image, "image/png"))));

        List<BodyPart> single = parts(provider.version(version).exchange("GET",
                "xapi/statements?attachments=true&statementId=" + id, Map.of(), new byte[0]));
        assertEquals(3, single.size());
        assertEquals(id.toString(), json(single.get(0).content()).getString("id"));
        assertEquals("application/json", single.get(0).header("Content-Type").orElseThrow());
        BodyPart text = single.get(1);
        assertEquals(TEXT_SHA2, text.header("X-Experience-API-Hash").orElseThrow());
        assertEquals("binary", text.header("Content-Transfer-Encoding").orElseThrow());
        assertEquals("text/plain", text.header("Content-Type").orElseThrow());
        assertArrayEquals(textData(), text.content());
        assertArrayEquals(image, single.get(2).content());

        HttpResponse<byte[]> plain = provider.version(version).exchange("GET", "xapi/statements?statementId=" + id,
                Map.of(), new byte[0]);
        assertTrue(plain.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    }

    @Test
    void putTakesAMultipartStatementToo() {
        UUID id = UUID.randomUUID();
        JsonObject statement = withId(withTextAttachment(), id, uniqueActivity());
        assertStatus(204, send("2.0.0", "PUT", "xapi/statements?statementId=" + id, MULTIPART,
                multipart(statement.toString(), textPart())));
        assertEquals(200, provider.get("xapi/statements?statementId=" + id).status());
    }

    @Test
    void dataSharedByABatchIsSentOnceAndReturnedOnceForAQuery() {
        String activity = uniqueActivity();
        JsonObject first = withId(withTextAttachment(), UUID.randomUUID(), activity);
        JsonObject second = withId(withTextAttachment(), UUID.randomUUID(), activity);
        String batch = Json.createArrayBuilder().add(first).add(second).build().toString();
        assertStatus(200, postMultipart("2.0.0", multipart(batch, textPart())));

        List<BodyPart> result = parts(provider.exchange("GET", "xapi/statements?attachments=true&activity="
                + URLEncoder.encode(activity, StandardCharsets.UTF_8), Map.of(), new byte[0]));
        assertEquals(2, result.size());
        assertEquals(2, json(result.get(0).content()).getJsonArray("statements").size());
        assertArrayEquals(textData(), result.get(1).content());
    }

    @Test
    void fileUrlOnlyAttachmentsNeedNoDataAndOthersNeedIt() {
        byte[] pdf = "%PDF-1.4 lesson plan".getBytes(StandardCharsets.US_ASCII);
        UUID id = UUID.randomUUID();
        JsonObject byUrl = withAttachments(withId(withTextAttachment(), id, uniqueActivity()),
                attachmentFor(pdf, "http://example.com/usage/plan", "application/pdf",
                        "https://files.example.org/plan.pdf"));
        assertEquals(200, provider.post("xapi/statements", byUrl.toString()).status());
        List<BodyPart> returned = parts(provider.exchange("GET", "xapi/statements?attachments=true&statementId="
                + id, Map.of(), new byte[0]));
        assertEquals(1, returned.size());
        assertEquals(200, postMultipart("1.0.3", multipart(withId(byUrl, UUID.randomUUID(), uniqueActivity())
                .toString())).statusCode());

        UUID refused = UUID.randomUUID();
        assertRefused(send("1.0.3", "POST", "xapi/statements", "application/json",
                withId(withTextAttachment(), refused, uniqueActivity()).toString().getBytes(StandardCharsets.UTF_8)),
                "no fileUrl and no part", refused);
    }

    @Test
    void everyMismatchBetweenPartsAndAttachmentsIsRefusedWith400() {
        UUID id = UUID.randomUUID();
        String statement = withId(withTextAttachment(), id, uniqueActivity()).toString();
        byte[] other = "not declared".getBytes(StandardCharsets.UTF_8);
        assertRefused(postMultipart("2.0.0", multipart(statement)), "no fileUrl and no part", id);
        assertRefused(postMultipart("2.0.0", multipart(statement, textPart(), Part.of(other, "text/plain"))),
                "is the data of no attachment", id);
        assertRefused(postMultipart("2.0.0", multipart(statement, textPart().without("X-Experience-API-Hash"))),
                "no X-Experience-API-Hash", id);
        assertRefused(postMultipart("1.0.3", multipart(statement,
                textPart().without("Content-Transfer-Encoding"))), "Content-Transfer-Encoding: binary", id);
        assertRefused(postMultipart("2.0.0", multipart(statement, new Part(textPart().headers(),
                "here is a tampered attachment".getBytes(StandardCharsets.UTF_8)))),
                "does not hash to its X-Experience-API-Hash", id);
        assertRefused(postMultipart("2.0.0", multipart(statement, textPart().with("Content-Type", "image/gif"))),
                "Content-Type image/gif", id);
    }

    @Test
    void malformedMultipartBodiesAreRefusedWith400() {
        UUID id = UUID.randomUUID();
        String statement = withId(withTextAttachment(), id, uniqueActivity()).toString();
        byte[] whole = multipart(statement, textPart());
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 20);
        assertRefused(postMultipart("2.0.0", truncated), "truncated", id);
        assertRefused(send("2.0.0", "POST", "xapi/statements", "multipart/mixed", whole), "boundary", id);
        byte[] textFirst = new String(whole, StandardCharsets.ISO_8859_1)
                .replaceFirst("Content-Type: application/json", "Content-Type: text/plain")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(postMultipart("2.0.0", textFirst), "first part", id);
        assertRefused(send("2.0.0", "POST", "xapi/statements", "text/plain", whole), "Content-Type must be", id);
    }

    @Test
    void aRequestLargerThanTheConfiguredLimitIsRefusedWith413() {
        byte[] big = new byte[1_200_000];
        JsonObject statement = withAttachments(withId(withTextAttachment(), UUID.randomUUID(), uniqueActivity()),
                attachmentFor(big, "http://example.com/usage/video", "video/mp4", null));
        assertStatus(413, postMultipart("2.0.0", multipart(statement.toString(), Part.of(big, "video/mp4"))));
    }

    private JsonObject signed(JsonObject statement, String jws) {
        return withAttachments(statement, signatureAttachment(jws));
    }

    private HttpResponse<byte[]> postSigned(String version, JsonObject statement, String jws, String partType) {
        return postMultipart(version, multipart(signed(statement, jws).toString(),
                Part.of(jws.getBytes(StandardCharsets.US_ASCII), partType)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void aSignedStatementIsVerifiedAndABadSignatureIsRefusedWith400(String version) {
        JsonObject statement = statement("signer@example.org", COMPLETED, uniqueActivity())
                .add("id", UUID.randomUUID().toString()).build();
        assertStatus(200, postSigned(version, statement, signer.sign(statement), "application/octet-stream"));

        UUID id = UUID.randomUUID();
        JsonObject other = Json.createObjectBuilder(statement).add("id", id.toString()).build();
        String wrongKey = stranger.sign(signer.headerWithCertificate("RS256").build(), other.toString(),
                "SHA256withRSA");
        assertRefused(postSigned(version, other, wrongKey, "application/octet-stream"), "does not verify", id);
        String hs256 = signer.sign(signer.headerWithCertificate("HS256").build(), other.toString(),
                "SHA256withRSA");
        assertRefused(postSigned(version, other, hs256, "application/octet-stream"), "HS256 is not allowed", id);
        String ofAnother = signer.sign(Json.createObjectBuilder(other).add("verb", Json.createObjectBuilder()
                .add("id", "http://adlnet.gov/expapi/verbs/failed")).build());
        assertRefused(postSigned(version, other, ofAnother, "application/octet-stream"),
                "is not the statement it signs", id);
        String good = signer.sign(other);
        JsonObject textSignature = withAttachments(other, Json.createObjectBuilder(signatureAttachment(good))
                .add("contentType", "text/plain").build());
        assertRefused(postMultipart(version, multipart(textSignature.toString(),
                Part.of(good.getBytes(StandardCharsets.US_ASCII), "text/plain"))), "application/octet-stream", id);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpResponse<byte[]> alternate(XapiClient client, String query, Map<String, String> fields) {
        return client.exchange("POST", "xapi/statements?" + query,
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form(fields).getBytes(StandardCharsets.UTF_8));
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((SEED_KEY + ":" + SEED_SECRET)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theAlternateRequestSyntaxPutsAndGetsStatementsUnder103WithHeadersAsFormFields() {
        UUID id = UUID.randomUUID();
        String statement = statement("browser@example.org", COMPLETED, uniqueActivity()).build().toString();
        Map<String, String> put = new LinkedHashMap<>();
        put.put("Authorization", basic());
        put.put("X-Experience-API-Version", "1.0.3");
        put.put("Content-Type", "application/json");
        put.put("statementId", id.toString());
        put.put("content", statement);
        assertStatus(204, alternate(anonymous.version(null), "method=PUT", put));

        Map<String, String> get = new LinkedHashMap<>();
        get.put("Authorization", basic());
        get.put("X-Experience-API-Version", "1.0.3");
        get.put("statementId", id.toString());
        HttpResponse<byte[]> found = alternate(anonymous.version(null), "method=GET", get);
        assertStatus(200, found);
        assertEquals(id.toString(), json(found.body()).getString("id"));
        assertEquals("1.0.3", found.headers().firstValue("X-Experience-API-Version").orElseThrow());

        HttpResponse<byte[]> withHeaders = alternate(provider.version("1.0.3"), "method=GET",
                Map.of("statementId", id.toString()));
        assertStatus(200, withHeaders);

        Map<String, String> tooLarge = Map.of("statementId", UUID.randomUUID().toString(), "content",
                "x".repeat(1_200_000));
        assertStatus(413, alternate(provider.version("1.0.3"), "method=PUT", tooLarge));
    }

    @Test
    void theAlternateRequestSyntaxIsRefusedWith400WhenBrokenOrUnder20() {
        UUID id = UUID.randomUUID();
        Map<String, String> put = Map.of("statementId", id.toString(), "content",
                statement("browser@example.org", COMPLETED, uniqueActivity()).build().toString());
        assertRefused(alternate(provider.version("2.0.0"), "method=PUT", put), "2.0 has no alternate", id);
        Map<String, String> versionField = new LinkedHashMap<>(put);
        versionField.put("X-Experience-API-Version", "2.0.0");
        assertRefused(alternate(provider.version(null), "method=PUT", versionField), "2.0 has no alternate", id);
        assertRefused(alternate(provider.version("1.0.3"), "method=PUT&statementId=" + id, put),
                "no query parameter but method", id);
        assertRefused(provider.version("1.0.3").exchange("GET", "xapi/statements?method=GET", Map.of(),
                new byte[0]), "is a POST", id);
        Map<String, String> oldVersion = new LinkedHashMap<>(put);
        oldVersion.put("X-Experience-API-Version", "0.8");
        assertRefused(alternate(provider.version(null), "method=PUT", oldVersion), "0.8 is not served", id);
        assertRefused(alternate(provider.version("1.0.3"), "method=PUT", Map.of("statementId", id.toString())),
                "as the form field content", id);
    }
}
