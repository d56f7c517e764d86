package org.flourish.lrs.api;

import static org.flourish.lrs.testing.SampleStatements.COMPLETED;
import static org.flourish.lrs.testing.SampleStatements.statement;
import static org.flourish.lrs.testing.SampleStatements.uniqueActivity;
import static org.flourish.lrs.testing.XapiClient.params;
import static org.flourish.lrs.testing.XapiClient.query;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
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
 * The State, Activity Profile, Agent Profile, Agents and Activities resources over HTTP, in both xAPI versions
 * (xAPI-Communication 2.2-2.7 and 3.1). Each test uses its own activities, agents and providers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentApiIT {

    private static final List<String> VERSIONS = List.of("1.0.3", "2.0.0");
    private static final String STATE = "xapi/activities/state";
    private static final String ACTIVITY_PROFILE = "xapi/activities/profile";
    private static final String AGENT_PROFILE = "xapi/agents/profile";
    private static final String JSON = "application/json";

    @ArquillianResource
    private URL deployed;

    private XapiClient anonymous;
    private XapiClient provider;
    private XapiClient admin;

    @Deployment(testable = false)
    static WebArchive lrs() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("flourish.war")));
    }

    @BeforeEach
    void clients() throws Exception {
        URI base = new URI("http", null, "127.0.0.1", deployed.getPort(), deployed.getPath(), null, null);
        anonymous = XapiClient.at(base);
        provider = anonymous.as("it-key", "it-secret");
        admin = anonymous.as("admin", "it-admin-secret");
    }

    private static String agent(String name) {
        return "{\"mbox\":\"mailto:" + name + "-" + UUID.randomUUID() + "@example.org\"}";
    }

    private static String at(String resource, String... parameters) {
        return resource + "?" + query(params(parameters));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String quotedSha1(byte[] bytes) throws Exception {
        return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes)) + "\"";
    }

    private static List<String> ids(BinaryReply reply) {
        assertEquals(200, reply.status(), reply.text());
        return reply.json().asJsonArray().getValuesAs(JsonString::getString);
    }

    /** A new provider with one credential of these scopes. */
    private XapiClient credentialWith(String... scopes) {
        BinaryReply created = admin.send("POST", "admin/providers", JSON, utf8("{\"name\":\"Docs "
                + UUID.randomUUID() + "\",\"homepage\":\"https://docs.example.org\"}"));
        assertEquals(201, created.status(), created.text());
        long id = created.json().asJsonObject().getJsonNumber("id").longValue();
        var scopeArray = Json.createArrayBuilder();
        List.of(scopes).forEach(scopeArray::add);
        BinaryReply issued = admin.send("POST", "admin/providers/" + id + "/credentials", JSON,
                utf8(Json.createObjectBuilder().add("scopes", scopeArray).build().toString()));
        JsonObject credential = issued.json().asJsonObject();
        return anonymous.as(credential.getString("key"), credential.getString("secret"));
    }

    @Test
    void anyContentIsStoredByteForByteAndServedWithTypeEtagAndLastModified() throws Exception {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        for (String version : VERSIONS) {
            XapiClient client = provider.version(version);
            String state = at(STATE, "activityId", uniqueActivity(), "agent", agent("ama"), "stateId", "blob");
            assertEquals(204, client.send("PUT", state, "application/x-flourish-test", everyByte).status());
            BinaryReply got = client.send("GET", state, null, null);
            assertEquals(200, got.status());
            assertArrayEquals(everyByte, got.bytes());
            assertEquals("application/x-flourish-test", got.header("Content-Type"));
            assertEquals(quotedSha1(everyByte), got.header("ETag"));
            assertNotNull(got.header("Last-Modified"));
            assertEquals(version, got.header("X-Experience-API-Version"));
            BinaryReply head = client.send("HEAD", state, null, null);
            assertEquals(200, head.status());
            assertEquals(0, head.bytes().length);
            assertEquals(quotedSha1(everyByte), head.header("ETag"));
        }
    }

    @Test
    void stateIdsAreListedPerContextSinceATimeAndDeletedTogether() throws Exception {
        for (String version : VERSIONS) {
            XapiClient client = provider.version(version);
            String activity = uniqueActivity();
            String ama = agent("ama");
            String registration = UUID.randomUUID().toString();
            assertEquals(204, client.send("PUT", at(STATE, "activityId", activity, "agent", ama, "stateId", "one"),
                    JSON, utf8("{\"a\":1}")).status());
            Thread.sleep(50);
            String between = OffsetDateTime.now().toString();
            Thread.sleep(50);
            client.send("POST", at(STATE, "activityId", activity, "agent", ama, "stateId", "two"), JSON,
                    utf8("{\"b\":2}"));
            client.send("PUT", at(STATE, "activityId", activity, "agent", ama, "registration", registration,
                    "stateId", "registered"), JSON, utf8("{}"));

            BinaryReply list = client.send("GET", at(STATE, "activityId", activity, "agent", ama), null, null);
            assertEquals(List.of("one", "two"), ids(list));
            assertNotNull(list.header("Last-Modified"));
            assertEquals(List.of("two"), ids(client.send("GET",
                    at(STATE, "activityId", activity, "agent", ama, "since", between), null, null)));
            assertEquals(List.of("registered"), ids(client.send("GET",
                    at(STATE, "activityId", activity, "agent", ama, "registration", registration), null, null)));
            assertEquals(List.of(), ids(client.send("GET", at(STATE, "activityId", activity, "agent",
                    agent("kofi")), null, null)));

            assertEquals(204, client.send("DELETE", at(STATE, "activityId", activity, "agent", ama), null, null)
                    .status());
            assertEquals(List.of(), ids(client.send("GET", at(STATE, "activityId", activity, "agent", ama), null,
                    null)));
            assertEquals(List.of("registered"), ids(client.send("GET",
                    at(STATE, "activityId", activity, "agent", ama, "registration", registration), null, null)));
        }
    }

    @Test
    void postMergesJsonObjectsAndRefusesToMergeAnythingElse() {
        for (String version : VERSIONS) {
            XapiClient client = provider.version(version);
            String activity = uniqueActivity();
            String state = at(STATE, "activityId", activity, "agent", agent("ama"), "stateId", "vars");
            assertEquals(204, client.send("POST", state, JSON, utf8("{\"x\":\"foo\",\"y\":\"bar\"}")).status());
            assertEquals(204, client.send("POST", state, JSON, utf8("{\"x\":\"bash\",\"z\":\"faz\"}")).status());
            assertEquals(Json.createObjectBuilder().add("x", "bash").add("y", "bar").add("z", "faz").build(),
                    client.send("GET", state, null, null).json());
            assertEquals(400, client.send("POST", state, "text/plain", utf8("z=1")).status());
            assertEquals(400, client.send("POST", state, JSON, utf8("[1]")).status());

            for (String unmergeable : List.of("{\"a\":1}{", "{\"a\":1}[", "[1,2]")) {
                assertEquals(400, client.send("POST", state, JSON, utf8(unmergeable)).status(), unmergeable);
                String fresh = at(AGENT_PROFILE, "agent", agent("ama"), "profileId", "new");
                assertEquals(400, client.send("POST", fresh, JSON, utf8(unmergeable)).status(), unmergeable);
                assertEquals(404, client.send("GET", fresh, null, null).status());
            }
            assertEquals(400, client.send("POST", state, JSON, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3,
                    '"', '}'}).status(), "invalid UTF-8");
            assertEquals(Json.createObjectBuilder().add("x", "bash").add("y", "bar").add("z", "faz").build(),
                    client.send("GET", state, null, null).json());

            String profile = at(ACTIVITY_PROFILE, "activityId", activity, "profileId", "text");
            client.send("PUT", profile, "text/plain", utf8("plain words"), "If-None-Match", "*");
            assertEquals(400, client.send("POST", profile, JSON, utf8("{\"a\":1}")).status());
            assertEquals("plain words", client.send("GET", profile, null, null).text());
        }
    }

    @Test
    void profilePutOverAnExistingDocumentNeedsAPreconditionElse409() throws Exception {
        for (String version : VERSIONS) {
            XapiClient client = provider.version(version);
            for (String profile : List.of(
                    at(ACTIVITY_PROFILE, "activityId", uniqueActivity(), "profileId", "tips"),
                    at(AGENT_PROFILE, "agent", agent("ama"), "profileId", "prefs"))) {
                byte[] first = utf8("{\"v\":1}");
                if (version.equals("1.0.3")) {
                    assertEquals(400, client.send("PUT", profile, JSON, first).status(),
                            "1.0.3: creation needs a header too (XAPI-00273, 00293)");
                    assertEquals(404, client.send("GET", profile, null, null).status());
                    assertEquals(204, client.send("PUT", profile, JSON, first, "If-None-Match", "*").status());
                } else {
                    assertEquals(204, client.send("PUT", profile, JSON, first).status(), "2.0: creation needs none");
                }
                BinaryReply conflict = client.send("PUT", profile, JSON, utf8("{\"v\":2}"));
                assertEquals(409, conflict.status(), version + " " + profile);
                assertTrue(conflict.text().contains("If-Match"), conflict.text());
                assertEquals(412, client.send("PUT", profile, JSON, utf8("{\"v\":2}"), "If-Match", "\"0000\"")
                        .status());
                assertEquals(412, client.send("PUT", profile, JSON, utf8("{\"v\":2}"), "If-None-Match", "*")
                        .status());
                assertEquals(quotedSha1(first), client.send("GET", profile, null, null).header("ETag"));
                assertEquals(204, client.send("PUT", profile, JSON, utf8("{\"v\":2}"), "If-Match",
                        quotedSha1(first)).status());
                assertEquals(412, client.send("POST", profile, JSON, utf8("{\"w\":3}"), "If-Match",
                        quotedSha1(first)).status());
                assertEquals(412, client.send("DELETE", profile, null, null, "If-Match", quotedSha1(first))
                        .status());
                assertEquals(204, client.send("DELETE", profile, null, null, "If-Match",
                        quotedSha1(utf8("{\"v\":2}"))).status());
                assertEquals(404, client.send("GET", profile, null, null).status());
                assertEquals(412, client.send("PUT", profile, JSON, first, "If-Match", "*").status());
                assertEquals(204, client.send("PUT", profile, JSON, first, "If-None-Match", "*").status());
            }
        }
    }

    @Test
    void statePutOverAnExistingDocumentWithoutPreconditionReplacesItIn103Only() throws Exception {
        for (String version : VERSIONS) {
            XapiClient client = provider.version(version);
            String state = at(STATE, "activityId", uniqueActivity(), "agent", agent("ama"), "stateId", "s");
            client.send("PUT", state, JSON, utf8("{\"v\":1}"));
            int expected = version.equals("1.0.3") ? 204 : 409;
            assertEquals(expected, client.send("PUT", state, JSON, utf8("{\"v\":2}")).status(), version);
            String current = version.equals("1.0.3") ? "{\"v\":2}" : "{\"v\":1}";
            assertEquals(current, client.send("GET", state, null, null).text());
            assertEquals(412, client.send("PUT", state, JSON, utf8("{\"v\":3}"), "If-Match", "\"0000\"")
                    .status());
            assertEquals(204, client.send("PUT", state, JSON, utf8("{\"v\":3}"), "If-Match",
                    quotedSha1(utf8(current))).status());
            assertEquals(204, client.send("POST", state, JSON, utf8("{\"w\":4}")).status(), "POST needs none");
            assertEquals(412, client.send("DELETE", state, null, null, "If-Match", "\"0000\"").status());
            assertEquals(204, client.send("DELETE", state, null, null).status());
            assertEquals(204, client.send("DELETE", state, null, null).status(), "deleting nothing is fine");
        }
    }

    @Test
    void profileListsHonourSince() throws Exception {
        for (String version : VERSIONS) {
            XapiClient client = provider.version(version);
            String activity = uniqueActivity();
            String ama = agent("ama");
            client.send("PUT", at(ACTIVITY_PROFILE, "activityId", activity, "profileId", "old"), JSON, utf8("{}"),
                    "If-None-Match", "*");
            client.send("PUT", at(AGENT_PROFILE, "agent", ama, "profileId", "old"), JSON, utf8("{}"),
                    "If-None-Match", "*");
            Thread.sleep(50);
            String between = OffsetDateTime.now().toString();
            Thread.sleep(50);
            client.send("PUT", at(ACTIVITY_PROFILE, "activityId", activity, "profileId", "new"), JSON, utf8("{}"),
                    "If-None-Match", "*");
            client.send("PUT", at(AGENT_PROFILE, "agent", ama, "profileId", "new"), JSON, utf8("{}"),
                    "If-None-Match", "*");
            assertEquals(List.of("old", "new"), ids(client.send("GET", at(ACTIVITY_PROFILE, "activityId",
                    activity), null, null)));
            assertEquals(List.of("new"), ids(client.send("GET", at(ACTIVITY_PROFILE, "activityId", activity,
                    "since", between), null, null)));
            assertEquals(List.of("old", "new"), ids(client.send("GET", at(AGENT_PROFILE, "agent", ama), null,
                    null)));
            assertEquals(List.of("new"), ids(client.send("GET", at(AGENT_PROFILE, "agent", ama, "since",
                    between), null, null)));
        }
    }

    @Test
    void malformedOrUnknownParametersAre400() {
        String activity = uniqueActivity();
        String ama = agent("ama");
        for (String version : VERSIONS) {
            XapiClient client = provider.version(version);
            for (String bad : List.of(
                    at(STATE, "agent", ama, "stateId", "s"),
                    at(STATE, "activityId", activity, "stateId", "s"),
                    at(STATE, "activityId", activity, "agent", ama, "stateid", "s"),
                    at(STATE, "activityId", activity, "agent", ama, "stateId", "s", "color", "red"),
                    at(STATE, "activityId", activity, "agent", ama, "stateId", "s", "registration", "not-a-uuid"),
                    at(STATE, "activityId", activity, "agent", "{\"name\":\"no identifier\"}", "stateId", "s"),
                    at(STATE, "activityId", "not an iri", "agent", ama, "stateId", "s"),
                    at(STATE, "activityId", activity, "agent", ama, "stateId", "s", "since",
                            "2026-01-01T00:00:00Z"),
                    at(STATE, "activityId", activity, "agent", ama, "since", "yesterday"),
                    at(AGENT_PROFILE, "agent", "{\"objectType\":\"Group\",\"mbox\":\"mailto:g@example.org\"}"),
                    at(ACTIVITY_PROFILE, "activityId", activity, "profileId", "p", "agent", ama),
                    at("xapi/agents", "agent", "{\"objectType\":\"Group\",\"mbox\":\"mailto:g@example.org\"}"),
                    at("xapi/agents"),
                    at("xapi/activities", "activityId", activity, "profileId", "p"))) {
                assertEquals(400, client.send("GET", bad, null, null).status(), version + " GET " + bad);
            }
            assertEquals(400, client.send("PUT", at(STATE, "activityId", activity, "agent", ama), JSON,
                    utf8("{}")).status(), "PUT needs a stateId");
            assertEquals(400, client.send("DELETE", at(ACTIVITY_PROFILE, "activityId", activity), null, null)
                    .status(), "profiles are deleted one at a time");
        }
    }

    @Test
    void documentLargerThanTheConfiguredLimitIs413AndNotStored() {
        String state = at(STATE, "activityId", uniqueActivity(), "agent", agent("ama"), "stateId", "huge");
        byte[] tooLarge = new byte[16 * 1024 * 1024 + 1];
        assertEquals(413, provider.send("PUT", state, "application/octet-stream", tooLarge).status());
        assertEquals(404, provider.send("GET", state, null, null).status());
    }

    @Test
    void credentialsScopesAndVersionHeaderAreRequired() {
        String state = at(STATE, "activityId", uniqueActivity(), "agent", agent("ama"), "stateId", "s");
        String profile = at(ACTIVITY_PROFILE, "activityId", uniqueActivity(), "profileId", "p");
        assertEquals(401, anonymous.send("GET", state, null, null).status());
        assertEquals(401, anonymous.send("GET", at("xapi/agents", "agent", agent("ama")), null, null).status());
        assertEquals(400, provider.version(null).send("GET", state, null, null).status());

        XapiClient stateOnly = credentialWith("state");
        XapiClient profileOnly = credentialWith("profile");
        XapiClient statementsOnly = credentialWith("statements/write", "statements/read/mine");
        assertEquals(204, stateOnly.send("PUT", state, JSON, utf8("{}")).status());
        assertEquals(403, stateOnly.send("PUT", profile, JSON, utf8("{}")).status());
        assertEquals(204, profileOnly.send("PUT", profile, JSON, utf8("{}")).status());
        assertEquals(403, profileOnly.send("GET", state, null, null).status());
        assertEquals(403, statementsOnly.send("GET", state, null, null).status());
        assertEquals(403, statementsOnly.send("GET", at("xapi/agents", "agent", agent("ama")), null, null)
                .status());
        assertEquals(403, statementsOnly.send("GET", at("xapi/activities", "activityId", uniqueActivity()), null,
                null).status());
    }

    @Test
    void documentsBelongToTheProviderThatCreatedThem() {
        String activity = uniqueActivity();
        String ama = agent("ama");
        String state = at(STATE, "activityId", activity, "agent", ama, "stateId", "s");
        XapiClient school = credentialWith("state");
        XapiClient ngo = credentialWith("state");
        XapiClient auditor = credentialWith("all/read");
        assertEquals(204, school.send("PUT", state, JSON, utf8("{\"by\":\"school\"}")).status());

        assertEquals(404, ngo.send("GET", state, null, null).status());
        assertEquals(List.of(), ids(ngo.send("GET", at(STATE, "activityId", activity, "agent", ama), null, null)));
        assertEquals(403, ngo.send("PUT", state, JSON, utf8("{\"by\":\"ngo\"}")).status());
        assertEquals(403, ngo.send("POST", state, JSON, utf8("{\"by\":\"ngo\"}")).status());
        assertEquals(403, ngo.send("DELETE", state, null, null).status());
        assertEquals(204, ngo.send("DELETE", at(STATE, "activityId", activity, "agent", ama), null, null).status());

        assertEquals("{\"by\":\"school\"}", auditor.send("GET", state, null, null).text());
        assertEquals(List.of("s"), ids(auditor.send("GET", at(STATE, "activityId", activity, "agent", ama), null,
                null)));
        assertEquals(403, auditor.send("PUT", state, JSON, utf8("{}")).status());

        assertEquals(204, provider.send("POST", state, JSON, utf8("{\"seen\":true}")).status(), "scope all");
        assertEquals(Json.createObjectBuilder().add("by", "school").add("seen", true).build(),
                school.send("GET", state, null, null).json());
    }

    @Test
    void agentsResourceCombinesTheAgentWithTheNamesItWasGiven() {
        String email = "ama-" + UUID.randomUUID() + "@example.org";
        JsonObject named = statement(email, COMPLETED, uniqueActivity()).build();
        JsonObject actor = Json.createObjectBuilder(named.getJsonObject("actor")).add("name", "Ama Mensah").build();
        assertEquals(200, provider.send("POST", "xapi/statements", JSON,
                utf8(Json.createObjectBuilder(named).add("actor", actor).build().toString())).status());
        for (String version : VERSIONS) {
            BinaryReply person = provider.version(version).send("GET",
                    at("xapi/agents", "agent", "{\"mbox\":\"mailto:" + email + "\"}"), null, null);
            assertEquals(200, person.status(), person.text());
            assertEquals(Json.createObjectBuilder().add("objectType", "Person")
                    .add("name", Json.createArrayBuilder().add("Ama Mensah"))
                    .add("mbox", Json.createArrayBuilder().add("mailto:" + email)).build(), person.json());
            BinaryReply stranger = provider.version(version).send("GET",
                    at("xapi/agents", "agent", "{\"openid\":\"https://id.example.org/nobody\"}"), null, null);
            assertEquals(Json.createObjectBuilder().add("objectType", "Person")
                    .add("openid", Json.createArrayBuilder().add("https://id.example.org/nobody")).build(),
                    stranger.json());
        }
    }

    @Test
    void activitiesResourceReturnsTheLatestDefinitionOrJustTheId() {
        String activity = uniqueActivity();
        JsonObject definition = Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("en", "Reading circle")).build();
        JsonObject plain = statement("ama@example.org", COMPLETED, activity).build();
        JsonObject object = Json.createObjectBuilder(plain.getJsonObject("object")).add("definition", definition)
                .build();
        assertEquals(200, provider.send("POST", "xapi/statements", JSON,
                utf8(Json.createObjectBuilder(plain).add("object", object).build().toString())).status());
        for (String version : VERSIONS) {
            BinaryReply found = provider.version(version).send("GET", at("xapi/activities", "activityId", activity),
                    null, null);
            assertEquals(200, found.status(), found.text());
            assertEquals(definition, found.json().asJsonObject().getJsonObject("definition"));
            assertEquals(activity, found.json().asJsonObject().getString("id"));
            String unknown = uniqueActivity();
            JsonObject bare = provider.version(version).send("GET", at("xapi/activities", "activityId", unknown),
                    null, null).json().asJsonObject();
            assertEquals(unknown, bare.getString("id"));
            assertNull(bare.get("definition"));
        }
    }
}
