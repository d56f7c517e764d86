package org.flourish.pathways.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.flourish.pathways.testing.ApartServers;
import org.flourish.pathways.testing.HttpCaller;
import org.flourish.pathways.testing.HttpCaller.Reply;
import org.flourish.pathways.testing.LrsAndPathwaysServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Erasing a child over HTTP, as an administrator would, with the LRS and the engine running apart: afterwards a full
 * dump of the LRS's PostgreSQL database (pg_dump) and of the engine's TDB2 dataset (every quad) holds none of the
 * child's identifiers, names or statement ids, whether the engine was running at the time of the erasure or was
 * stopped and started after it.
 */
class ErasureEndToEndIT {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    /** A compaction copies the whole dataset (the samples' catalogue and framework): seconds on a busy machine. */
    private static final Duration COMPACTION = Duration.ofMinutes(1);
    private static final String MEMORISATION = "https://w3id.org/flourish/samples/thies/activity/daara-memorisation-tivaouane";
    private static final String READING = "https://w3id.org/flourish/samples/thies/activity/ci-lecture-cite-lamy";
    private static final String OPPORTUNITY = "https://w3id.org/flourish/samples/thies/opportunity/ci-lecture-cite-lamy";
    private static final String VETOED =
            "https://w3id.org/flourish/samples/thies/opportunity/bibliotheque-club-echecs-thies-nguinth";
    private static final String SCHOOL = "https://school.example.org";

    private static ApartServers servers;

    @BeforeAll
    static void start() throws IOException {
        Path dir = Path.of(System.getProperty("flourish.it.dir", "target/it")).toAbsolutePath()
                .resolveSibling("it-erasure");
        servers = ApartServers.start(dir, System.getProperty("flourish.it.db", "flourish_pathways_it") + "_erasure");
    }

    @AfterAll
    static void stop() {
        if (servers != null) {
            servers.close();
        }
    }

    /** A child known to a school by an account and to an NGO by a mailbox, with a name. */
    private record Child(String unique) {
        static Child named() {
            return new Child(UUID.randomUUID().toString());
        }

        String accountName() {
            return "SN-" + unique;
        }

        String email() {
            return "awa-" + unique + "@ngo.example";
        }

        String name() {
            return "Awa Diallo " + unique.substring(0, 8);
        }

        String accountKey() {
            return "account:" + SCHOOL + "|" + accountName();
        }

        String mboxKey() {
            return "mbox:mailto:" + email();
        }

        JsonObject account() {
            return Json.createObjectBuilder().add("objectType", "Agent").add("name", name()).add("account",
                    Json.createObjectBuilder().add("homePage", SCHOOL).add("name", accountName())).build();
        }

        JsonObject mbox() {
            return Json.createObjectBuilder().add("objectType", "Agent").add("name", name())
                    .add("mbox", "mailto:" + email()).build();
        }

        /** Text only this child's data contains, the mailbox also as it reads percent-encoded in an IRI. */
        List<String> traces() {
            return List.of(accountName(), email(), segment(email()), name());
        }
    }

    /** What a child's record left in the LRS and the engine: the statements that name the child, or point to them. */
    private record Record(Child child, List<String> statementIds, String othersStatement) {
        List<String> traces() {
            List<String> traces = new ArrayList<>(child.traces());
            traces.addAll(statementIds);
            return traces;
        }
    }

