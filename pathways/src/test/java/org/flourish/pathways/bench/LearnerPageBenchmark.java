package org.flourish.pathways.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.store.SharedGraphs;
import org.flourish.pathways.testing.HttpCaller.Reply;
import org.flourish.pathways.testing.LrsAndPathwaysServer;
import org.flourish.pathways.vocab.FL;

/**
 * The learner page of the web app for a child with 500 statements, against the real server (LRS on PostgreSQL and
 * engine in one Payara Micro): the time to answer {@code GET /pathways/learners/{id}} as a signed-in mentor (p50,
 * p95, p99 over the measured requests, after a warm-up; on loopback, so it is the server's time), and what the page
 * weighs compressed with everything it loads (the page gzipped as served, the stylesheet, the script, the icon and
 * the service worker). Targets: p95 under 100 ms, at most 100 KB. Not a unit test; run by
 * {@code pathways/bench/run-web-benchmark.sh}. Lines starting with {@code ROW} are the rows of BENCHMARKS.md.
 */
public final class LearnerPageBenchmark {

    private static final String LEARNER = "mbox:mailto:bench.learner@example.org";
    private static final String[] VERBS = {"attended", "completed", "passed", "failed"};
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI app;

    private LearnerPageBenchmark(URI app) {
        this.app = app;
    }

    public static void main(String[] args) throws Exception {
        int statements = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (LrsAndPathwaysServer server = LrsAndPathwaysServer.start()) {
            prepare(server, statements);
            LearnerPageBenchmark bench = new LearnerPageBenchmark(server.root().resolve("pathways/"));
            bench.signIn(LrsAndPathwaysServer.MENTOR, LrsAndPathwaysServer.PASSWORD);
            String page = "learners/" + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(LEARNER.getBytes(StandardCharsets.UTF_8));
            bench.time(page, Math.max(50, requests / 3));
            long cpuBefore = cpuMillis(server.pid());
            long[] nanos = bench.time(page, requests);
            double cpuPerPage = (cpuMillis(server.pid()) - cpuBefore) / (double) requests;
            Arrays.sort(nanos);
            Weight weight = bench.weigh(page);
            double p95 = millis(percentile(nanos, 0.95));
            row("learner page, " + statements + " statements: server time p50 / p95 / p99 / max (ms), "
                    + requests + " requests", String.format(Locale.ROOT, "%.1f / %.1f / %.1f / %.1f",
                    millis(percentile(nanos, 0.50)), p95, millis(percentile(nanos, 0.99)),
                    millis(nanos[nanos.length - 1])), "p95 < 100 ms", p95 < 100);
            row("learner page: the server's CPU time per page (mean; the process's user + system time over the "
                    + "measured requests, all its threads)", String.format(Locale.ROOT, "%.1f ms", cpuPerPage),
                    "-", true);
            row("learner page compressed + stylesheet + script + icon + service worker (KB)",
                    String.format(Locale.ROOT, "%.1f (page %.1f of %.1f raw; assets %.1f)", weight.total() / 1024.0,
                            weight.pageCompressed() / 1024.0, weight.pageRaw() / 1024.0, weight.assets() / 1024.0),
                    "<= 100 KB", weight.total() <= 100 * 1024);
            Weight whole = bench.weigh(page + "?timeline=all");
            System.out.printf(Locale.ROOT, "NOTE with the whole timeline shown (%d entries): %.1f KB compressed, "
                    + "%.1f KB raw%n", statements, whole.pageCompressed() / 1024.0, whole.pageRaw() / 1024.0);
        }
    }

