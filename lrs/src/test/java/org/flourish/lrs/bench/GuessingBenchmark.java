package org.flourish.lrs.bench;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.flourish.lrs.testing.FromAddress;

/**
 * Ingest of single statements by 4 clients, alone and while 4 guessers send wrong secrets for the same key as fast
 * as they are answered, each from its own loopback address (127.0.0.11 to .14). Shows what guessing costs the
 * school next door, and how the guesses were answered (401 after a slow hash, 429 without one). Writes
 * {@code guessing.md} to the results directory.
 */
public final class GuessingBenchmark {

    private static final int INGEST_CLIENTS = 4;
    private static final int GUESSERS = 4;

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        ingest(settings, Duration.ofSeconds(10), 0);
        TimedClients.Outcome alone = ingest(settings, settings.measured(), 1);
        Guessers guessers = Guessers.start(settings);
        TimedClients.Outcome guessed = ingest(settings, settings.measured(), 2);
        guessers.stop();
        String table = "| Ingest, 4 clients, single statements | Statements/s | Guesses answered 401 | 429 | Median guess |\n"
                + "|---|---:|---:|---:|---:|\n"
                + String.format(Locale.ROOT, "| alone | %.0f%s | | | |%n", alone.perSecond(), failures(alone))
                + String.format(Locale.ROOT, "| with 4 guessers | %.0f%s | %d | %d | %.1f ms |%n",
                        guessed.perSecond(), failures(guessed), guessers.refused.get(), guessers.throttled.get(),
                        guessers.medianMillis());
        System.out.print(table);
        Files.createDirectories(settings.results());
        Files.writeString(settings.results().resolve("guessing.md"), table);
    }

    private static TimedClients.Outcome ingest(BenchSettings settings, Duration measured, long run)
            throws InterruptedException {
        return TimedClients.run(INGEST_CLIENTS, client -> {
            StatementGenerator generator = new StatementGenerator(9_000_000_000L + run * 1_000 + client);
            PostingConnection lrs = new PostingConnection(settings.lrs(), settings.key(), settings.secret());
            return TimedClients.Unit.closing(lrs, () -> {
                int status = lrs.post(IngestBenchmark.body(generator, 1));
                if (status != 200) {
                    throw new IllegalStateException("POST statements answered " + status);
                }
                return 1;
            });
        }, Duration.ofSeconds(2), measured);
    }

    private static String failures(TimedClients.Outcome outcome) {
        return outcome.failures() == 0 ? "" : " (" + outcome.failures() + " failed: " + outcome.firstFailure() + ")";
    }

    /** Threads that guess the bench key's secret until stopped, counting how they were answered. */
    private static final class Guessers {
        final AtomicLong refused = new AtomicLong();
        final AtomicLong throttled = new AtomicLong();
        final List<Long> nanos = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean running = new AtomicBoolean(true);
        final List<Thread> threads = new ArrayList<>();

        static Guessers start(BenchSettings settings) {
            Guessers guessers = new Guessers();
            for (int i = 0; i < GUESSERS; i++) {
                String address = "127.0.0." + (11 + i);
                Thread thread = new Thread(() -> guessers.guess(settings, address), "guesser-" + i);
                thread.start();
                guessers.threads.add(thread);
            }
            return guessers;
        }

        private void guess(BenchSettings settings, String address) {
            long n = 0;
            while (running.get()) {
                FromAddress.Reply reply = FromAddress.get(address, settings.lrs().resolve("xapi/statements?limit=1"),
                        settings.key(), "guess-" + address + "-" + n++);
                nanos.add(reply.nanos());
                (reply.status() == 429 ? throttled : refused).incrementAndGet();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }

        double medianMillis() {
            List<Long> sorted = nanos.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        }
    }
}
