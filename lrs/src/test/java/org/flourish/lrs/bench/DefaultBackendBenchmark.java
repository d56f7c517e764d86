package org.flourish.lrs.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.flourish.lrs.durability.LrsServer;

/**
 * The embedded default beside the PostgreSQL service, on what made H2 the wrong default (issue 11): the batched
 * ingest rate, query latency while 8 clients post, disk bytes per statement after a few hundred thousand statements,
 * memory, and 6 then 12 clients each posting a ~15 MB statement at once, twice, followed by a clean restart after
 * which every acknowledged statement must be there. One backend per run ({@code bench.backend}: {@code embedded} or
 * {@code service}); writes {@code default-<backend>.md} to the results directory.
 */
public final class DefaultBackendBenchmark {

    private static final String KEY = "bench-key";
    private static final String SECRET = "bench-secret";
    private static final int LARGE_BYTES = 15_000_000;

    private final String backend;
    private final Path work;
    private final Map<String, String> environment = new HashMap<>();
    private final String serviceDatabase;
    private final Path payaraJar;
    private final Path war;
    private final StringBuilder report = new StringBuilder();
    private LrsServer server;

    private DefaultBackendBenchmark() {
        backend = System.getProperty("bench.backend", "embedded");
        work = Path.of(System.getProperty("bench.work", "target/default-bench")).toAbsolutePath().resolve(backend);
        payaraJar = Path.of(System.getProperty("bench.payaraJar", "target/payara-micro.jar"));
        war = Path.of(System.getProperty("bench.war", "target/flourish-lrs.war"));
        serviceDatabase = System.getProperty("bench.serviceDb", "jdbc:postgresql://127.0.0.1:5432/flourish_bench_default");
        environment.put("FLOURISH_DATA_DIR", work.resolve("data").toString());
        environment.put("FLOURISH_SEED_KEY", KEY);
        environment.put("FLOURISH_SEED_SECRET", SECRET);
        environment.put("FLOURISH_ADMIN_PASSWORD", "bench-admin-secret");
        if (backend.equals("service")) {
            environment.put("FLOURISH_DB_URL", serviceDatabase);
            environment.put("FLOURISH_DB_USER", "postgres");
        }
    }

    public static void main(String[] args) throws Exception {
        DefaultBackendBenchmark benchmark = new DefaultBackendBenchmark();
        try {
            benchmark.run();
        } finally {
            if (benchmark.server != null) {
                benchmark.server.close();
            }
        }
    }

    private void run() throws Exception {
        long target = Long.parseLong(System.getProperty("bench.targetCount", "300000"));
        Duration measured = Duration.ofSeconds(Long.parseLong(System.getProperty("bench.seconds", "30")));
        start();
        URI root = server.root();
        post(root, 4, 100, Duration.ofSeconds(Long.parseLong(System.getProperty("bench.warmUpSeconds", "60"))),
                new AtomicLong());
        AtomicLong stored = new AtomicLong();
        double rate = post(root, 4, 100, measured, stored) / (double) measured.toSeconds();
        line("Batches of 100, 4 clients, %d s after a %s s warm-up: **%.0f statements/s**", measured.toSeconds(),
                System.getProperty("bench.warmUpSeconds", "60"), rate);
        queriesWhilePosting(root, measured);
        fill(root, target);
        line("Disk after %,d statements: %s", count(), disk());
        line("Memory at the end of the fill: Payara Micro RSS %s; %s", rss(server.pid()), databaseMemory());
        largeStatements(6);
        largeStatements(12);
        Files.createDirectories(Path.of(System.getProperty("bench.results", "target/bench-results")));
        Files.writeString(Path.of(System.getProperty("bench.results", "target/bench-results"))
                .resolve("default-" + backend + ".md"), report);
        System.out.print(report);
    }

    private void start() throws IOException, InterruptedException {
        server = LrsServer.start(payaraJar, war, work, environment, "512m");
        line("Started (to the first 200 of /xapi/about) in %.1f s", server.startTime().toMillis() / 1000.0);
    }

