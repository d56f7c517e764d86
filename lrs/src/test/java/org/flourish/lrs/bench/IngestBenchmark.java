package org.flourish.lrs.bench;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.flourish.lrs.xapi.Jsons;

/**
 * Ingest over HTTP beside raw JDBC inserts of the same statements, for batches of 1 and 100 and 1, 4 and 8 clients.
 * Client {@code c} of a run draws from the same seeded sequence in the HTTP and the raw phase, so both write the same
 * rows. Writes {@code ingest.md} to the results directory.
 */
public final class IngestBenchmark {

    static final int[] BATCH_SIZES = {1, 100};
    static final int[] CLIENT_COUNTS = {1, 4, 8};
    /** Seeds of the warm-up's generators, far from the measured runs' ({@code 1_000_000 * batch + 1_000 * clients}). */
    private static final long WARM_UP_SEEDS = 7_000_000_000L;
    private static final Duration STEADY_ROUND = Duration.ofSeconds(15);
    private static final int MIN_STEADY_ROUNDS = 8;
    private static final int MAX_STEADY_ROUNDS = 24;

    /** Targets from the issue: the LRS's rate as a share of the raw rate at the same batch size and clients. */
    static double target(int batchSize) {
        return batchSize == 1 ? 0.70 : 0.60;
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        IngestBenchmark benchmark = new IngestBenchmark(settings);
        benchmark.warmUp();

        StringBuilder table = new StringBuilder()
                .append("| Batch | Clients | LRS over HTTP (stmt/s) | Raw JDBC (stmt/s) | LRS / raw | Target | Result |\n")
                .append("|---:|---:|---:|---:|---:|---:|---|\n");
        for (int batchSize : BATCH_SIZES) {
            for (int clients : CLIENT_COUNTS) {
                long seedBase = 1_000_000L * batchSize + 1_000L * clients;
                TimedClients.Outcome http = benchmark.http(batchSize, clients, seedBase, settings.warmUp(),
                        settings.measured());
                TimedClients.Outcome jdbc = benchmark.raw(batchSize, clients, seedBase, settings.warmUp(),
                        settings.measured());
                double ratio = http.perSecond() / jdbc.perSecond();
                String line = String.format(Locale.ROOT, "| %d | %d | %.0f%s | %.0f%s | %.0f %% | ≥ %.0f %% | %s |%n",
                        batchSize, clients, http.perSecond(), failures(http), jdbc.perSecond(), failures(jdbc),
                        ratio * 100, target(batchSize) * 100, ratio >= target(batchSize) ? "PASS" : "FAIL");
                System.out.print(line);
                reportFailure(http);
                reportFailure(jdbc);
                table.append(line);
            }
        }
        Files.createDirectories(settings.results());
        Files.writeString(settings.results().resolve("ingest.md"), table.toString());
        Files.writeString(settings.results().resolve("ingest-steady.txt"),
                Long.toString(benchmark.steadyAfter.toSeconds()));
    }

    private final BenchSettings settings;
    private final RawDatabase raw;
    private final JsonObject authority;
    private final AtomicLong rawSequence = new AtomicLong();
    private Duration steadyAfter = Duration.ZERO;

    private IngestBenchmark(BenchSettings settings) throws Exception {
        this.settings = settings;
        this.raw = RawDatabase.recreate(settings);
        this.authority = authority(settings.key());
    }

    /**
     * Both sides ingest unmeasured first, singles then batches, on seeds no measured run uses: a server that has
     * just started runs interpreted code, which is not how an LRS in service runs. How long the JIT takes depends on
     * the machine (the rate rose for about four minutes of load on one of ours), so single statements then go on in
     * rounds until the rate stops rising.
     */
    private void warmUp() throws InterruptedException {
        Duration half = settings.serverWarmUp().dividedBy(2);
        if (half.isZero()) {
            return;
        }
        for (int batchSize : BATCH_SIZES) {
            System.out.printf(Locale.ROOT, "warming up with batches of %d for %d s%n", batchSize, half.toSeconds());
            http(batchSize, 4, WARM_UP_SEEDS + batchSize * 100L, Duration.ZERO, half);
            raw(batchSize, 4, WARM_UP_SEEDS + batchSize * 100L, Duration.ZERO, half);
        }
        untilSteady();
    }

