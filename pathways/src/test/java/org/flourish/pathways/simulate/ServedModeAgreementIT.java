package org.flourish.pathways.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.flourish.pathways.model.WeeklySlot;
import org.flourish.pathways.testing.HttpCaller;
import org.flourish.pathways.testing.HttpCaller.Reply;
import org.flourish.pathways.testing.LrsAndPathwaysServer;
import org.junit.jupiter.api.Test;

/**
 * The served mode on a small run: the simulated curriculum, catalogue and rules uploaded to a real engine, each
 * child's context and goals set through its API, every simulated statement posted to a real LRS (on PostgreSQL),
 * and each week's recommendations asked of the engine over HTTP once it has read the child's statements from the
 * LRS. The run must be the one the fast in-process mode gives for the same seed: the same opportunities shown to
 * every child in every week, the same choices, the same learning.
 */
class ServedModeAgreementIT {

    private static final SimulationConfig TINY = new SimulationConfig("served", "synthetic", 60, 90, 8, 4, 4, 5,
            0.005, 0.0, 0, 0, false);
    private static final Duration TAKEN_IN_WITHIN = Duration.ofSeconds(60);

    @Test
    void theEngineServedOverHttpFromTheLrsRecommendsWhatTheInProcessModeRecommends() throws Exception {
        World world = World.build(TINY, 3);
        RunResult fast = new Simulation(world, PolicyKind.FLOURISH, false).run();
        try (LrsAndPathwaysServer server = LrsAndPathwaysServer.start()) {
            HttpCaller coordinator = server.pathways(LrsAndPathwaysServer.COORDINATOR);
            upload(server.root().resolve("pathways/api/"), "framework", world.curriculum().rdf());
            upload(server.root().resolve("pathways/api/"), "catalogue", world.catalogue().rdf());
            upload(server.root().resolve("pathways/api/"), "evidence-rules", world.catalogue().rules());
            Simulation served = new Simulation(world, PolicyKind.FLOURISH, false);
            HttpCaller mentor = server.pathways(LrsAndPathwaysServer.MENTOR);
            for (SimLearner child : served.children()) {
                String path = "learners/" + segment(child.key);
                expect(204, retried(() -> coordinator.put(path + "/mentors/" + LrsAndPathwaysServer.MENTOR,
                        "text/plain", "")));
                expect(200, retried(() -> mentor.put(path + "/context", "application/json",
                        context(child).toString())));
                JsonArrayBuilder goals = Json.createArrayBuilder();
                child.goals.forEach(goal -> goals.add(Json.createObjectBuilder().add("competency", goal)
                        .add("targetMastery", Population.TARGET)));
                String body = goals.build().toString();
                expect(200, retried(() -> mentor.put(path + "/goals", "application/json", body)));
            }
            OverHttp engine = new OverHttp(server.lrs(), mentor);
            RunResult overHttp = served.served(engine, engine::send).run();
            assertTrue(overHttp.shown() > 0);
            assertEquals(fast.shown(), overHttp.shown());
            assertEquals(fast.digest(), overHttp.digest(), "the served run showed or took something else");
            assertArrayEquals(fast.curve(), overHttp.curve());
        }
    }

    /** The engine over HTTP as a policy: statements go to the LRS in batches, recommendations come from the API. */
    private static final class OverHttp implements Policy {
        private final HttpCaller lrs;
        private final HttpCaller mentor;
        private final List<JsonObject> pending = new ArrayList<>();
        private final Map<String, String> lastStatement = new HashMap<>();

        OverHttp(HttpCaller lrs, HttpCaller mentor) {
            this.lrs = lrs;
            this.mentor = mentor;
        }

        void send(JsonObject statement) {
            pending.add(statement);
            lastStatement.put(statement.getJsonObject("actor").getString("mbox"), statement.getString("id"));
        }

        public String name() {
            return "Flourish over HTTP";
        }

        public List<String> recommend(Situation situation, int limit) {
            if (!pending.isEmpty()) {
                JsonArrayBuilder batch = Json.createArrayBuilder();
                pending.forEach(batch::add);
                String body = batch.build().toString();
                expect(200, retried(() -> lrs.post("statements", body)));
                pending.clear();
            }
            String path = "learners/" + segment(situation.child().key);
            String last = lastStatement.get(situation.child().mbox);
            Instant deadline = Instant.now().plus(TAKEN_IN_WITHIN);
            while (last != null && !retried(() -> mentor.get(path + "/pathway")).body().contains(last)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the engine did not take in statement " + last);
                }
                sleep();
            }
            Reply reply = retried(() -> mentor.get(path + "/recommendations?limit=" + limit));
            expect(200, reply);
            return reply.json().asJsonObject().getJsonArray("recommendations").stream()
                    .map(r -> r.asJsonObject().getString("opportunity")).toList();
        }
    }

    private static JsonObject context(SimLearner child) {
        JsonArrayBuilder languages = Json.createArrayBuilder();
        child.languages.forEach(languages::add);
        JsonArrayBuilder modalities = Json.createArrayBuilder();
        child.reachableBy.stream().sorted().forEach(m -> modalities.add(m.name().toLowerCase().replace('_', '-')));
        JsonArrayBuilder slots = Json.createArrayBuilder();
        for (WeeklySlot slot : child.availability) {
            JsonArrayBuilder days = Json.createArrayBuilder();
            slot.days().stream().sorted().forEach(day -> days.add(day.name().toLowerCase()));
            JsonObjectBuilder item = Json.createObjectBuilder().add("weekdays", days);
            slot.start().ifPresent(start -> item.add("startTime", start.toString()));
            slot.end().ifPresent(end -> item.add("endTime", end.toString()));
            slots.add(item);
        }
        return Json.createObjectBuilder().add("languages", languages).add("age", child.age)
                .add("location", Json.createObjectBuilder().add("latitude", child.location.latitude())
                        .add("longitude", child.location.longitude()))
                .add("maxTravelKm", child.maxTravelKm).add("maxCostPerMonth", child.budget)
                .add("modalities", modalities).add("availability", slots).add("hasMaterials", child.hasMaterials)
                .build();
    }

    /** With its own client: validating and loading an upload can outlast the shared client's 60 s on a busy machine. */
    private static void upload(java.net.URI api, String graph, Model content) throws Exception {
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, content, Lang.TURTLE);
        java.net.http.HttpResponse<String> reply = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(api.resolve("shared/" + graph))
                        .timeout(Duration.ofMinutes(5))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                (LrsAndPathwaysServer.COORDINATOR + ":" + LrsAndPathwaysServer.PASSWORD)
                                        .getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "text/turtle")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(turtle.toString())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(reply.statusCode() / 100 == 2, graph + " refused: " + reply.statusCode() + " " + reply.body());
    }

    /**
     * Once more when the connection breaks: a slow request (a SHACL-validated upload on a busy machine) can outlast the
     * server's keep-alive, and the client then sends the next request on a connection the server has closed. Every
     * call here can be repeated: PUTs replace, and statements are posted with their ids.
     */
    private static Reply retried(java.util.function.Supplier<Reply> call) {
        try {
            return call.get();
        } catch (java.io.UncheckedIOException e) {
            return call.get();
        }
    }

    private static void expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new IllegalStateException("expected " + status + ", was " + reply.status() + ": " + reply.body());
        }
    }

    private static String segment(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