    /** Clients posting batches for {@code duration}; returns the statements acknowledged. */
    private static long post(URI root, int clients, int batch, Duration duration, AtomicLong acknowledged)
            throws InterruptedException {
        long until = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            StatementGenerator generator = new StatementGenerator(System.nanoTime() + client);
            Thread thread = new Thread(() -> {
                try (PostingConnection connection = new PostingConnection(root, KEY, SECRET)) {
                    while (System.nanoTime() < until) {
                        if (connection.post(IngestBenchmark.body(generator, batch)) == 200) {
                            acknowledged.addAndGet(batch);
                        }
                    }
                } catch (IOException e) {
                    System.out.println("posting client failed: " + e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return acknowledged.get();
    }

    private void queriesWhilePosting(URI root, Duration duration) throws Exception {
        AtomicLong posted = new AtomicLong();
        Thread posting = new Thread(() -> {
            try {
                post(root, 8, 100, duration, posted);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        posting.start();
        LrsClient client = new LrsClient(root, KEY, SECRET);
        Latencies latencies = new Latencies(1_000_000);
        long until = System.nanoTime() + duration.toNanos();
        int errors = 0;
        for (int i = 0; System.nanoTime() < until; i++) {
            String query = switch (i % 3) {
                case 0 -> "xapi/statements?limit=100&agent=" + java.net.URLEncoder.encode(
                        "{\"mbox\":\"" + Population.mbox(i % Population.LEARNERS) + "\"}", "UTF-8");
                case 1 -> "xapi/statements?limit=100&verb=" + Population.verbId(i % Population.VERBS.size());
                default -> "xapi/statements?limit=100";
            };
            long begin = System.nanoTime();
            HttpResponse<String> answer = client.get(query);
            latencies.add(System.nanoTime() - begin);
            errors += answer.statusCode() == 200 ? 0 : 1;
        }
        posting.join();
        line("Queries (agent, verb, no filter; limit 100) while 8 clients post batches of 100: p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms, %d errors; %,d statements posted meanwhile (%.0f/s)", latencies.percentileMillis(50),
                latencies.percentileMillis(99), latencies.maxMillis(), errors, posted.get(),
                posted.get() / (double) duration.toSeconds());
    }

    private void fill(URI root, long target) throws Exception {
        long before = count();
        long begin = System.nanoTime();
        while (count() < target) {
            post(root, 4, 100, Duration.ofSeconds(30), new AtomicLong());
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        long after = count();
        line("Filled from %,d to %,d statements (batches of 100, 4 clients) in %.0f s: %.0f statements/s", before,
                after, seconds, (after - before) / seconds);
    }

    /**
     * {@code clients} clients each post one ~15 MB statement at once, twice, while two clients post batches of 10;
     * then the LRS is stopped cleanly and started again, and every acknowledged statement must be there.
     */
    private void largeStatements(int clients) throws Exception {
        List<UUID> acknowledgedLarge = Collections.synchronizedList(new ArrayList<>());
        List<List<UUID>> acknowledgedSmall = Collections.synchronizedList(new ArrayList<>());
        List<Integer> refused = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean smallRunning = new AtomicBoolean(true);
        URI root = server.root();
        List<Thread> small = new ArrayList<>();
        for (int client = 0; client < 2; client++) {
            StatementGenerator generator = new StatementGenerator(System.nanoTime() + client);
            Thread thread = new Thread(() -> {
                try (PostingConnection connection = new PostingConnection(root, KEY, SECRET)) {
                    while (smallRunning.get()) {
                        List<UUID> ids = new ArrayList<>();
                        StringBuilder body = new StringBuilder("[");
                        for (int i = 0; i < 10; i++) {
                            String statement = generator.next().toString();
                            ids.add(UUID.fromString(statement.substring(statement.indexOf("\"id\":\"") + 6,
                                    statement.indexOf("\"id\":\"") + 42)));
                            body.append(i == 0 ? "" : ",").append(statement);
                        }
                        if (connection.post(body.append(']').toString()) == 200) {
                            acknowledgedSmall.add(ids);
                        }
                    }
                } catch (IOException e) {
                    System.out.println("small client failed: " + e);
                }
            });
            thread.start();
            small.add(thread);
        }
        long begin = System.nanoTime();
        for (int round = 0; round < 2; round++) {
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> large = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                Thread thread = new Thread(() -> {
                    UUID id = UUID.randomUUID();
                    try (PostingConnection connection = new PostingConnection(root, KEY, SECRET)) {
                        String body = largeStatement(id);
                        go.await();
                        int status = connection.post(body);
                        if (status == 200) {
                            acknowledgedLarge.add(id);
                        } else {
                            refused.add(status);
                        }
                    } catch (IOException | InterruptedException e) {
                        refused.add(-1);
                    }
                });
                thread.start();
                large.add(thread);
            }
            go.countDown();
            for (Thread thread : large) {
                thread.join();
            }
        }
        smallRunning.set(false);
        for (Thread thread : small) {
            thread.join();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        server.close();
        start();
        LrsClient client = new LrsClient(server.root(), KEY, SECRET);
        long largeMissing = 0;
        for (UUID id : acknowledgedLarge) {
            largeMissing += client.get("xapi/statements?statementId=" + id).statusCode() == 200 ? 0 : 1;
        }
        long smallStatements = 0;
        long smallMissing = 0;
        for (List<UUID> batch : acknowledgedSmall) {
            for (UUID id : batch) {
                smallStatements++;
                smallMissing += client.get("xapi/statements?statementId=" + id).statusCode() == 200 ? 0 : 1;
            }
        }
        line("%d clients × ~15 MB statement at once, twice (%.0f s), beside 2 clients posting batches of 10; then a"
                + " clean restart: large acknowledged %d, refused %s, missing after restart **%d**; small acknowledged"
                + " %,d, missing after restart **%d**; server answering after: %s", clients, seconds,
                acknowledgedLarge.size(), refused, largeMissing, smallStatements, smallMissing,
                client.get("xapi/about").statusCode() == 200 ? "yes" : "no");
    }

    private static String largeStatement(UUID id) {
        return "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:large@example.org\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/answered\"},"
                + "\"object\":{\"id\":\"https://example.org/essay\"},\"result\":{\"response\":\""
                + "a".repeat(LARGE_BYTES) + "\"}}";
    }

    private long count() throws Exception {
        try (Connection connection = connect(); Statement sql = connection.createStatement();
                ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM statement")) {
            count.next();
            return count.getLong(1);
        }
    }

    private String disk() throws Exception {
        long database;
        try (Connection connection = connect(); Statement sql = connection.createStatement();
                ResultSet size = sql.executeQuery("SELECT pg_database_size(current_database())")) {
            size.next();
            database = size.getLong(1);
        }
        long statements = count();
        String text = String.format(Locale.ROOT, "database %,d MB, %,.0f bytes per statement", database >> 20,
                database / (double) statements);
        if (backend.equals("embedded")) {
            long cluster = directorySize(work.resolve("data/postgres/cluster"));
            long wal = directorySize(work.resolve("data/postgres/cluster/pg_wal"));
            text += String.format(Locale.ROOT, "; whole cluster directory %,d MB (of which WAL %,d MB), %,.0f bytes"
                    + " per statement", cluster >> 20, wal >> 20, cluster / (double) statements);
        }
        return text;
    }

    private String databaseMemory() throws IOException {
        if (!backend.equals("embedded")) {
            return "the PostgreSQL service is shared, not measured";
        }
        long postmaster = Long.parseLong(Files.readAllLines(work.resolve("data/postgres/cluster/postmaster.pid"))
                .get(0).strip());
        List<Long> pids = new ArrayList<>(List.of(postmaster));
        ProcessHandle.of(postmaster).ifPresent(process -> process.descendants().forEach(p -> pids.add(p.pid())));
        long pss = 0;
        long rss = 0;
        for (long pid : pids) {
            pss += kilobytes(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
            rss += kilobytes(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
        }
        return String.format(Locale.ROOT, "embedded PostgreSQL %d processes, PSS %d MB in all (RSS summed %d MB,"
                + " counting shared buffers once per process), postmaster RSS %d MB", pids.size(), pss >> 10,
                rss >> 10, kilobytes(Path.of("/proc", Long.toString(postmaster), "status"), "VmRSS:") >> 10);
    }

    private static String rss(long pid) throws IOException {
        return (kilobytes(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:") >> 10) + " MB";
    }

    private static long kilobytes(Path file, String field) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (IOException gone) {
            return 0;
        }
    }

    private static long directorySize(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private Connection connect() throws Exception {
        if (backend.equals("service")) {
            return DriverManager.getConnection(serviceDatabase, "postgres", "");
        }
        String port = Files.readAllLines(work.resolve("data/postgres/cluster/postmaster.pid")).get(3).strip();
        String password = Files.readString(work.resolve("data/postgres/password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/flourish", "flourish",
                password);
    }

    private void line(String format, Object... values) {
        String text = String.format(Locale.ROOT, format, values);
        System.out.println(text);
        report.append("- ").append(text).append('\n');
    }
}