    @Test
    void anErasureReachesEveryCopyInSecondsWhetherTheEngineRunsOrIsStartedAfterIt() throws Exception {
        Record running = recordOf(Child.named());
        long learnersBefore = aggregates().getJsonNumber("learners").longValue();

        Instant asked = Instant.now();
        erase(running.child());
        awaitTrue(() -> aliasesOf(running.child().accountKey()).isEmpty()
                && mentorsOf(running.child().accountKey()).isEmpty()
                && aggregates().getJsonNumber("learners").longValue() == learnersBefore - 3,
                "the engine applied the erasure (the child, her NGO key and the teacher whose only statement named "
                        + "her are no longer counted)");
        System.out.println("erasure asked to applied by the running engine: " + Duration.between(asked, Instant.now()));
        assertEquals(403, mentor().get(learnerPath(running.child().accountKey(), "pathway")).status(),
                "no mentor is assigned to an erased child any more");
        awaitTrue(() -> absentFrom(pgDump(), running.traces()), "the LRS's database no longer names the child");
        assertTrue(pgDump().contains(running.othersStatement()), "another child's statement stays");

        Record whileStopped = recordOf(Child.named());
        servers.stopEngine();
        String tdb2 = tdb2Quads();
        assertTrue(absentFrom(tdb2, running.traces()), "the engine's store no longer names the first child");
        assertTrue(tdb2.contains(running.othersStatement()), "another child's statement stays in the engine");
        assertTrue(tdb2.contains(whileStopped.child().email()), "the dump shows what the engine keeps");
        for (String trace : running.traces()) {
            assertEquals(0, filesContaining(servers.engineTdb2(), trace),
                    trace + " is in the bytes of a TDB2 file: the engine compacts its store after erasures");
        }
        erase(whileStopped.child());
        assertTrue(pgDump().contains(whileStopped.child().email()),
                "the feed keeps the identifiers until the engine has applied the erasure");

        servers.startEngine();
        Instant started = Instant.now();
        awaitTrue(() -> aliasesOf(whileStopped.child().accountKey()).isEmpty()
                && mentorsOf(whileStopped.child().accountKey()).isEmpty(), "the restarted engine applied the erasure");
        System.out.println("engine ready to erasure applied: " + Duration.between(started, Instant.now()));
        awaitTrue(() -> absentFrom(pgDump(), whileStopped.traces()),
                "acknowledged by the engine, the feed forgot the identifiers");
        awaitTrue(() -> whileStopped.traces().stream()
                .allMatch(trace -> filesContaining(servers.engineTdb2(), trace) == 0), COMPACTION,
                "the engine compacted its store after the erasure: no file holds the child's data in its bytes");
        servers.stopEngine();
        String after = tdb2Quads();
        assertTrue(absentFrom(after, whileStopped.traces()), "the engine's store no longer names the second child");
        assertTrue(absentFrom(after, running.traces()));
    }

    /**
     * Statements naming the child in several positions (actor under both identifiers, a teacher's Context Agent,
     * another child's instructor), a voiding of one, documents in the LRS; in the engine a mentor, a link, a
     * context, goals, a pin and a veto (each also a statement in the LRS). Waits until the engine has read them.
     */
    private Record recordOf(Child child) {
        List<String> ids = new ArrayList<>();
        String mastered = post(statement(child.account(), "mastered", MEMORISATION));
        ids.add(mastered);
        ids.add(post(statement(child.account(), "mastered", MEMORISATION)));
        ids.add(post(statement(child.mbox(), "passed", READING)));
        ids.add(post(Json.createObjectBuilder(statement(stranger("teacher"), "completed", READING)).add("context",
                Json.createObjectBuilder().add("contextAgents", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("objectType", "contextAgent").add("agent", child.account())))).build()));
        JsonObject khady = stranger("khady");
        ids.add(post(Json.createObjectBuilder(statement(khady, "passed", READING)).add("context",
                Json.createObjectBuilder().add("instructor", child.mbox())).build()));
        String othersStatement = post(statement(khady, "passed", MEMORISATION));
        ids.add(post(Json.createObjectBuilder(statement(stranger("teacher"), "voided", READING))
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/voided"))
                .add("object", Json.createObjectBuilder().add("objectType", "StatementRef").add("id", mastered))
                .build()));
        assertEquals(204, servers.lrs().put("activities/state?" + query("activityId", READING, "agent",
                child.account().toString(), "stateId", "progress"), "application/json",
                "{\"reader\":\"" + child.name() + "\",\"page\":12}").status());
        assertEquals(204, servers.lrs().put("agents/profile?" + query("agent", child.mbox().toString(), "profileId",
                "contact"), "application/json", "{\"guardian\":\"" + child.name() + "'s aunt\"}").status());

