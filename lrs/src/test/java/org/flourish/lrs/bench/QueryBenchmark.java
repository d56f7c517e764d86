package org.flourish.lrs.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * GET statements latency, one client, sequential requests: for each {@link QueryKind}, warm-up requests and then the
 * measured ones, each with fresh values. Latency is client-side, from sending to the whole body read. Writes
 * {@code queries.md} to the results directory.
 */
public final class QueryBenchmark {

    static final int WARM_UP_REQUESTS = 50;
    /** Rounds over every kind before the first is measured: else the first kind pays for the query path's JIT. */
    static final int WARM_UP_ROUNDS = 20;
    static final double TARGET_P99_MILLIS = 25;

    private QueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        LrsClient lrs = new LrsClient(settings.lrs(), settings.key(), settings.secret());
        OffsetDateTime[] range = storedRange(settings);
        long stored = LoadBenchmark.storedCount(settings);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "Statements stored: %,d. %d measured requests per kind after %d warm-up rounds over all kinds and %d"
                        + " warm-up requests of the kind itself, limit=100.%n%n",
                stored, settings.requests(), WARM_UP_ROUNDS, WARM_UP_REQUESTS))
                .append("| Query | p50 ms | p95 ms | p99 ms | max ms | mean returned | errors | p99 < 25 ms |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        List<QueryKind> kinds = QueryKind.all(range[0], range[1], lrs);
        Random warmUp = new Random(6_000L);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (QueryKind kind : kinds) {
                lrs.get(kind.source().next(warmUp));
            }
        }
        int kindNumber = 0;
        for (QueryKind kind : kinds) {
            Random random = new Random(7_000L + kindNumber++);
            for (int i = 0; i < WARM_UP_REQUESTS; i++) {
                lrs.get(kind.source().next(random));
            }
            Latencies latencies = new Latencies(settings.requests());
            long returned = 0;
            int errors = 0;
            for (int i = 0; i < settings.requests(); i++) {
                String request = kind.source().next(random);
                long start = System.nanoTime();
                HttpResponse<String> response = lrs.get(request);
                latencies.add(System.nanoTime() - start);
                if (response.statusCode() == 200) {
                    returned += StatementCount.of(response.body());
                } else {
                    errors++;
                }
            }
            double p99 = latencies.percentileMillis(99);
            String line = String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %s |%n",
                    kind.name(), latencies.percentileMillis(50), latencies.percentileMillis(95), p99,
                    latencies.maxMillis(), returned / (double) settings.requests(), errors,
                    p99 < TARGET_P99_MILLIS && errors == 0 ? "PASS" : "FAIL");
            System.out.print(line);
            table.append(line);
        }
        Files.createDirectories(settings.results());
        Files.writeString(settings.results().resolve("queries.md"), table.toString());
    }

    /** The first and last {@code stored} time in the LRS, the range the since/until values are drawn from. */
    private static OffsetDateTime[] storedRange(BenchSettings settings) throws Exception {
        try (Connection connection = DriverManager.getConnection(settings.lrsDatabase(), settings.dbUser(), "");
                Statement sql = connection.createStatement();
                ResultSet range = sql.executeQuery("SELECT MIN(stored), MAX(stored) FROM statement")) {
            range.next();
            return new OffsetDateTime[] {range.getObject(1, OffsetDateTime.class),
                range.getObject(2, OffsetDateTime.class)};
        }
    }
}
