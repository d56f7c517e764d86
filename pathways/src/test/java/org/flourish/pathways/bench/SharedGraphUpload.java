package org.flourish.pathways.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.service.CatalogueUploads;
import org.flourish.pathways.service.LearnerStates;
import org.flourish.pathways.service.SharedKnowledge;
import org.flourish.pathways.store.GraphLearnerLinks;
import org.flourish.pathways.store.Graphs;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.store.RdfStore;
import org.flourish.pathways.store.SharedGraphs;

/**
 * A coordinator's upload of each sample shared graph (framework, catalogue, evidence rules) through
 * {@link CatalogueUploads}, as {@code PUT shared/...} runs it, on a TDB2 store in a directory of its own, while
 * another thread keeps statements as the LRS reader does, one write each: the time of each upload (parse excluded,
 * validation, the new knowledge built, the graph written and swapped), and the longest time intake waited between
 * two statements kept during it. Not a unit test. Arguments: the directory (created; default
 * target/bench-upload/tdb2), uploads per graph (default 3). Lines starting with {@code ROW} are table rows.
 */
public final class SharedGraphUpload {

    private static final long UPLOAD_TARGET_MS = 5_000;
    private static final long INTAKE_TARGET_MS = 1_000;

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/bench-upload/tdb2");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Files.createDirectories(directory);
        try (RdfStore store = RdfStore.tdb2(Files.createTempDirectory(directory, "run"))) {
            new SharedGraphs(store).seedAbsent();
            List<SharedKnowledge> published = new ArrayList<>(List.of(SharedKnowledge.load(store)));
            CatalogueUploads uploads = new CatalogueUploads(store, published::add, new LearnerStates(
                    new LearnerRecords(store), new GraphLearnerLinks(store), () -> published.get(published.size() - 1)));
            Map<String, String> samples = Map.of(Graphs.FRAMEWORK, "/flourish/samples/foundations-framework.ttl",
                    Graphs.CATALOGUE, "/flourish/samples/thies-catalogue.ttl",
                    Graphs.EVIDENCE_RULES, "/flourish/samples/thies-evidence-rules.ttl");
            Intake intake = new Intake(new LearnerRecords(store));
            intake.start();
            try {
                for (String graph : List.of(Graphs.FRAMEWORK, Graphs.CATALOGUE, Graphs.EVIDENCE_RULES)) {
                    Model content = SharedGraphs.turtleResource(samples.get(graph));
                    long[] took = new long[rounds];
                    long[] waited = new long[rounds];
                    int[] kept = new int[rounds];
                    for (int round = 0; round < rounds; round++) {
                        long start = System.currentTimeMillis();
                        uploads.replace(graph, content);
                        long end = System.currentTimeMillis();
                        took[round] = end - start;
                        waited[round] = intake.longestWait(start, end);
                        kept[round] = intake.keptBetween(start, end);
                    }
                    long slowest = Arrays.stream(took).max().orElseThrow();
                    long longestWait = Arrays.stream(waited).max().orElseThrow();
                    String name = graph.substring(Graphs.BASE.length());
                    System.out.printf(Locale.ROOT, "ROW | Upload of the sample %s (%,d triples), %d times: each, "
                                    + "slowest | %s ms, %d ms | < %d ms | %s |%n", name, content.size(), rounds,
                            join(took), slowest, UPLOAD_TARGET_MS, slowest < UPLOAD_TARGET_MS ? "PASS" : "FAIL");
                    System.out.printf(Locale.ROOT, "ROW | Statement intake during those uploads: statements kept, "
                                    + "longest wait | %s kept, %d ms | < %d ms | %s |%n", join(kept), longestWait,
                            INTAKE_TARGET_MS, longestWait < INTAKE_TARGET_MS ? "PASS" : "FAIL");
                }
                System.out.printf(Locale.ROOT, "NOTE intake alone (no upload), longest wait between two statements "
                        + "in the 3 s before the first upload: %d ms%n", intake.baseline);
            } finally {
                intake.stop();
            }
        }
    }

    private static String join(long[] values) {
        return String.join(" / ", Arrays.stream(values).mapToObj(Long::toString).toList());
    }

    private static String join(int[] values) {
        return String.join(" / ", Arrays.stream(values).mapToObj(Integer::toString).toList());
    }

    /** Keeps a statement after another on its own thread, noting when each was kept. */
    private static final class Intake {
        private final LearnerRecords records;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Long> keptAt = new ArrayList<>();
        private final Thread thread;
        private long baseline;

        Intake(LearnerRecords records) {
            this.records = records;
            this.thread = new Thread(this::run, "intake");
        }

        void start() throws InterruptedException {
            thread.start();
            long from = System.currentTimeMillis();
            Thread.sleep(3_000);
            baseline = longestWait(from, System.currentTimeMillis());
        }

        private void run() {
            while (running.get()) {
                records.keep("mbox:mailto:intake@example.org", UUID.randomUUID(), java.time.Instant.now(), "{}");
                synchronized (keptAt) {
                    keptAt.add(System.currentTimeMillis());
                }
            }
        }

        long longestWait(long from, long to) {
            long longest = 0;
            long previous = from;
            synchronized (keptAt) {
                for (long at : keptAt) {
                    if (at > from && at < to) {
                        longest = Math.max(longest, at - previous);
                        previous = at;
                    }
                }
            }
            return Math.max(longest, to - previous);
        }

        int keptBetween(long from, long to) {
            synchronized (keptAt) {
                return (int) keptAt.stream().filter(at -> at > from && at < to).count();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }
}