        HttpCaller coordinator = servers.pathways(LrsAndPathwaysServer.COORDINATOR);
        assertEquals(204, coordinator.put(learnerPath(child.accountKey(), "mentors/" + LrsAndPathwaysServer.MENTOR),
                "text/plain", "").status());
        Reply linked = coordinator.put(learnerPath(child.accountKey(), "links/" + segment(child.mboxKey())),
                "text/plain", "");
        assertEquals(204, linked.status(), linked.body());
        Reply context = mentor().put(learnerPath(child.accountKey(), "context"), "application/json",
                "{\"languages\":[\"wo\",\"fr\"],\"birthDate\":\"2016-05-01\",\"maxTravelKm\":3,\"maxCostPerMonth\":0,"
                        + "\"location\":{\"latitude\":14.7962,\"longitude\":-16.9301}}");
        assertEquals(200, context.status(), context.body());
        ids.add(recorded(mentor().put(learnerPath(child.accountKey(), "goals"), "application/json",
                "[{\"competency\":\"https://w3id.org/flourish/samples/foundations/LIT-05\",\"targetMastery\":0.8}]")));
        ids.add(recorded(mentor().post(learnerPath(child.accountKey(), "pins"), "{\"opportunity\":\""
                + OPPORTUNITY + "\"}")));
        ids.add(recorded(mentor().post(learnerPath(child.accountKey(), "vetoes"), "{\"opportunity\":\""
                + VETOED + "\"}")));
        awaitTrue(() -> timelineOf(child.accountKey()).size() == 2,
                "the engine read the child's statements under both keys, less the voided one");
        return new Record(child, ids, othersStatement);
    }

    private static String recorded(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return ((JsonObject) reply.json()).getString("statement");
    }

    private static void erase(Child child) {
        Reply erased = servers.lrsAdmin().post("erasures", "{\"agents\":[" + child.account() + "," + child.mbox()
                + "]}");
        assertEquals(200, erased.status(), erased.body());
    }

    private static JsonObject statement(JsonObject actor, String verb, String activity) {
        JsonObjectBuilder statement = Json.createObjectBuilder().add("id", UUID.randomUUID().toString())
                .add("actor", actor)
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/" + verb)
                        .add("display", Json.createObjectBuilder().add("en", verb)))
                .add("object", Json.createObjectBuilder().add("id", activity));
        if (!"voided".equals(verb)) {
            statement.add("result", Json.createObjectBuilder().add("success", true)
                    .add("score", Json.createObjectBuilder().add("scaled", 0.95)));
        }
        return statement.build();
    }

    private static JsonObject stranger(String who) {
        return Json.createObjectBuilder().add("mbox", "mailto:" + who + "-" + UUID.randomUUID() + "@example.org")
                .build();
    }

    private static String post(JsonObject statement) {
        Reply stored = servers.lrs().post("statements", statement.toString());
        assertEquals(200, stored.status(), stored.body());
        return statement.getString("id");
    }

    private static HttpCaller mentor() {
        return servers.pathways(LrsAndPathwaysServer.MENTOR);
    }

    private static JsonObject aggregates() {
        return (JsonObject) servers.pathways(LrsAndPathwaysServer.COORDINATOR).get("aggregates").json();
    }

    private static List<String> aliasesOf(String key) {
        Reply links = servers.pathways(LrsAndPathwaysServer.COORDINATOR).get(learnerPath(key, "links"));
        assertEquals(200, links.status(), links.body());
        return ((JsonObject) links.json()).getJsonArray("aliases").getValuesAs(jakarta.json.JsonString::getString);
    }

    private static List<String> mentorsOf(String key) {
        Reply mentors = servers.pathways(LrsAndPathwaysServer.COORDINATOR).get(learnerPath(key, "mentors"));
        assertEquals(200, mentors.status(), mentors.body());
        return ((JsonObject) mentors.json()).getJsonArray("mentors").getValuesAs(jakarta.json.JsonString::getString);
    }

    private static List<JsonObject> timelineOf(String key) {
        Reply reply = mentor().get(learnerPath(key, "pathway"));
        assertEquals(200, reply.status(), reply.body());
        return ((JsonObject) reply.json()).getJsonArray("timeline").getValuesAs(JsonObject.class);
    }

    /**
     * Whether none of the texts is in the dump, as text or as the hexadecimal form pg_dump gives binary columns
     * (documents, attachments).
     */
    private static boolean absentFrom(String dump, List<String> texts) {
        for (String text : texts) {
            if (dump.contains(text) || dump.contains(HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8)))) {
                System.out.println("still in the dump: " + text);
                return false;
            }
        }
        return true;
    }

    /** The whole LRS database as pg_dump writes it (schema and every row). */
    private static String pgDump() {
        URI server = URI.create(System.getProperty("flourish.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/")
                .substring("jdbc:".length()));
        try {
            Process dump = new ProcessBuilder("pg_dump", "--host", server.getHost(), "--port",
                    String.valueOf(server.getPort()), "--username", System.getProperty("flourish.test.pg.user",
                    "postgres"), "--no-password", servers.database()).redirectErrorStream(true).start();
            String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, dump.waitFor(), text);
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("pg_dump could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every quad of the engine's TDB2 dataset as N-Quads; the engine must be stopped. */
    private static String tdb2Quads() {
        Dataset dataset = TDB2Factory.connectDataset(servers.engineTdb2().toString());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, Lang.NQUADS));
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    /** How many files under the directory hold the text in their bytes (a node table keeps terms as UTF-8). */
    private static long filesContaining(Path directory, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return indexOf(Files.readAllBytes(file), needle) >= 0;
                } catch (IOException e) {
                    return false; // deleted by a compaction while walking
                }
            }).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1; // a directory deleted by a compaction while walking: ask again
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String learnerPath(String key, String rest) {
        return "learners/" + segment(key) + "/" + rest;
    }

    private static String segment(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.append(i == 0 ? "" : "&").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        awaitTrue(condition, WITHIN, what);
    }

    private static void awaitTrue(BooleanSupplier condition, Duration within, String what) {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            LrsAndPathwaysServer.sleep(Duration.ofMillis(100));
        }
    }
}
