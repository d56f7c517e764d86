package org.flourish.lrs.bench;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.flourish.lrs.xapi.Jsons;

/**
 * The complete LRS's benchmark: State document PUT and GET throughput, and forwarding lag (stored → received by the
 * subscription's target) while batched clients ingest statements at a set rate ({@code bench.forwardRate}
 * statements/s, the foundation's batched ingest rate; 0 for as fast as they can). The target is a recording xAPI
 * endpoint inside this process, on loopback. Writes {@code documents-forwarding.md} to the results
 * directory; run by {@code lrs/bench/run-documents-forwarding.sh}.
 */
public final class DocumentsAndForwardingBenchmark {

    private static final int CLIENTS = 4;
    private static final int BATCH = 100;
    /** The forwarding run's lag is also shown by when the statements were stored, in windows of this length. */
    private static final Duration LAG_WINDOW = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI lrs;
    private final String provider;
    private final String providerKey;
    private final String providerSecret;
    private final String admin;
    private final Duration measured;

    private final double forwardRate;
    /** Batches ingested before the subscription exists ({@code bench.forwardWarmUpSeconds}, 20 by default). */
    private final Duration warmUp = Duration.ofSeconds(Long.getLong("bench.forwardWarmUpSeconds", 20));

    private DocumentsAndForwardingBenchmark(URI lrs, String providerKey, String providerSecret, String admin,
            Duration measured, double forwardRate) {
        this.forwardRate = forwardRate;
        this.lrs = lrs;
        this.providerKey = providerKey;
        this.providerSecret = providerSecret;
        this.provider = basic(providerKey, providerSecret);
        this.admin = admin;
        this.measured = measured;
    }

    public static void main(String[] args) throws Exception {
        URI lrs = URI.create(System.getProperty("bench.url", "http://127.0.0.1:8080/"));
        String key = System.getProperty("bench.key", "bench-key");
        String secret = System.getProperty("bench.secret", "bench-secret");
        String admin = basic("admin", System.getProperty("bench.adminPassword", "bench-admin-secret"));
        Duration measured = Duration.ofSeconds(Long.parseLong(System.getProperty("bench.seconds", "30")));
        Path results = Path.of(System.getProperty("bench.results", "target/bench-results"));
        Files.createDirectories(results);
        double forwardRate = Double.parseDouble(System.getProperty("bench.forwardRate", "0"));
        var benchmark = new DocumentsAndForwardingBenchmark(lrs, key, secret, admin, measured, forwardRate);
        String documents = benchmark.documents();
        String forwarding = benchmark.forwarding();
        Files.writeString(results.resolve("documents-forwarding.md"), documents + "\n" + forwarding);
        System.out.println(documents + "\n" + forwarding);
        System.exit(0);
    }

