package org.flourish.lrs.api;

import static org.flourish.lrs.testing.SampleStatements.ATTEMPTED;
import static org.flourish.lrs.testing.SampleStatements.COMPLETED;
import static org.flourish.lrs.testing.SampleStatements.VOIDED;
import static org.flourish.lrs.testing.SampleStatements.statement;
import static org.flourish.lrs.testing.SampleStatements.statementAbout;
import static org.flourish.lrs.testing.SampleStatements.uniqueActivity;
import static org.flourish.lrs.testing.XapiClient.params;
import static org.flourish.lrs.testing.XapiClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.flourish.lrs.testing.ErasurePositions;
import org.flourish.lrs.testing.FromAddress;
import org.flourish.lrs.testing.RecordingTarget;
import org.flourish.lrs.testing.StatementMutations;
import org.flourish.lrs.testing.XapiClient;
import org.flourish.lrs.testing.XapiClient.Reply;
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
 * The LRS as its users reach it: the WAR the build made, deployed to Payara Micro on a fresh PostgreSQL database,
 * exercised over HTTP. Each test uses its own activities, agents and providers, so tests never depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LrsApiIT {

    private static final String SEED_KEY = "it-key";
    private static final String SEED_SECRET = "it-secret";

    @ArquillianResource
    private URL deployed;

    private XapiClient anonymous;
    private XapiClient provider;
    private XapiClient admin;
    private URI base;

    @Deployment(testable = false)
    static WebArchive lrs() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("flourish.war")));
    }

    @BeforeEach
    void clients() throws Exception {
        // Arquillian reports the machine's address; the server listens on loopback as well.
        base = new URI("http", null, "127.0.0.1", deployed.getPort(), deployed.getPath(), null, null);
        anonymous = XapiClient.at(base);
        provider = anonymous.as(SEED_KEY, SEED_SECRET);
        admin = anonymous.as("admin", "it-admin-secret");
    }

    private static String json(JsonValue value) {
        return value.toString();
    }

    private String post(JsonObject statement) {
        Reply reply = provider.post("xapi/statements", json(statement));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().asJsonArray().getString(0);
    }

    private JsonArray statementsWhere(XapiClient client, String... parameters) {
        Reply reply = client.get("xapi/statements?" + query(params(parameters)));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().asJsonObject().getJsonArray("statements");
    }

    private static List<String> ids(JsonArray statements) {
        return statements.stream().map(s -> s.asJsonObject().getString("id")).toList();
    }

    @Test
    void aboutListsBothVersionsToAnyone() {
        Reply reply = anonymous.version(null).get("xapi/about");
        assertEquals(200, reply.status());
        JsonArray versions = reply.json().asJsonObject().getJsonArray("version");
        assertEquals(List.of("1.0.3", "2.0.0"), versions.getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void theSampleRecordIsLoadedOnceAtStart() {
        String learner = "{\"account\":{\"homePage\":\"https://w3id.org/flourish/samples/thies/enrolment\","
                + "\"name\":\"TH-2026-0142\"}}";
        JsonArray record = statementsWhere(provider, "agent", learner, "limit", "0");
        assertFalse(record.isEmpty());
        assertEquals(record.size(), ids(record).stream().distinct().count());
        assertEquals("Flourish sample data", record.getJsonObject(0).getJsonObject("authority").getString("name"));
    }

    @Test
    void requestWithoutCredentialsIsRefusedWith401AndAJsonMessage() {
        Reply reply = anonymous.get("xapi/statements");
        assertEquals(401, reply.status());
        assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
        assertTrue(reply.json().asJsonObject().getJsonObject("error").getString("message").contains("credential"));
        assertEquals(401, anonymous.as(SEED_KEY, "wrong-secret").get("xapi/statements").status());
    }

    @Test
    void noResponseNamesTheServerSoftwareAndTheGeneratedApiDescriptionIsNotServed() {
        for (Reply reply : List.of(anonymous.get("xapi/about"), anonymous.get("xapi/statements"),
                provider.get("xapi/statements?limit=1"), provider.get("xapi/nothing-here"))) {
            assertEquals(null, reply.header("Server"), reply.response().headers().toString());
            assertEquals(null, reply.header("X-Powered-By"), reply.response().headers().toString());
        }
        for (String path : List.of("application.wadl", "application.wadl?detail=true", "xapi/application.wadl")) {
            Reply wadl = anonymous.get(path);
            assertTrue(wadl.status() == 404 || wadl.status() == 401, path + ": " + wadl.status());
            assertFalse(wadl.body().contains("wadl"), wadl.body());
            assertEquals(404, provider.get(path).status(), path);
        }
    }

    /** A credential of a new provider, with these scopes: key, then secret. */
    private String[] newCredential(String scopes) {
        Reply created = admin.post("admin/providers", "{\"name\":\"Provider " + UUID.randomUUID()
                + "\",\"homepage\":\"https://school.example.org\"}");
        long providerId = created.json().asJsonObject().getJsonNumber("id").longValue();
        JsonObject issued = admin.post("admin/providers/" + providerId + "/credentials",
                "{\"scopes\":[\"" + scopes + "\"]}").json().asJsonObject();
        return new String[] {issued.getString("key"), issued.getString("secret")};
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void anUnknownKeyIsRefusedAfterAsLongAsAWrongSecretSoThe401DoesNotTellWhichKeysExist() {
        String[] credential = newCredential("statements/read");
        URI statements = base.resolve("xapi/statements?limit=1");
        List<Long> unknownKey = new ArrayList<>();
        List<Long> wrongSecret = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            FromAddress.Reply unknown = FromAddress.get("127.0.0.21", statements, "no-such-key-" + UUID.randomUUID(),
                    "guess-" + i);
            FromAddress.Reply wrong = FromAddress.get("127.0.0.21", statements, credential[0], "guess-" + i);
            assertEquals(401, unknown.status(), unknown.body());
            assertEquals(401, wrong.status(), wrong.body());
            unknownKey.add(unknown.nanos());
            wrongSecret.add(wrong.nanos());
        }
        double ratio = (double) median(wrongSecret) / median(unknownKey);
        assertTrue(ratio > 0.33 && ratio < 3, "median wrong secret " + median(wrongSecret) / 1_000_000
                + " ms, unknown key " + median(unknownKey) / 1_000_000 + " ms");
    }

    @Test
    void repeatedFailuresGet429WithRetryAfterWithoutHashingAndWithoutLockingOutTheRightCredential() {
        String[] credential = newCredential("statements/read");
        URI statements = base.resolve("xapi/statements?limit=1");
        List<Long> checked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            FromAddress.Reply guess = FromAddress.get("127.0.0.22", statements, credential[0], "guess-" + i);
            assertEquals(401, guess.status(), guess.body());
            checked.add(guess.nanos());
        }
        List<Long> throttled = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            FromAddress.Reply guess = FromAddress.get("127.0.0.22", statements, credential[0], "more-" + i);
            assertEquals(429, guess.status(), guess.body());
            assertTrue(Long.parseLong(guess.headers().get("retry-after")) >= 1, guess.headers().toString());
            assertTrue(guess.body().contains("\"error\""), guess.body());
            throttled.add(guess.nanos());
        }
        assertTrue(median(throttled) < median(checked) / 2, "a throttled guess took " + median(throttled) / 1_000_000
                + " ms, a checked one " + median(checked) / 1_000_000 + " ms: it was hashed");

        // The school, at another address, signs in; from then on its verified secret passes even where guessing is.
        assertEquals(200, FromAddress.get("127.0.0.23", statements, credential[0], credential[1]).status());
        assertEquals(200, FromAddress.get("127.0.0.22", statements, credential[0], credential[1]).status());
        assertEquals(429, FromAddress.get("127.0.0.22", statements, credential[0], "again").status());

        // An address that guesses many keys waits for every key.
        for (int i = 0; i < 20; i++) {
            FromAddress.get("127.0.0.24", statements, "unknown-" + UUID.randomUUID(), "x");
        }
        String[] other = newCredential("statements/read");
        assertEquals(429, FromAddress.get("127.0.0.24", statements, other[0], other[1]).status());
        assertEquals(200, FromAddress.get("127.0.0.25", statements, other[0], other[1]).status());
    }

    @Test
    void missingOrUnsupportedVersionHeaderIs400() {
        Reply missing = provider.version(null).get("xapi/statements");
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("X-Experience-API-Version"), missing.body());
        assertEquals(400, provider.version("0.95").get("xapi/statements").status());
        assertEquals(400, provider.version("3.0.0").get("xapi/statements").status());
        assertEquals(200, provider.version("1.0.3").get("xapi/statements?limit=1").status());
        assertEquals("1.0.3", provider.version("1.0.1").get("xapi/statements?limit=1").header("X-Experience-API-Version"));
    }

    @Test
    void postedStatementComesBackWithWhatTheLrsSets() {
        String activity = uniqueActivity();
        String id = post(statement("ama@example.org", COMPLETED, activity).build());
        Reply reply = provider.get("xapi/statements?statementId=" + id);
        assertEquals(200, reply.status(), reply.body());
        JsonObject stored = reply.json().asJsonObject();
        assertEquals(id, stored.getString("id"));
        assertNotNull(stored.getString("stored"));
        assertEquals(stored.getString("stored"), stored.getString("timestamp"));
        assertEquals("2.0.0", stored.getString("version"));
        assertEquals(SEED_KEY, stored.getJsonObject("authority").getJsonObject("account").getString("name"));
        assertNotNull(reply.header("Last-Modified"));
        assertNotNull(reply.header("X-Experience-API-Version"));
    }

    @Test
    void putStoresUnderTheGivenIdAndIsIdempotentButAConflictIs409() {
        String id = UUID.randomUUID().toString();
        JsonObject statement = statement("kofi@example.org", COMPLETED, uniqueActivity()).build();
        assertEquals(204, provider.put("xapi/statements?statementId=" + id, json(statement)).status());
        assertEquals(204, provider.put("xapi/statements?statementId=" + id, json(statement)).status());
        JsonObject different = statement("kofi@example.org", ATTEMPTED, uniqueActivity()).build();
        Reply conflict = provider.put("xapi/statements?statementId=" + id, json(different));
        assertEquals(409, conflict.status(), conflict.body());
        JsonObject withId = Json.createObjectBuilder(statement).add("id", id).build();
        Reply repost = provider.post("xapi/statements", json(withId));
        assertEquals(200, repost.status(), repost.body());
        assertEquals(400, provider.put("xapi/statements", json(statement)).status());
        assertEquals(400, provider.put("xapi/statements?statementId=not-a-uuid", json(statement)).status());
    }

    @Test
    void batchWithOneInvalidStatementStoresNothingAndNamesTheProblem() {
        String activity = uniqueActivity();
        JsonObject good = statement("ama@example.org", COMPLETED, activity).build();
        JsonObject bad = Json.createObjectBuilder(statement("ama@example.org", COMPLETED, activity).build())
                .add("actor", Json.createObjectBuilder().add("mbox", "ama@example.org")).build();
        Reply reply = provider.post("xapi/statements", json(Json.createArrayBuilder().add(good).add(bad).build()));
        assertEquals(400, reply.status());
        assertTrue(reply.body().contains("statements[1].actor.mbox"), reply.body());
        assertEquals(0, statementsWhere(provider, "activity", activity).size());
    }

    @Test
    void batchIsStoredWholeAndIdsComeBackInOrder() {
        String activity = uniqueActivity();
        JsonArray batch = Json.createArrayBuilder()
                .add(statement("a@example.org", COMPLETED, activity))
                .add(statement("b@example.org", COMPLETED, activity))
                .add(statement("c@example.org", COMPLETED, activity)).build();
        Reply reply = provider.post("xapi/statements", json(batch));
        assertEquals(200, reply.status(), reply.body());
        List<String> posted = reply.json().asJsonArray().getValuesAs(jakarta.json.JsonString::getString);
        List<String> newestFirst = new ArrayList<>(posted);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, ids(statementsWhere(provider, "activity", activity)));
    }

    @Test
    void voidedStatementIsHiddenButServedByVoidedStatementId() {
        String activity = uniqueActivity();
        String target = post(statement("ama@example.org", COMPLETED, activity).build());
        String voiding = post(statementAbout("teacher@example.org", VOIDED, UUID.fromString(target)).build());
        assertEquals(404, provider.get("xapi/statements?statementId=" + target).status());
        assertEquals(200, provider.get("xapi/statements?voidedStatementId=" + target).status());
        assertEquals(404, provider.get("xapi/statements?voidedStatementId=" + voiding).status());
        assertEquals(List.of(voiding), ids(statementsWhere(provider, "activity", activity)));
    }

    @Test
    void queryFiltersCombineAndRelatedFlagsWidenThem() {
        String activity = uniqueActivity();
        String parent = uniqueActivity();
        String registration = UUID.randomUUID().toString();
        JsonObject inContext = statement("pupil@example.org", ATTEMPTED, activity)
                .add("context", Json.createObjectBuilder()
                        .add("registration", registration)
                        .add("instructor", Json.createObjectBuilder().add("mbox", "mailto:mentor@example.org"))
                        .add("contextActivities", Json.createObjectBuilder()
                                .add("parent", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", parent)))))
                .build();
        String id = post(inContext);
        String other = post(statement("pupil@example.org", COMPLETED, activity).build());
        String pupil = "{\"mbox\":\"mailto:pupil@example.org\"}";
        String mentor = "{\"mbox\":\"mailto:mentor@example.org\"}";
        assertEquals(List.of(id), ids(statementsWhere(provider, "activity", activity, "verb", ATTEMPTED)));
        assertEquals(List.of(id), ids(statementsWhere(provider, "registration", registration)));
        assertEquals(List.of(other, id), ids(statementsWhere(provider, "agent", pupil, "activity", activity)));
        assertEquals(List.of(), ids(statementsWhere(provider, "agent", mentor, "activity", activity)));
        assertEquals(List.of(id), ids(statementsWhere(provider, "agent", mentor, "related_agents", "true",
                "activity", activity)));
        assertEquals(List.of(), ids(statementsWhere(provider, "activity", parent)));
        assertEquals(List.of(id), ids(statementsWhere(provider, "activity", parent, "related_activities", "true")));
    }

    @Test
    void statementTargetingAnotherMatchesTheTargetsFilters() {
        String activity = uniqueActivity();
        String target = post(statement("ama@example.org", COMPLETED, activity).build());
        String confirms = post(statementAbout("mentor@example.org", "https://example.org/verbs/confirmed",
                UUID.fromString(target)).build());
        assertEquals(List.of(confirms, target), ids(statementsWhere(provider, "activity", activity)));
    }

    @Test
    void morePagesThroughAQueryAndIgnoresLaterStatements() {
        String activity = uniqueActivity();
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.add(post(statement("p" + i + "@example.org", COMPLETED, activity).build()));
        }
        List<String> seen = new ArrayList<>();
        Reply page = provider.get("xapi/statements?" + query(params("activity", activity, "limit", "2",
                "ascending", "true")));
        post(statement("late@example.org", COMPLETED, activity).build());
        while (true) {
            assertEquals(200, page.status(), page.body());
            JsonObject result = page.json().asJsonObject();
            seen.addAll(ids(result.getJsonArray("statements")));
            String more = result.getString("more");
            if (more.isEmpty()) {
                break;
            }
            assertTrue(more.startsWith(URI.create(deployed.toString()).getPath()), more);
            page = provider.get(more.substring(more.indexOf("xapi/")));
        }
        assertEquals(posted, seen);
    }

    @Test
    void statementResourceHeadersAreThere() {
        Reply reply = provider.get("xapi/statements?limit=1");
        assertNotNull(reply.header("X-Experience-API-Consistent-Through"));
        java.time.OffsetDateTime.parse(reply.header("X-Experience-API-Consistent-Through"));
        String posted = provider.post("xapi/statements", json(statement("h@example.org", COMPLETED, uniqueActivity())
                .build())).header("X-Experience-API-Consistent-Through");
        assertNotNull(posted);
        Reply head = provider.head("xapi/statements?limit=1");
        assertEquals(200, head.status());
        assertEquals("", head.body());
        assertNotNull(head.header("X-Experience-API-Consistent-Through"));
    }

    @Test
    void statementResourceSaysHowConsistentItIsEvenWhenItRefuses() {
        Reply badParameter = provider.get("xapi/statements?verb=not-an-iri&limit=x");
        assertEquals(400, badParameter.status());
        java.time.OffsetDateTime.parse(badParameter.header("X-Experience-API-Consistent-Through"));
        Reply unknown = provider.get("xapi/statements?statementId=" + UUID.randomUUID());
        assertEquals(404, unknown.status());
        java.time.OffsetDateTime.parse(unknown.header("X-Experience-API-Consistent-Through"));
        Reply noVersion = provider.version(null).get("xapi/statements");
        assertEquals(400, noVersion.status());
        java.time.OffsetDateTime.parse(noVersion.header("X-Experience-API-Consistent-Through"));
    }

    @Test
    void everyResponseCarriesAnHttpDate() {
        List<Reply> replies = List.of(anonymous.version(null).get("xapi/about"), anonymous.get("xapi/statements"),
                provider.version(null).get("xapi/statements"), provider.get("xapi/statements?limit=1"),
                provider.get("xapi/activities/state?activityId=x"), provider.get("no/such/path"));
        for (Reply reply : replies) {
            String date = reply.header("Date");
            assertNotNull(date, reply.status() + " " + reply.response().uri());
            java.time.ZonedDateTime sent = java.time.ZonedDateTime.parse(date,
                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
            assertTrue(Math.abs(java.time.Duration.between(sent, java.time.ZonedDateTime.now()).toSeconds()) < 60,
                    date);
        }
    }

    @Test
    void aRequestWithoutVersionIsAnsweredInTheDeploymentsDefaultVersion() {
        // The build deploys with the default: 2.0.0 (ConformanceIT also runs a 1.0.3 deployment).
        assertEquals("2.0.0", provider.version(null).get("xapi/statements").header("X-Experience-API-Version"));
        assertEquals("2.0.0", anonymous.get("xapi/statements").header("X-Experience-API-Version"));
    }

    @Test
    void corsPreflightIsAnsweredWithoutCredentials() {
        Reply reply = anonymous.version(null).options("xapi/statements", "https://content.example.org");
        assertEquals(200, reply.status());
        assertEquals("https://content.example.org", reply.header("Access-Control-Allow-Origin"));
        assertTrue(reply.header("Access-Control-Allow-Headers").contains("X-Experience-API-Version"));
        assertTrue(reply.header("Access-Control-Allow-Headers").contains("Authorization"));
    }

    @Test
    void badParametersAreRefusedWith400() {
        String id = UUID.randomUUID().toString();
        assertEquals(400, provider.get("xapi/statements?statementId=" + id + "&verb=" + COMPLETED).status());
        assertEquals(400, provider.get("xapi/statements?unknown=1").status());
        assertEquals(400, provider.get("xapi/statements?limit=-1").status());
        assertEquals(400, provider.get("xapi/statements?since=yesterday").status());
        assertEquals(400, provider.get("xapi/statements?format=full").status());
        assertEquals(400, provider.get("xapi/statements?agent=notjson").status());
        assertEquals(400, provider.get("xapi/statements?more=garbage").status());
        assertEquals(404, provider.get("xapi/statements?statementId=" + id).status());
    }

    @Test
    void aBodyLargerThanTheConfiguredLimitIsRefusedWith413() {
        String activity = uniqueActivity();
        var batch = Json.createArrayBuilder();
        for (int i = 0; i < 6000; i++) {
            batch.add(statement("big" + i + "@example.org", COMPLETED, activity));
        }
        Reply reply = provider.post("xapi/statements", json(batch.build()));
        assertEquals(413, reply.status(), reply.body());
        assertEquals(0, statementsWhere(provider, "activity", activity).size());
    }

    @Test
    void whileOtherBodiesHoldTheMemoryBudgetALargeStatementGets503WithRetryAfterAndNothingIsStored()
            throws Exception {
        UUID id = UUID.randomUUID();
        String large = statement("ama@example.org", COMPLETED, uniqueActivity())
                .add("result", Json.createObjectBuilder().add("response", "x".repeat(700_000))).build().toString();
        // A client announces 950 KB and sends 900 KB of it: its share (8 bytes of heap a byte) holds most of the
        // 12 MB budget the ITs run with (FLOURISH_BODY_MEMORY_BYTES in lrs/pom.xml).
        try (java.net.Socket slow = new java.net.Socket(base.getHost(), base.getPort())) {
            String auth = java.util.Base64.getEncoder().encodeToString((SEED_KEY + ":" + SEED_SECRET)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            java.io.OutputStream out = slow.getOutputStream();
            out.write(("POST " + base.getPath() + "xapi/statements HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Basic " + auth + "\r\nX-Experience-API-Version: 2.0.0\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 950000\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(("{\"padding\":\"" + "y".repeat(900_000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(1500);

            Reply busy = provider.put("xapi/statements?statementId=" + id, large);
            assertEquals(503, busy.status(), busy.body());
            assertTrue(Long.parseLong(busy.header("Retry-After")) >= 1, busy.response().headers().toString());
            assertTrue(busy.json().asJsonObject().getJsonObject("error").getString("message").contains("try again"));
            assertEquals(404, provider.get("xapi/statements?statementId=" + id).status());
        }
        Reply later = null;
        for (int attempt = 0; attempt < 20 && (later == null || later.status() == 503); attempt++) {
            Thread.sleep(500);
            later = provider.put("xapi/statements?statementId=" + id, large);
        }
        assertEquals(204, later.status(), later.body());
        assertEquals(200, provider.get("xapi/statements?statementId=" + id).status());
    }

    @Test
    void malformedBodiesAreRefusedWith400() {
        assertEquals(400, provider.post("xapi/statements", "{not json").status());
        assertEquals(400, provider.post("xapi/statements", "42").status());
        assertEquals(400, provider.post("xapi/statements", "{}", "text/plain").status());
    }

    @Test
    void contextAgentsAreRefusedUnder103AndAcceptedUnder20() {
        JsonObject statement = statement("ama@example.org", COMPLETED, uniqueActivity())
                .add("context", Json.createObjectBuilder().add("contextAgents", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("objectType", "contextAgent")
                                .add("agent", Json.createObjectBuilder().add("mbox", "mailto:peer@example.org"))
                                .add("relevantTypes", Json.createArrayBuilder().add("https://example.org/peer")))))
                .build();
        assertEquals(400, provider.version("1.0.3").post("xapi/statements", json(statement)).status());
        assertEquals(200, provider.version("2.0.0").post("xapi/statements", json(statement)).status());
    }

    @Test
    void idsFormatReducesAgentsAndActivitiesToTheirIdentifiers() {
        String activity = uniqueActivity();
        JsonObject named = statement("ama@example.org", COMPLETED, activity)
                .add("object", Json.createObjectBuilder().add("id", activity).add("definition",
                        Json.createObjectBuilder().add("name", Json.createObjectBuilder().add("en", "Reading")
                                .add("fr", "Lecture")))).build();
        String id = post(named);
        JsonObject ids = provider.get("xapi/statements?format=ids&statementId=" + id).json().asJsonObject();
        assertFalse(ids.getJsonObject("object").containsKey("definition"));
        JsonObject canonical = provider.get("xapi/statements?format=canonical&statementId=" + id,
                "Accept-Language", "fr").json().asJsonObject();
        assertEquals(Json.createObjectBuilder().add("fr", "Lecture").build(),
                canonical.getJsonObject("object").getJsonObject("definition").getJsonObject("name"));
    }

    @Test
    void scopesLimitWhatACredentialMayDo() {
        Reply created = admin.post("admin/providers", "{\"name\":\"Scope school " + UUID.randomUUID()
                + "\",\"homepage\":\"https://school.example.org\"}");
        assertEquals(201, created.status(), created.body());
        long providerId = created.json().asJsonObject().getJsonNumber("id").longValue();
        JsonObject writer = admin.post("admin/providers/" + providerId + "/credentials",
                "{\"scopes\":[\"statements/write\",\"statements/read/mine\"]}").json().asJsonObject();
        JsonObject writeOnly = admin.post("admin/providers/" + providerId + "/credentials",
                "{\"scopes\":[\"statements/write\"]}").json().asJsonObject();
        XapiClient school = anonymous.as(writer.getString("key"), writer.getString("secret"));
        XapiClient blind = anonymous.as(writeOnly.getString("key"), writeOnly.getString("secret"));

        String activity = uniqueActivity();
        String theirs = post(statement("ama@example.org", COMPLETED, activity).build());
        Reply mine = school.post("xapi/statements", json(statement("ama@example.org", ATTEMPTED, activity).build()));
        assertEquals(200, mine.status(), mine.body());
        String mineId = mine.json().asJsonArray().getString(0);
        assertEquals(List.of(mineId), ids(statementsWhere(school, "activity", activity)));
        assertEquals(404, school.get("xapi/statements?statementId=" + theirs).status());
        assertEquals(403, blind.get("xapi/statements").status());
        assertEquals(403, school.get("admin/providers").status());
        assertEquals(403, provider.get("admin/providers").status());
    }

    @Test
    void aCredentialVoidsOnlyItsOwnProvidersStatementsUnlessItHasScopeAll() {
        Reply created = admin.post("admin/providers", "{\"name\":\"Voiding school " + UUID.randomUUID()
                + "\",\"homepage\":\"https://school.example.org\"}");
        long providerId = created.json().asJsonObject().getJsonNumber("id").longValue();
        JsonObject issued = admin.post("admin/providers/" + providerId + "/credentials",
                "{\"scopes\":[\"statements/write\",\"statements/read/mine\"]}").json().asJsonObject();
        XapiClient school = anonymous.as(issued.getString("key"), issued.getString("secret"));
        String activity = uniqueActivity();
        String theirs = post(statement("ama@example.org", COMPLETED, activity).build());

        Reply refused = school.post("xapi/statements",
                json(statementAbout("mallory@example.org", VOIDED, UUID.fromString(theirs)).build()));
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.json().asJsonObject().getJsonObject("error").getString("message").contains(theirs));
        String own = statement("kofi@example.org", ATTEMPTED, activity).add("id", UUID.randomUUID().toString())
                .build().toString();
        Reply batch = school.post("xapi/statements", "[" + own + ","
                + json(statementAbout("mallory@example.org", VOIDED, UUID.fromString(theirs)).build()) + "]");
        assertEquals(403, batch.status(), batch.body());
        assertEquals(List.of(theirs), ids(statementsWhere(provider, "activity", activity)));
        assertEquals(200, provider.get("xapi/statements?statementId=" + theirs).status());

        // A voiding sent before its target arrives does not void another provider's statement either.
        UUID later = UUID.randomUUID();
        Reply early = school.post("xapi/statements", json(statementAbout("mallory@example.org", VOIDED, later).build()));
        assertEquals(200, early.status(), early.body());
        assertEquals(204, provider.put("xapi/statements?statementId=" + later,
                json(statement("ama@example.org", COMPLETED, activity).build())).status());
        assertEquals(200, provider.get("xapi/statements?statementId=" + later).status());

        Reply mine = school.post("xapi/statements", json(statement("kofi@example.org", ATTEMPTED, activity).build()));
        String mineId = mine.json().asJsonArray().getString(0);
        Reply ownVoiding = school.post("xapi/statements",
                json(statementAbout("kofi@example.org", VOIDED, UUID.fromString(mineId)).build()));
        assertEquals(200, ownVoiding.status(), ownVoiding.body());
        assertEquals(200, provider.get("xapi/statements?voidedStatementId=" + mineId).status());
        UUID ownLater = UUID.randomUUID();
        assertEquals(200, school.post("xapi/statements",
                json(statementAbout("kofi@example.org", VOIDED, ownLater).build())).status());
        assertEquals(204, school.put("xapi/statements?statementId=" + ownLater,
                json(statement("kofi@example.org", ATTEMPTED, activity).build())).status());
        assertEquals(200, provider.get("xapi/statements?voidedStatementId=" + ownLater).status());

        Reply byAll = provider.post("xapi/statements",
                json(statementAbout("teacher@example.org", VOIDED, UUID.fromString(theirs)).build()));
        assertEquals(200, byAll.status(), byAll.body());
        assertEquals(200, provider.get("xapi/statements?voidedStatementId=" + theirs).status());
    }

    @Test
    void onlyCredentialsWithDefineScopeDefineAnActivity() {
        Reply created = admin.post("admin/providers", "{\"name\":\"Define school " + UUID.randomUUID()
                + "\",\"homepage\":\"https://school.example.org\"}");
        long providerId = created.json().asJsonObject().getJsonNumber("id").longValue();
        JsonObject writes = admin.post("admin/providers/" + providerId + "/credentials",
                "{\"scopes\":[\"statements/write\"]}").json().asJsonObject();
        JsonObject defines = admin.post("admin/providers/" + providerId + "/credentials",
                "{\"scopes\":[\"statements/write\",\"define\"]}").json().asJsonObject();
        String activity = uniqueActivity();
        post(named(activity, "Reading"));
        Reply untrusted = anonymous.as(writes.getString("key"), writes.getString("secret"))
                .post("xapi/statements", json(named(activity, "Renamed without define")));
        assertEquals(200, untrusted.status(), untrusted.body());
        assertEquals("Reading", activityName(activity));

        Reply trusted = anonymous.as(defines.getString("key"), defines.getString("secret"))
                .post("xapi/statements", json(named(activity, "Reading together")));
        assertEquals(200, trusted.status(), trusted.body());
        assertEquals("Reading together", activityName(activity));
    }

    private static JsonObject named(String activity, String name) {
        return statement("ama@example.org", COMPLETED, activity)
                .add("object", Json.createObjectBuilder().add("id", activity).add("definition",
                        Json.createObjectBuilder().add("name", Json.createObjectBuilder().add("en", name)))).build();
    }

    private String activityName(String activity) {
        return provider.get("xapi/activities?" + query(params("activityId", activity))).json().asJsonObject()
                .getJsonObject("definition").getJsonObject("name").getString("en");
    }

    @Test
    void disabledCredentialOrProviderIsRefusedAtOnce() {
        Reply created = admin.post("admin/providers", "{\"name\":\"Disabled NGO " + UUID.randomUUID()
                + "\",\"homepage\":\"https://ngo.example.org\"}");
        long providerId = created.json().asJsonObject().getJsonNumber("id").longValue();
        JsonObject issued = admin.post("admin/providers/" + providerId + "/credentials",
                "{\"scopes\":[\"all\"]}").json().asJsonObject();
        XapiClient ngo = anonymous.as(issued.getString("key"), issued.getString("secret"));
        assertEquals(200, ngo.get("xapi/statements?limit=1").status());
        assertEquals(200, admin.patch("admin/credentials/" + issued.getString("key"), "{\"enabled\":false}").status());
        assertEquals(401, ngo.get("xapi/statements?limit=1").status());
        assertEquals(200, admin.patch("admin/credentials/" + issued.getString("key"), "{\"enabled\":true}").status());
        assertEquals(200, ngo.get("xapi/statements?limit=1").status());
        assertEquals(200, admin.patch("admin/providers/" + providerId, "{\"enabled\":false}").status());
        assertEquals(401, ngo.get("xapi/statements?limit=1").status());
    }

    @Test
    void aSubscriptionForwardsNewStatementsToItsTarget() throws InterruptedException {
        try (RecordingTarget target = new RecordingTarget()) {
            String activity = uniqueActivity();
            Reply created = admin.post("admin/subscriptions", "{\"name\":\"sub " + UUID.randomUUID() + "\",\"target\":\""
                    + target.xapi() + "\",\"key\":\"k\",\"secret\":\"s\",\"filter\":{\"activity\":\"" + activity + "\"}}");
            assertEquals(201, created.status(), created.body());
            assertFalse(created.body().contains("\"secret\""), created.body());
            String first = post(statement("ama@example.org", COMPLETED, activity).build());
            post(statement("ama@example.org", COMPLETED, uniqueActivity()).build());
            String second = post(statement("kofi@example.org", ATTEMPTED, activity).build());
            for (int i = 0; i < 100 && target.receivedIds().size() < 2; i++) {
                Thread.sleep(100);
            }
            assertEquals(List.of(first, second), target.receivedIds());
            long id = created.json().asJsonObject().getJsonNumber("id").longValue();
            // The target has the batch a moment before the subscription records it as delivered.
            long delivered = 0;
            for (int i = 0; i < 50 && delivered < 2; i++) {
                Thread.sleep(100);
                delivered = admin.get("admin/subscriptions/" + id).json().asJsonObject().getJsonObject("status")
                        .getJsonNumber("deliveredCount").longValue();
            }
            assertEquals(2, delivered);
            assertEquals(204, admin.delete("admin/subscriptions/" + id).status());
        }
    }

    @Test
    void anErasedLearnerCannotBeFoundThroughAnyEndpointOrTable() throws Exception {
        String email = "erase-" + UUID.randomUUID() + "@example.org";
        String agent = "{\"mbox\":\"mailto:" + email + "\"}";
        String id = post(statement(email, COMPLETED, uniqueActivity()).build());
        post(statement("teacher@example.org", COMPLETED, uniqueActivity()).add("context", Json.createObjectBuilder()
                .add("instructor", Json.createObjectBuilder().add("mbox", "mailto:" + email))).build());
        String stateUrl = "xapi/activities/state?" + query(params("activityId", "https://example.org/game",
                "agent", agent, "stateId", "progress"));
        assertEquals(204, provider.put(stateUrl, "{\"level\":2}").status());

        Reply erased = admin.post("admin/erasures", "{\"agents\":[" + agent + "]}");
        assertEquals(200, erased.status(), erased.body());
        assertEquals(2, erased.json().asJsonObject().getJsonNumber("statementsErased").longValue());

        assertEquals(404, provider.get("xapi/statements?statementId=" + id).status());
        assertEquals(404, provider.get("xapi/statements?voidedStatementId=" + id).status());
        assertEquals(0, statementsWhere(provider, "agent", agent, "related_agents", "true").size());
        assertEquals(404, provider.get(stateUrl).status());
        assertFalse(provider.get("xapi/agents?" + query(params("agent", agent))).body().contains("\"name\""));
        try (var connection = java.sql.DriverManager.getConnection(
                System.getProperty("flourish.test.pg.url") + System.getProperty("flourish.it.db"),
                System.getProperty("flourish.test.pg.user"), System.getProperty("flourish.test.pg.password"));
                var sql = connection.prepareStatement("SELECT (SELECT count(*) FROM statement WHERE body LIKE ?)"
                        + " + (SELECT count(*) FROM statement_term WHERE term LIKE ?)"
                        + " + (SELECT count(*) FROM document WHERE agent_key LIKE ?)")) {
            for (int i = 1; i <= 3; i++) {
                sql.setString(i, "%" + email + "%");
            }
            try (var rows = sql.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getLong(1), "rows still naming the erased learner");
            }
        }
        assertTrue(admin.get("admin/erasures").body().contains("\"statementsErased\":2"));
    }

    @Test
    void aLearnerNamedInAnyPositionIsErasedOverHttpAndOnlyTheFeedReaderIsTold() throws Exception {
        ErasurePositions child = ErasurePositions.newChild();
        List<String> ids = new ArrayList<>();
        for (JsonObject naming : child.namingStatements()) {
            if (!naming.containsKey("authority")) { // the LRS sets the authority itself
                ids.add(post(naming));
            }
        }
        for (JsonObject pointing : ErasurePositions.pointingTo(UUID.fromString(ids.get(0)))) {
            ids.add(post(pointing));
        }
        Reply issued = admin.post("admin/providers/1/credentials", "{\"scopes\":[\"erasures/read\"]}");
        assertEquals(201, issued.status(), issued.body());
        XapiClient reader = anonymous.as(issued.json().asJsonObject().getString("key"),
                issued.json().asJsonObject().getString("secret"));
        long start = feedEnd(reader);

        Reply erased = admin.post("admin/erasures", "{\"agents\":[" + child.mboxAgent() + "," + child.accountAgent()
                + "]}");
        assertEquals(200, erased.status(), erased.body());
        assertEquals(ids.size(), erased.json().asJsonObject().getJsonNumber("statementsErased").longValue());
        for (String id : ids) {
            assertEquals(404, provider.get("xapi/statements?statementId=" + id).status(), id);
        }
        assertEquals(3, rowsNaming(child.traces()),
                "only the feed, until its reader acknowledges, names the learner: by mailbox, its hash and account");

        assertEquals(403, admin.get("admin/erasures/feed").status());
        assertEquals(403, provider.get("admin/erasures/feed").status());
        assertEquals(401, anonymous.get("admin/erasures/feed").status());
        assertEquals(400, reader.get("admin/erasures/feed?after=x").status());
        JsonArray feed = reader.get("admin/erasures/feed?after=" + start).json().asJsonObject()
                .getJsonArray("erasures");
        assertEquals(1, feed.size(), feed::toString);
        JsonObject notice = feed.getJsonObject(0);
        assertTrue(notice.getJsonArray("agents").contains(Json.createValue("account:" + ErasurePositions.SCHOOL + "|"
                + child.accountName())), notice::toString);
        assertEquals(ids.stream().sorted().toList(), notice.getJsonArray("statements")
                .getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(rowsNaming(ids) > 0, "the feed keeps the ids until its reader acknowledged them");
        assertEquals(0, reader.get("admin/erasures/feed?after=" + notice.getJsonNumber("position")).json()
                .asJsonObject().getJsonArray("erasures").size());
        assertEquals(0, rowsNaming(ids) + rowsNaming(child.traces()), "acknowledged, the feed forgot them");
        assertEquals(200, admin.patch("admin/credentials/" + issued.json().asJsonObject().getString("key"),
                "{\"enabled\":false}").status());
    }

    /** The position after the last entry the reader can see now. */
    private static long feedEnd(XapiClient reader) {
        long position = 0;
        while (true) {
            Reply page = reader.get("admin/erasures/feed?limit=100&after=" + position);
            assertEquals(200, page.status(), page.body());
            JsonArray entries = page.json().asJsonObject().getJsonArray("erasures");
            if (entries.isEmpty()) {
                return position;
            }
            position = entries.getJsonObject(entries.size() - 1).getJsonNumber("position").longValue();
        }
    }

    /** Rows of any table holding learner data that contain one of the texts. */
    private static long rowsNaming(List<String> texts) throws java.sql.SQLException {
        long rows = 0;
        try (var connection = java.sql.DriverManager.getConnection(
                System.getProperty("flourish.test.pg.url") + System.getProperty("flourish.it.db"),
                System.getProperty("flourish.test.pg.user"), System.getProperty("flourish.test.pg.password"));
                var sql = connection.prepareStatement("SELECT (SELECT count(*) FROM statement WHERE body LIKE ?)"
                        + " + (SELECT count(*) FROM statement_term WHERE term LIKE ?)"
                        + " + (SELECT count(*) FROM document WHERE agent_key LIKE ?)"
                        + " + (SELECT count(*) FROM erasure_feed_item WHERE item LIKE ?)")) {
            for (String text : texts) {
                for (int i = 1; i <= 4; i++) {
                    sql.setString(i, "%" + text + "%");
                }
                try (var result = sql.executeQuery()) {
                    result.next();
                    rows += result.getLong(1);
                }
            }
        }
        return rows;
    }

    @Test
    void aRecordExportedAsNdjsonEndsWithItsCountAndImportsBackWithPerLineReport() {
        String activity = uniqueActivity();
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            posted.add(post(statement("x" + i + "@example.org", COMPLETED, activity).build()));
        }
        Reply export = provider.get("bulk/statements?" + query(params("activity", activity, "ascending", "true")));
        assertEquals(200, export.status(), export.body());
        assertTrue(export.header("Content-Type").startsWith("application/x-ndjson"));
        String[] lines = export.body().split("\n");
        assertEquals(posted, java.util.Arrays.stream(lines).limit(3)
                .map(l -> Json.createReader(new java.io.StringReader(l)).readObject().getString("id")).toList());
        assertEquals(4, lines.length, export.body());
        assertEquals("{\"exportEnd\":{\"statements\":3}}", lines[3]);
        Reply imported = provider.post("bulk/statements", export.body() + "{\"actor\":42}\n", "application/x-ndjson");
        assertEquals(200, imported.status(), imported.body());
        JsonObject report = imported.json().asJsonObject();
        assertEquals(4, report.getInt("lines"));
        assertEquals(3, report.getInt("accepted"));
        assertEquals(1, report.getInt("refused"));
        assertEquals(5, report.getJsonArray("errors").getJsonObject(0).getInt("line"));
        Reply truncated = provider.post("bulk/statements", lines[0] + "\n" + lines[1] + "\n" + lines[3] + "\n",
                "application/x-ndjson");
        JsonObject incomplete = truncated.json().asJsonObject();
        assertEquals(1, incomplete.getInt("refused"), truncated.body());
        assertEquals(3, incomplete.getJsonArray("errors").getJsonObject(0).getInt("line"));
        assertTrue(incomplete.getJsonArray("errors").getJsonObject(0).getString("message").contains("incomplete"));
        assertEquals(3, statementsWhere(provider, "activity", activity).size());
        assertEquals(401, anonymous.get("bulk/statements").status());
    }

    @Test
    void adminApiListsProvidersWithoutSecrets() {
        Reply list = admin.get("admin/providers");
        assertEquals(200, list.status(), list.body());
        assertFalse(list.body().contains("secret"), list.body());
        assertFalse(list.body().contains("hash"), list.body());
        assertEquals(400, admin.post("admin/providers", "{\"name\":\"\"}").status());
        assertEquals(400, admin.post("admin/providers/1/credentials", "{\"scopes\":[\"everything\"]}").status());
        assertEquals(404, admin.get("admin/providers/999999").status());
    }

    @Test
    void generatedMalformedStatementsNeverCause5xxAndARefusedOneIsNotStored() {
        JsonObject valid = statement("ama@example.org", COMPLETED, uniqueActivity())
                .add("result", Json.createObjectBuilder().add("score", Json.createObjectBuilder().add("scaled", 0.5))
                        .add("success", true).add("duration", "PT5M"))
                .add("context", Json.createObjectBuilder().add("registration", UUID.randomUUID().toString())
                        .add("language", "en-GB"))
                .build();
        int refused = 0;
        for (StatementMutations.Mutant mutant : StatementMutations.of(valid, new Random(20261125L), 150)) {
            Reply reply = provider.post("xapi/statements", json(mutant.statement()));
            assertTrue(reply.status() == 200 || reply.status() == 400,
                    () -> reply.status() + " for " + mutant.statement() + ": " + reply.body());
            if (reply.status() == 400) {
                refused++;
                assertTrue(reply.json().asJsonObject().getJsonObject("error").getString("message").length() > 10);
                assertEquals(404, provider.get("xapi/statements?statementId=" + mutant.id()).status(),
                        () -> "refused but stored: " + mutant.statement());
            }
        }
        assertTrue(refused > 75, "most damage must be refused, was " + refused);
    }
}