    /**
     * Rounds of single statements from 8 clients, at least {@link #MIN_STEADY_ROUNDS} (the JIT went on for minutes,
     * and two flat rounds alone were met by noise while the rate still rose), then until two rounds in a row are not
     * 5 % above the best before them, or {@link #MAX_STEADY_ROUNDS} rounds. Records how long it took.
     */
    private void untilSteady() throws InterruptedException {
        double best = 0;
        int flat = 0;
        int round = 0;
        while (round < MAX_STEADY_ROUNDS && (round < MIN_STEADY_ROUNDS || flat < 2)) {
            // Seeds apart from the warm-up's above (WARM_UP_SEEDS + 100 and + 10,000), so no round posts their ids again.
            long seeds = WARM_UP_SEEDS + 100_000L * (round + 1);
            double rate = http(1, 8, seeds, Duration.ZERO, STEADY_ROUND).perSecond();
            System.out.printf(Locale.ROOT, "steady-state round %d: %.0f single statements/s%n", round, rate);
            flat = rate > best * 1.05 ? 0 : flat + 1;
            best = Math.max(best, rate);
            round++;
        }
        steadyAfter = STEADY_ROUND.multipliedBy(round);
    }

    private TimedClients.Outcome http(int batchSize, int clients, long seedBase, Duration warmUp, Duration measured)
            throws InterruptedException {
        return TimedClients.run(clients, client -> {
            StatementGenerator generator = new StatementGenerator(seedBase + client);
            PostingConnection lrs = new PostingConnection(settings.lrs(), settings.key(), settings.secret());
            return TimedClients.Unit.closing(lrs, () -> {
                int status = lrs.post(body(generator, batchSize));
                if (status != 200) {
                    throw new IllegalStateException("POST statements answered " + status);
                }
                return batchSize;
            });
        }, warmUp, measured);
    }

    private TimedClients.Outcome raw(int batchSize, int clients, long seedBase, Duration warmUp, Duration measured)
            throws InterruptedException {
        return TimedClients.run(clients, client -> {
            StatementGenerator generator = new StatementGenerator(seedBase + client);
            RawStatementWriter writer = rawWriter(raw, rawSequence);
            return TimedClients.Unit.closing(writer, () -> {
                if (batchSize == 1) {
                    writer.writeOne(RawRow.of(generator.next(), authority));
                } else {
                    List<RawRow> rows = new ArrayList<>(batchSize);
                    for (int i = 0; i < batchSize; i++) {
                        rows.add(RawRow.of(generator.next(), authority));
                    }
                    writer.writeBatch(rows);
                }
                return batchSize;
            });
        }, warmUp, measured);
    }

    static String body(StatementGenerator generator, int batchSize) {
        if (batchSize == 1) {
            return generator.next().toString();
        }
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        for (int i = 0; i < batchSize; i++) {
            array.add(generator.next());
        }
        return array.build().toString();
    }

    private static void reportFailure(TimedClients.Outcome outcome) {
        if (!outcome.firstFailure().isEmpty()) {
            System.out.println("  first failure: " + outcome.firstFailure());
        }
    }

    private static String failures(TimedClients.Outcome outcome) {
        return outcome.failures() == 0 ? "" : " (" + outcome.failures() + " failed)";
    }

    private static RawStatementWriter rawWriter(RawDatabase raw, AtomicLong sequence) {
        try {
            return new RawStatementWriter(raw.connect(), sequence, RawDatabase.CREDENTIAL_ID);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot connect to the raw database", e);
        }
    }

    /** The authority the LRS sets for the seed credential ({@code service.StatementPreparation}). */
    static JsonObject authority(String key) {
        return Jsons.createObjectBuilder().add("objectType", "Agent").add("name", "Demo provider")
                .add("account", Jsons.createObjectBuilder().add("homePage", "https://example.org/demo")
                        .add("name", key))
                .build();
    }
}
