package org.flourish.lrs.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the benchmark programs are pointed at, from system properties (the script sets them all).
 *
 * @param lrs           root of the running LRS ({@code bench.url})
 * @param key           provider key with scope all ({@code bench.key})
 * @param secret        its secret ({@code bench.secret})
 * @param lrsDatabase   JDBC URL of the LRS's own database, read only for counts and time ranges ({@code bench.lrsDb})
 * @param rawDatabase   JDBC URL of the database the raw inserts go to ({@code bench.rawDb})
 * @param dbUser        PostgreSQL user ({@code bench.dbUser})
 * @param serverWarmUp  ingest before the first measured run, so the server's code is compiled as in production
 *                      ({@code bench.serverWarmUpSeconds})
 * @param warmUp        warm-up before each measured ingest run ({@code bench.warmUpSeconds})
 * @param measured      length of each measured ingest run ({@code bench.seconds})
 * @param targetCount   statements the load phase fills the LRS up to ({@code bench.targetCount})
 * @param loadTime      time box of the load over HTTP ({@code bench.loadMinutes}); the script tops up the rest
 * @param requests      measured requests per query kind ({@code bench.requests})
 * @param results       directory the Markdown fragments are written to ({@code bench.results})
 */
record BenchSettings(URI lrs, String key, String secret, String lrsDatabase, String rawDatabase, String dbUser,
        Duration serverWarmUp, Duration warmUp, Duration measured, long targetCount, Duration loadTime, int requests, Path results) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                URI.create(property("bench.url", "http://127.0.0.1:8080/")),
                property("bench.key", "bench-key"),
                property("bench.secret", "bench-secret"),
                property("bench.lrsDb", "jdbc:postgresql://127.0.0.1:5432/flourish_bench"),
                property("bench.rawDb", "jdbc:postgresql://127.0.0.1:5432/flourish_bench_raw"),
                property("bench.dbUser", "postgres"),
                Duration.ofSeconds(Long.parseLong(property("bench.serverWarmUpSeconds", "60"))),
                Duration.ofSeconds(Long.parseLong(property("bench.warmUpSeconds", "5"))),
                Duration.ofSeconds(Long.parseLong(property("bench.seconds", "15"))),
                Long.parseLong(property("bench.targetCount", "1000000")),
                Duration.ofMinutes(Long.parseLong(property("bench.loadMinutes", "12"))),
                Integer.parseInt(property("bench.requests", "300")),
                Path.of(property("bench.results", "target/bench-results")));
    }

    private static String property(String name, String fallback) {
        return System.getProperty(name, fallback);
    }
}
