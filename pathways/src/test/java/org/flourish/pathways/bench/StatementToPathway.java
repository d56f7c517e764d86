package org.flourish.pathways.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.flourish.pathways.testing.HttpCaller;
import org.flourish.pathways.testing.HttpCaller.Reply;
import org.flourish.pathways.testing.LrsAndPathwaysServer;
import org.flourish.pathways.testing.Statements;

/**
 * Time from a statement stored in the LRS to the engine's answer reflecting it (the target: under 1 s), with
 * the LRS and the engine deployed side by side in one Payara Micro as {@link LrsAndPathwaysServer} starts them.
 * Posts statements about a sample learner one at a time, at random moments (so that they fall anywhere in a poll or
 * forwarding period); after the LRS answers 200 (the statement is stored), asks the engine for the learner's pathway
 * every 10 ms until its timeline holds the statement; pathway and recommendations are computed from the same learner
 * state, so the pathway showing it means the recommendations use it. First pushed straight to the engine's
 * {@code POST /pathways/api/statements} (the engine's own share of the time), then stored in the LRS with the engine
 * reading it (its xAPI reader, at the shipped poll interval), then with an LRS subscription also pushing each
 * statement to {@code POST /pathways/api/statements}. Not a unit test. Needs the system properties the end-to-end test gets
 * ({@code flourish.lrs.war}, {@code payara.microJar}, {@code flourish.pathways.war}, {@code flourish.it.dir},
 * {@code flourish.it.db}). Argument: statements per phase (default 60). Lines starting with {@code ROW} are the rows of
 * the table in BENCHMARKS.md.
 */
public final class StatementToPathway {

    private static final long TARGET_MS = 1_000;
    private static final long CHECK_EVERY_MS = 10;
    private static final long GIVE_UP_MS = 30_000;
    private static final int MAX_PAUSE_MS = 600;

    private final LrsAndPathwaysServer server;
    private final HttpCaller mentor;
    private final Random random = new Random(11);
    private long checks;
    private long checkNanos;

    private StatementToPathway(LrsAndPathwaysServer server) {
        this.server = server;
        this.mentor = server.pathways(LrsAndPathwaysServer.MENTOR);
    }

    public static void main(String[] args) throws Exception {
        int statements = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        String pollMillis = System.getProperty("flourish.bench.poll.millis", "500");
        try (LrsAndPathwaysServer server = LrsAndPathwaysServer.start(
                Map.of("FLOURISH_PATHWAYS_POLL_MILLIS", pollMillis))) {
            StatementToPathway bench = new StatementToPathway(server);
            bench.assignMentor();
            bench.measure(5, true); // warm-up: the first requests load classes and compile
            long[] direct = bench.measure(statements, false);
            diagnostic("pushed straight to the engine (its own share: intake, rebuild, answer)", direct);
            long[] polled = bench.measure(statements, true);
            row("engine reading the LRS (poll every " + pollMillis + " ms)", polled);
            bench.subscribeEngine();
            bench.measure(5, true);
            long[] pushed = bench.measure(statements, true);
            row("LRS forwarding to `POST /pathways/api/statements`, reader still polling", pushed);
        }
    }

    /** A mentor sees only the learners a coordinator assigned to them. */
    private void assignMentor() {
        Reply assigned = server.pathways(LrsAndPathwaysServer.COORDINATOR)
                .put(learnerPath() + "/mentors/" + LrsAndPathwaysServer.MENTOR, "text/plain", "");
        if (assigned.status() != 204) {
            throw new IllegalStateException("mentor not assigned: " + assigned.status() + " " + assigned.body());
        }
    }