    /** The learner's statements in the LRS (read by the engine), a context, and the mentor assigned. */
    private static void prepare(LrsAndPathwaysServer server, int statements) {
        List<String> activities = catalogueActivities();
        Random random = new Random(7);
        Instant start = Instant.now().minus(Duration.ofDays(300));
        for (int sent = 0; sent < statements; sent += 100) {
            JsonArrayBuilder batch = Json.createArrayBuilder();
            for (int i = sent; i < Math.min(statements, sent + 100); i++) {
                String verb = VERBS[random.nextInt(VERBS.length)];
                var statement = Json.createObjectBuilder().add("id", UUID.randomUUID().toString())
                        .add("actor", Json.createObjectBuilder().add("mbox", "mailto:bench.learner@example.org")
                                .add("name", "Bench Learner"))
                        .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/" + verb))
                        .add("object", Json.createObjectBuilder().add("id",
                                activities.get(random.nextInt(activities.size()))))
                        .add("timestamp", start.plus(Duration.ofMinutes(864L * i)).toString());
                if (verb.equals("passed") || verb.equals("failed")) {
                    statement.add("result", Json.createObjectBuilder().add("success", verb.equals("passed"))
                            .add("score", Json.createObjectBuilder().add("scaled",
                                    verb.equals("passed") ? 0.7 + random.nextDouble() * 0.3 : random.nextDouble() * 0.5)));
                }
                batch.add(statement);
            }
            Reply posted = server.lrs().post("statements", batch.build().toString());
            require(posted.status() == 200, "posting statements: " + posted.body());
        }
        String key = URLEncoder.encode(LEARNER, StandardCharsets.UTF_8);
        Reply assigned = server.pathways(LrsAndPathwaysServer.COORDINATOR)
                .put("learners/" + key + "/mentors/" + LrsAndPathwaysServer.MENTOR, "text/plain", "");
        require(assigned.status() == 204, "assigning: " + assigned.body());
        Reply context = server.pathways(LrsAndPathwaysServer.MENTOR).put("learners/" + key + "/context",
                "application/json", "{\"languages\":[\"wo\",\"fr\"],\"age\":10,\"maxTravelKm\":5,"
                        + "\"maxCostPerMonth\":5,\"location\":{\"latitude\":14.79,\"longitude\":-16.93}}");
        require(context.status() == 200, "stating the context: " + context.body());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (statementsInEngine(server) < statements) {
            require(Instant.now().isBefore(deadline), "the engine did not read the statements in 3 minutes");
            LrsAndPathwaysServer.sleep(Duration.ofMillis(500));
        }
    }

    private static long statementsInEngine(LrsAndPathwaysServer server) {
        Reply totals = server.pathways(LrsAndPathwaysServer.COORDINATOR).get("aggregates");
        return totals.status() == 200 ? ((JsonObject) totals.json()).getJsonNumber("statements").longValue() : 0;
    }

    private static List<String> catalogueActivities() {
        Model catalogue = SharedGraphs.turtleResource("/flourish/samples/thies-catalogue.ttl");
        List<String> activities = new ArrayList<>();
        catalogue.listObjectsOfProperty(FL.activityId).forEach(node -> activities.add(node.asResource().getURI()));
        activities.sort(String::compareTo);
        return activities;
    }

    private void signIn(String user, String password) throws IOException, InterruptedException {
        String form = get("sign-in", false).body;
        Matcher csrf = CSRF.matcher(form);
        require(csrf.find(), "no CSRF token on the sign-in page");
        HttpResponse<byte[]> signedIn = browser.send(HttpRequest.newBuilder(app.resolve("sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf.group(1)) + "&username=" + enc(user)
                        + "&password=" + enc(password))).build(), HttpResponse.BodyHandlers.ofByteArray());
        require(signedIn.uri().getPath().endsWith("/learners"), "sign-in failed: " + signedIn.uri());
    }

    private long[] time(String page, int requests) throws IOException, InterruptedException {
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long begin = System.nanoTime();
            Fetched fetched = get(page, true);
            nanos[i] = System.nanoTime() - begin;
            require(fetched.status == 200 && fetched.body.contains("Bench Learner"), "the learner page: "
                    + fetched.status);
        }
        return nanos;
    }

    private record Weight(long pageCompressed, long pageRaw, long assets) {
        long total() {
            return pageCompressed + assets;
        }
    }

    private Weight weigh(String page) throws IOException, InterruptedException {
        Fetched fetched = get(page, true);
        long assets = 0;
        for (String asset : List.of("static/app.css", "static/app.js", "static/icon.svg", "sw.js")) {
            assets += get(asset, true).transferred;
        }
        return new Weight(fetched.transferred, fetched.body.getBytes(StandardCharsets.UTF_8).length, assets);
    }

    private record Fetched(int status, long transferred, String body) {
    }

    /** A GET as a browser sends it (gzip accepted when asked): the bytes on the wire and the page as text. */
    private Fetched get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.resolve(path)).timeout(Duration.ofSeconds(30));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        HttpResponse<byte[]> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        boolean compressed = response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
        String text = new String(compressed ? new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes()
                : body, StandardCharsets.UTF_8);
        return new Fetched(response.statusCode(), body.length, text);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** User and system CPU time of a process so far (Linux /proc, clock ticks of 10 ms). */
    private static long cpuMillis(long pid) throws IOException {
        String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"))
                .replaceFirst("^.*\\) ", "").split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void row(String what, String measured, String target, boolean pass) {
        System.out.println("ROW | " + what + " | " + measured + " | " + target + " | "
                + (target.equals("-") ? "-" : pass ? "PASS" : "FAIL") + " |");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