    private static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String authorization) {
        return HttpRequest.newBuilder(lrs.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("X-Experience-API-Version", "2.0.0");
    }

    /** PUT then GET of 1 KB JSON State documents, each client on its own documents. */
    private String documents() throws Exception {
        String content = "{\"progress\":\"" + "x".repeat(1000) + "\"}";
        AtomicLong puts = new AtomicLong();
        AtomicLong gets = new AtomicLong();
        int[] perClient = new int[CLIENTS];
        long putNanos = runClients((client, deadline) -> {
            while (System.nanoTime() < deadline) {
                int n = perClient[client]++;
                HttpResponse<Void> r = HTTP.send(request(statePath(client, n), provider)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(content)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 204) {
                    puts.incrementAndGet();
                }
            }
        });
        Latencies getLatency = new Latencies(2_000_000);
        long getNanos = runClients((client, deadline) -> {
            for (int n = 0; System.nanoTime() < deadline; n = (n + 1) % Math.max(1, perClient[client])) {
                long start = System.nanoTime();
                HttpResponse<Void> r = HTTP.send(request(statePath(client, n), provider).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                long took = System.nanoTime() - start;
                if (r.statusCode() == 200) {
                    gets.incrementAndGet();
                    synchronized (getLatency) {
                        getLatency.add(took);
                    }
                }
            }
        });
        return String.format(Locale.ROOT, """
                ## Documents (State resource, 1 KB JSON, %d clients, %d s each)

                | Operation | Documents/s | p99 ms |
                |---|---:|---:|
                | PUT (new document) | %.0f | |
                | GET | %.0f | %.1f |
                """, CLIENTS, measured.toSeconds(), puts.get() / (putNanos / 1e9), gets.get() / (getNanos / 1e9),
                getLatency.percentileMillis(99));
    }

    private static String statePath(int client, int n) {
        String agent = "{\"mbox\":\"mailto:bench-" + client + "@example.org\"}";
        return "xapi/activities/state?activityId=" + URLEncoder.encode("https://example.org/bench/game",
                StandardCharsets.UTF_8) + "&agent=" + URLEncoder.encode(agent, StandardCharsets.UTF_8)
                + "&stateId=s" + n;
    }

    /** Lag from {@code stored} to arrival at the target, for every statement ingested during the run. */
    private String forwarding() throws Exception {
        warmUpIngest();
        ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
        HttpServer target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        target.setExecutor(Executors.newFixedThreadPool(2));
        target.createContext("/xapi/statements", exchange -> {
            long now = System.currentTimeMillis();
            try (InputStream body = exchange.getRequestBody();
                    JsonReader reader = Jsons.createReader(new StringReader(
                            new String(body.readAllBytes(), StandardCharsets.UTF_8)))) {
                JsonArray batch = reader.readArray();
                for (int i = 0; i < batch.size(); i++) {
                    long stored = OffsetDateTime.parse(batch.getJsonObject(i).getString("stored")).toInstant()
                            .toEpochMilli();
                    arrivals.add(new Arrival(stored, now - stored));
                }
                exchange.sendResponseHeaders(200, -1);
            } finally {
                exchange.close();
            }
        });
        target.start();
        String subscription = "{\"name\":\"bench-" + System.nanoTime() + "\",\"target\":\"http://127.0.0.1:"
                + target.getAddress().getPort() + "/xapi\",\"key\":\"k\",\"secret\":\"s\",\"from\":\"now\"}";
        HttpResponse<String> created = HTTP.send(request("admin/subscriptions", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(subscription)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("subscription refused: " + created.body());
        }
        AtomicLong ingested = new AtomicLong();
        // Each client sends a batch every interval, on a fixed schedule (open loop): a slow answer delays that client's
        // next batch but not the schedule, so the rate is the set one whenever the LRS keeps up.
        long intervalNanos = forwardRate > 0 ? (long) (CLIENTS * BATCH * 1e9 / forwardRate) : 0;
        long nanos = runClients((client, deadline) -> {
            StatementGenerator statements = new StatementGenerator(7_000 + client);
            try (PostingConnection connection = new PostingConnection(lrs, providerKey, providerSecret)) {
                long next = System.nanoTime() + intervalNanos * client / CLIENTS;
                while (next < deadline) {
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    if (postBatch(connection, statements)) {
                        ingested.addAndGet(BATCH);
                    }
                    next = intervalNanos > 0 ? next + intervalNanos : System.nanoTime();
                }
            }
        });
        for (int waited = 0; waited < 120 && arrivals.size() < ingested.get(); waited++) {
            Thread.sleep(500);
        }
        target.stop(0);
        List<Arrival> delivered = List.copyOf(arrivals);
        Latencies lag = lagsOf(delivered);
        boolean pass = delivered.size() == ingested.get() && lag.percentileMillis(99) < 2000;
        return String.format(Locale.ROOT, """
                ## Forwarding lag under sustained ingest

                %d clients posting batches of %d for %d s, %s: %.0f statements/s reached. One
                subscription forwards every statement to a recording xAPI endpoint on loopback. Lag: time from the
                statement's `stored` to its arrival at the target. The server ingested %d s of batches before the
                subscription started: the write path's code is compiled, the forwarder's not until it runs.

                | Ingested | Delivered | p50 lag ms | p99 lag ms | max lag ms | Target p99 < 2 s | Result |
                |---:|---:|---:|---:|---:|---:|---|
                | %d | %d | %.0f | %.0f | %.0f | < 2000 ms | %s |

                %s""", CLIENTS, BATCH, measured.toSeconds(), forwardRate > 0
                        ? String.format(Locale.ROOT, "paced at %.0f statements/s (the batched ingest rate of the"
                                + " foundation's benchmark, 4 clients)", forwardRate)
                        : "as fast as they can", ingested.get() / (nanos / 1e9), warmUp.toSeconds(), ingested.get(),
                delivered.size(), lag.percentileMillis(50), lag.percentileMillis(99), lag.maxMillis(),
                pass ? "PASS" : "FAIL", lagByWindow(delivered));
    }

    /** A forwarded statement as the target saw it: when it was stored, and how long after that it arrived. */
    private record Arrival(long storedMillis, long lagMillis) {
    }

    private static Latencies lagsOf(List<Arrival> arrivals) {
        Latencies lags = new Latencies(arrivals.size());
        arrivals.forEach(arrival -> lags.add(arrival.lagMillis() * 1_000_000));
        return lags;
    }

    /** The lag of the statements stored in each window of the run: tells a slow start from a backlog that grows. */
    private static String lagByWindow(List<Arrival> arrivals) {
        if (arrivals.isEmpty()) {
            return "";
        }
        long first = arrivals.stream().mapToLong(Arrival::storedMillis).min().orElseThrow();
        long window = LAG_WINDOW.toMillis();
        StringBuilder table = new StringBuilder("By when the statements were stored (seconds after the first):\n\n"
                + "| Stored | Statements | p50 lag ms | p99 lag ms | max lag ms |\n|---|---:|---:|---:|---:|\n");
        arrivals.stream().collect(Collectors.groupingBy(a -> (a.storedMillis() - first) / window, TreeMap::new,
                Collectors.toList())).forEach((index, inWindow) -> {
                    Latencies lags = lagsOf(inWindow);
                    table.append(String.format(Locale.ROOT, "| %d–%d s | %d | %.0f | %.0f | %.0f |%n",
                            index * LAG_WINDOW.toSeconds(), (index + 1) * LAG_WINDOW.toSeconds(), inWindow.size(),
                            lags.percentileMillis(50), lags.percentileMillis(99), lags.maxMillis()));
                });
        return table.toString();
    }

    /** Posts a batch as the ingest benchmark does, over the client's own keep-alive connection. */
    private static boolean postBatch(PostingConnection connection, StatementGenerator statements) throws Exception {
        return connection.post(IngestBenchmark.body(statements, BATCH)) == 200;
    }

    /** Unmeasured batches before the subscription exists, on seeds the measured run does not use. */
    private void warmUpIngest() throws Exception {
        long until = System.nanoTime() + warmUp.toNanos();
        runClients((client, deadline) -> {
            StatementGenerator statements = new StatementGenerator(9_000 + client);
            try (PostingConnection connection = new PostingConnection(lrs, providerKey, providerSecret)) {
                while (System.nanoTime() < until) {
                    postBatch(connection, statements);
                }
            }
        });
    }

    /** One client's work until the deadline (System.nanoTime). */
    private interface ClientWork {
        void run(int client, long deadline) throws Exception;
    }

    /** Runs the clients for the measured time; returns the elapsed nanoseconds. */
    private long runClients(ClientWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        long deadline = start + measured.toNanos();
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int c = client;
            running.add(pool.submit(() -> {
                work.run(c, deadline);
                return null;
            }));
        }
        for (var f : running) {
            f.get();
        }
        pool.shutdown();
        return System.nanoTime() - start;
    }
}