    private void subscribeEngine() {
        JsonObject subscription = Json.createObjectBuilder().add("name", "pathways-bench")
                .add("target", server.root().resolve("pathways/api").toString())
                .add("key", LrsAndPathwaysServer.FORWARDER).add("secret", LrsAndPathwaysServer.PASSWORD)
                .add("from", "now").build();
        Reply added = server.lrsAdmin().post("subscriptions", subscription.toString());
        if (added.status() != 201) {
            throw new IllegalStateException("subscription refused: " + added.status() + " " + added.body());
        }
    }

    /** Milliseconds from each statement stored to the pathway showing it, sorted. */
    private long[] measure(int statements, boolean throughLrs) throws InterruptedException {
        long[] millis = new long[statements];
        for (int i = 0; i < statements; i++) {
            Thread.sleep(random.nextInt(MAX_PAUSE_MS));
            String id = UUID.randomUUID().toString();
            JsonObject statement = Json.createObjectBuilder(Statements.fixture("passed-reading-quiz.json"))
                    .add("id", id).add("timestamp", Instant.now().toString()).remove("stored").remove("authority")
                    .build();
            long start;
            if (throughLrs) {
                storeInLrs(statement);
                start = System.nanoTime(); // from the LRS's answer: the statement is stored
            } else {
                start = System.nanoTime();
                pushToEngine(statement);
            }
            while (!reflects(id)) {
                if ((System.nanoTime() - start) / 1_000_000 > GIVE_UP_MS) {
                    throw new IllegalStateException("statement " + id + " never reached the pathway");
                }
                Thread.sleep(CHECK_EVERY_MS);
            }
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "(%d pathway requests while waiting, %.1f ms each on average)%n", checks,
                checkNanos / 1e6 / Math.max(1, checks));
        checks = 0;
        checkNanos = 0;
        return millis;
    }

    private void storeInLrs(JsonObject statement) {
        Reply stored = server.lrs().post("statements", statement.toString());
        if (stored.status() != 200) {
            throw new IllegalStateException("the LRS refused a statement: " + stored.status() + " " + stored.body());
        }
    }

    /** As the LRS's forwarding does, but without the LRS: the engine's own share of the time. */
    private void pushToEngine(JsonObject statement) {
        Reply pushed = server.pathways(LrsAndPathwaysServer.FORWARDER).post("statements", "[" + statement + "]");
        if (pushed.status() != 200) {
            throw new IllegalStateException("the engine refused a statement: " + pushed.status() + " "
                    + pushed.body());
        }
    }

    private boolean reflects(String statementId) {
        long start = System.nanoTime();
        boolean reflected = mentor.get(pathwayPath()).body().contains(statementId);
        checks++;
        checkNanos += System.nanoTime() - start;
        return reflected;
    }

    private static String pathwayPath() {
        return learnerPath() + "/pathway";
    }

    private static String learnerPath() {
        return "learners/" + URLEncoder.encode(Statements.NDEYE, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void diagnostic(String how, long[] sorted) {
        System.out.printf(Locale.ROOT, "ROW | Statement %s, p50 / p95 / max (%d statements) | %d / %d / %d ms | - "
                + "| - |%n", how, sorted.length, sorted[sorted.length / 2],
                sorted[Math.min(sorted.length - 1, sorted.length * 95 / 100)], sorted[sorted.length - 1]);
    }

    private static void row(String how, long[] sorted) {
        long p50 = sorted[sorted.length / 2];
        long p95 = sorted[Math.min(sorted.length - 1, sorted.length * 95 / 100)];
        long max = sorted[sorted.length - 1];
        System.out.printf(Locale.ROOT, "statement stored to pathway updated, %s, %d statements: p50 %d ms, p95 %d ms, "
                + "max %d ms%n", how, sorted.length, p50, p95, max);
        System.out.printf(Locale.ROOT, "ROW | Statement stored → pathway updated, %s, p50 / p95 / max "
                + "(%d statements) | %d / %d / %d ms | every one < %d ms | %s |%n", how, sorted.length, p50, p95, max,
                TARGET_MS, max < TARGET_MS ? "PASS" : "FAIL");
    }
}
