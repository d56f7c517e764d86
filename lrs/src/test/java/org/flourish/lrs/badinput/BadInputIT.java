package org.flourish.lrs.badinput;

import static org.flourish.lrs.testing.SampleStatements.COMPLETED;
import static org.flourish.lrs.testing.SampleStatements.statement;
import static org.flourish.lrs.testing.SampleStatements.uniqueActivity;
import static org.flourish.lrs.testing.XapiClient.params;
import static org.flourish.lrs.testing.XapiClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.flourish.lrs.testing.XapiClient;
import org.flourish.lrs.testing.XapiClient.BinaryReply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile and broken requests against the WAR on Payara Micro and PostgreSQL: each is a 400 (or the status its
 * condition names) with a short JSON message, never a 500, and nothing refused is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    private static final String JSON = "application/json";

    @ArquillianResource
    private URL deployed;

    private XapiClient provider;

    @Deployment(testable = false)
    static WebArchive lrs() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("flourish.war")));
    }

    @BeforeEach
    void client() throws Exception {
        URI base = new URI("http", null, "127.0.0.1", deployed.getPort(), deployed.getPath(), null, null);
        provider = XapiClient.at(base).as("it-key", "it-secret");
    }

    private static String validStatement(UUID id, String extensionValue) {
        JsonObject statement = statement("bad-input@example.org", COMPLETED, uniqueActivity())
                .add("id", id.toString()).build();
        String text = statement.toString();
        return extensionValue == null ? text : text.substring(0, text.length() - 1)
                + ",\"result\":{\"extensions\":{\"https://flourish.example.org/x\":" + extensionValue + "}}}";
    }

    private BinaryReply postStatements(byte[] body) {
        return provider.send("POST", "xapi/statements", JSON, body);
    }

    private void assertRefusedWith400(BinaryReply reply, String expectedInMessage) {
        assertEquals(400, reply.status(), reply.text());
        assertTrue(reply.header("Content-Type").startsWith(JSON), reply.header("Content-Type"));
        String message = reply.json().asJsonObject().getJsonObject("error").getString("message");
        assertTrue(message.contains(expectedInMessage), message);
    }

    private void assertNotStored(UUID id) {
        assertEquals(404, provider.get("xapi/statements?statementId=" + id).status());
    }

    private static String activityDocument(String profileId) {
        return "xapi/activities/profile?" + query(params("activityId", uniqueActivity(), "profileId", profileId));
    }

    @Test
    void jsonNestedAThousandDeepIsRefusedWith400AndNotStored() {
        UUID id = UUID.randomUUID();
        String deep = "[".repeat(1000) + "]".repeat(1000);

        assertRefusedWith400(postStatements(validStatement(id, deep).getBytes(StandardCharsets.UTF_8)),
                "deeper than 64");
        assertNotStored(id);
        assertRefusedWith400(postStatements(deep.getBytes(StandardCharsets.UTF_8)), "deeper than 64");
        String agent = "{\"mbox\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertEquals(400, provider.get("xapi/statements?" + query(params("agent", agent))).status());
    }

    @Test
    void numbersOfMoreThanAHundredCharactersOrAHugeExponentAreRefusedWith400() {
        UUID id = UUID.randomUUID();
        String longNumber = "1" + "0".repeat(1200);

        assertRefusedWith400(postStatements(validStatement(id, longNumber).getBytes(StandardCharsets.UTF_8)),
                "number longer than 100");
        assertNotStored(id);
        UUID other = UUID.randomUUID();
        assertRefusedWith400(postStatements(validStatement(other, "1e999999999").getBytes(StandardCharsets.UTF_8)),
                "exponent");
        assertNotStored(other);
    }

    @Test
    void aNumberWithinTheLimitsIsStoredAsSent() {
        UUID id = UUID.randomUUID();
        String number = "1" + "0".repeat(99);

        assertEquals(200, postStatements(validStatement(id, number).getBytes(StandardCharsets.UTF_8)).status());
        JsonObject stored = provider.get("xapi/statements?statementId=" + id).json().asJsonObject();
        assertEquals(new BigDecimal(number), stored.getJsonObject("result").getJsonObject("extensions")
                .getJsonNumber("https://flourish.example.org/x").bigDecimalValue());
    }

    @Test
    void duplicatePropertyNamesInAStatementAreRefusedWith400() {
        UUID id = UUID.randomUUID();
        String text = validStatement(id, null);
        String doubled = text.substring(0, text.length() - 1) + ",\"verb\":{\"id\":\"" + COMPLETED + "\"}}";

        assertRefusedWith400(postStatements(doubled.getBytes(StandardCharsets.UTF_8)), "\"verb\" twice");
        assertNotStored(id);
    }

    @Test
    void documentIdsLongerThanTheirColumnAreRefusedWith400NamingTheParameter() {
        String tooLong = "s".repeat(4001);
        String activity = uniqueActivity();
        String agent = "{\"mbox\":\"mailto:long-ids@example.org\"}";
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertRefusedWith400(provider.send("PUT", "xapi/activities/state?" + query(params("activityId", activity,
                "agent", agent, "stateId", tooLong)), JSON, body), "stateId parameter is longer");
        assertRefusedWith400(provider.send("PUT", activityDocument(tooLong), JSON, body),
                "profileId parameter is longer");
        assertRefusedWith400(provider.send("PUT", "xapi/agents/profile?" + query(params("agent", agent,
                "profileId", tooLong)), JSON, body), "profileId parameter is longer");
        assertRefusedWith400(provider.send("PUT", "xapi/activities/profile?" + query(params("activityId",
                activity + "/" + "a".repeat(4000), "profileId", "p")), JSON, body), "activityId parameter is longer");
        String longAgent = "{\"mbox\":\"mailto:" + "a".repeat(4000) + "@example.org\"}";
        assertRefusedWith400(provider.send("PUT", "xapi/agents/profile?" + query(params("agent", longAgent,
                "profileId", "p")), JSON, body), "agent parameter is longer");
        assertRefusedWith400(provider.send("PUT", activityDocument("p"), "application/x-" + "a".repeat(500), body),
                "Content-Type is longer");
        assertEquals(404, provider.get("xapi/activities/state?" + query(params("activityId", activity,
                "agent", agent, "stateId", "s".repeat(4000)))).status());
    }

    @Test
    void aDocumentIdAtTheLimitIsStored() {
        String profile = activityDocument("p".repeat(4000));
        byte[] body = "{\"page\":1}".getBytes(StandardCharsets.UTF_8);

        assertEquals(204, provider.send("PUT", profile, JSON, body).status());
        assertEquals("{\"page\":1}", provider.send("GET", profile, null, null).text());
    }

    @Test
    void aStatementThatIsNotUtf8IsRefusedWith400AndNotStored() {
        UUID id = UUID.randomUUID();
        byte[] body = validStatement(id, "\"caf\u00e9\"").getBytes(StandardCharsets.ISO_8859_1);

        assertRefusedWith400(postStatements(body), "not valid UTF-8 (byte ");
        assertNotStored(id);
    }

    @Test
    void aJsonDocumentThatIsNotUtf8IsRefusedWith400AndNotStored() {
        String profile = activityDocument("latin-1");
        byte[] latin1 = "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertRefusedWith400(provider.send("PUT", profile, JSON, latin1), "not valid UTF-8");
        assertRefusedWith400(provider.send("POST", profile, JSON, latin1), "not valid UTF-8");
        assertEquals(404, provider.send("GET", profile, null, null).status());
        assertEquals(204, provider.send("PUT", profile, "application/octet-stream", latin1).status());
    }

    @Test
    void anImportLineThatIsNotUtf8IsRefusedByNumberAndTheOthersAreStored() {
        UUID good = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        byte[] lines = (validStatement(good, null) + "\n" + validStatement(bad, "\"caf\u00e9\"") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        BinaryReply reply = provider.send("POST", "bulk/statements", "application/x-ndjson", lines);

        assertEquals(200, reply.status(), reply.text());
        assertTrue(reply.text().contains("not valid UTF-8"), reply.text());
        assertEquals(200, provider.get("xapi/statements?statementId=" + good).status());
        assertNotStored(bad);
    }

    /** RFC 3987 2.2: the host of http://[::1/x never closes its bracket; a batch holding it is refused whole. */
    @Test
    void aBatchWithAnInvalidIriIsRefusedWholeWith400() {
        UUID good = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        String badIri = validStatement(bad, null).replaceFirst("https://flourish.example.org/activities/[^\"]*",
                "http://[::1/x");
        String batch = "[" + validStatement(good, null) + "," + badIri + "]";

        assertRefusedWith400(postStatements(batch.getBytes(StandardCharsets.UTF_8)), "statements[1]");
        assertNotStored(good);
        assertNotStored(bad);
    }

    /** xAPI-Data 2.4.2.3: an mbox is "mailto:email address", one address; mailto:a@b@c is none. */
    @Test
    void aBatchWithAnMboxOfMoreThanOneAtIsRefusedWholeWith400() {
        UUID good = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        String badMbox = validStatement(bad, null).replace("mailto:bad-input@example.org", "mailto:a@b@c");
        String batch = "[" + validStatement(good, null) + "," + badMbox + "]";

        assertRefusedWith400(postStatements(batch.getBytes(StandardCharsets.UTF_8)), "mbox");
        assertNotStored(good);
        assertNotStored(bad);
    }

    private static void assertShortJsonError(int status, BinaryReply reply) {
        assertEquals(status, reply.status(), reply.text());
        assertTrue(reply.header("Content-Type").startsWith(JSON), reply.header("Content-Type") + ": " + reply.text());
        assertTrue(reply.bytes().length <= 1100, "an error body of " + reply.bytes().length + " bytes");
        assertTrue(!reply.json().asJsonObject().getJsonObject("error").getString("message").isBlank());
    }

    @Test
    void anEmptyOrOddContentTypeGetsTheLrsJsonErrorOnEveryPath() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        for (String path : new String[] {"xapi/statements", activityDocument("ct"), "admin/providers",
                "xapi/no-such-resource"}) {
            for (String type : new String[] {";", "/", "text", "a/b/c", "application/json;charset", ";;;"}) {
                assertShortJsonError(400, provider.send("PUT", path, type, body));
            }
        }
        assertRefusedWith400(provider.send("POST", "xapi/statements", "", body), "Content-Type must be");
    }

    @Test
    void aHundredKilobyteArrayOfNumbersDrawsAShortErrorNamingTheFirstProblem() {
        String numbers = "[" + "12345,".repeat(17_000) + "1]";

        BinaryReply reply = postStatements(numbers.getBytes(StandardCharsets.UTF_8));

        assertShortJsonError(400, reply);
        String message = reply.json().asJsonObject().getJsonObject("error").getString("message");
        assertTrue(message.startsWith("statements[0]: "), message);
        assertTrue(message.endsWith("(and 17000 more problems)"), message);
    }

    @Test
    void unknownPathsMethodsAndMediaTypesAreAnsweredInJson() {
        assertShortJsonError(404, provider.send("GET", "xapi/no-such-resource", null, null));
        assertShortJsonError(404, provider.send("GET", "no/such/path", null, null));
        assertShortJsonError(405, provider.send("PATCH", "xapi/statements", JSON, "{}".getBytes(StandardCharsets.UTF_8)));
        assertShortJsonError(415, provider.send("POST", "admin/providers", "text/plain",
                "x".getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The generated run ({@link BadInputCheck}): at least 10,000 mutated statements and documents, and one request in
     * ten left valid, over eight connections. Rerun a seed with -Dflourish.badinput.seed=N.
     */
    @Test
    void tenThousandMutatedStatementsAndDocumentsDrawNo5xxAndNothingRefusedIsStored() throws Exception {
        URI root = new URI("http", null, "127.0.0.1", deployed.getPort(), deployed.getPath(), null, null);
        BadInputCheck.run(root, "it-key", "it-secret", System.getProperty("flourish.test.pg.url")
                + System.getProperty("flourish.it.db"), System.getProperty("flourish.test.pg.user"),
                System.getProperty("flourish.test.pg.password"),
                Long.getLong("flourish.badinput.seed", System.nanoTime()),
                Integer.getInteger("flourish.badinput.mutated", 10_000));
    }
}
