package org.flourish.lrs.bench;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills the LRS over HTTP up to the target count (batches of 100, 4 clients), or for as long as its time box
 * allows, and reports the sustained rate. Writes {@code load.md} to the results directory.
 */
public final class LoadBenchmark {

    static final int BATCH_SIZE = 100;
    static final int CLIENTS = 4;
    /** Load clients draw from these seeds; the ingest benchmark's seeds are all below. */
    static final long FIRST_SEED = 9_000_000L;
    /** A load that keeps failing is broken, not slow: stop rather than spin until the time limit. */
    static final int MAX_FAILURES = 100;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        LrsClient lrs = new LrsClient(settings.lrs(), settings.key(), settings.secret());
        long before = storedCount(settings);
        AtomicLong stored = new AtomicLong(before);
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + settings.loadTime().toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            StatementGenerator generator = new StatementGenerator(FIRST_SEED + client);
            Thread thread = new Thread(() -> {
                while (stored.get() < settings.targetCount() && failures.get() < MAX_FAILURES
                        && System.nanoTime() < deadline) {
                    try {
                        int status = lrs.post(IngestBenchmark.body(generator, BATCH_SIZE));
                        if (status == 200) {
                            stored.addAndGet(BATCH_SIZE);
                        } else {
                            failed(failures, "POST statements answered " + status);
                        }
                    } catch (Exception e) {
                        failed(failures, e.toString());
                    }
                }
            }, "bench-load-" + client);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                thread.join(30_000);
                System.out.printf(Locale.ROOT, "load: %,d statements stored after %.0f s%n", stored.get(),
                        (System.nanoTime() - start) / 1e9);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = storedCount(settings);
        long loaded = after - before;
        String report = String.format(Locale.ROOT,
                "| Loaded over HTTP | Time | Rate | Failed requests | Statements stored at the end |%n"
                        + "|---:|---:|---:|---:|---:|%n| %,d | %.0f s | %.0f stmt/s | %d | %,d |%n",
                loaded, seconds, loaded / seconds, failures.get(), after);
        System.out.print(report);
        Files.createDirectories(settings.results());
        Files.writeString(settings.results().resolve("load.md"), report);
    }

    private static void failed(AtomicLong failures, String reason) {
        if (failures.getAndIncrement() == 0) {
            System.out.println("load: first failure: " + reason);
        }
    }

    static long storedCount(BenchSettings settings) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.lrsDatabase(), settings.dbUser(), "");
                Statement sql = connection.createStatement();
                ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM statement")) {
            count.next();
            return count.getLong(1);
        }
    }
}
