package org.flourish.pathways.bench;

import java.time.Clock;

import org.flourish.pathways.store.GraphLearnerLinks;
import org.flourish.pathways.store.Graphs;

import org.flourish.pathways.store.GraphValidation;

import org.flourish.pathways.store.StatedContexts;

import org.flourish.pathways.service.LearnerContexts;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;

import org.flourish.pathways.service.LearnerStates;
import org.flourish.pathways.service.Pathways;
import org.flourish.pathways.service.SharedKnowledge;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.store.RdfStore;

/**
 * The engine's services on the store they really use, TDB2, at the scale: 2,000 competencies, 10,000
 * opportunities and 100,000 learners' evidence (contexts and statements). Measures the latency of
 * {@link Pathways#recommendations} (top 20) for a learner whose state must be rebuilt from the store and for one
 * already cached, then the heap after a full GC and the process's resident memory with the learner cache full.
 * Not a unit test. Arguments: directory, learners, statements per learner, measured requests. Lines starting with
 * {@code ROW} are the rows of the table in BENCHMARKS.md.
 */
public final class EngineAtScale {

    private static final int LIMIT = 20;
    private static final double TARGET_P95_MS = 20.0;
    private static final int WARM_UP = 300;
    private static final int CACHED_LEARNERS = 20;

    private EngineAtScale() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/bench/scale");
        int learners = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int perLearner = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int measured = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
        long start = System.nanoTime();
        ScaleDataset dataset = new ScaleDataset(directory, learners, perLearner);
        boolean reused = dataset.isComplete();
        Path prepared = dataset.prepared();
        System.out.printf(Locale.ROOT, "dataset %s: %s, %d MB on disk%n", reused ? "reused from an earlier run"
                : String.format(Locale.ROOT, "built in %.0f s", seconds(start)), prepared,
                sizeOf(prepared) / (1024 * 1024));
        try (RdfStore store = RdfStore.tdb2(prepared.resolve("tdb2"))) {
            start = System.nanoTime();
            SharedKnowledge knowledge = SharedKnowledge.load(store);
            double loadSeconds = seconds(start);
            LearnerRecords records = new LearnerRecords(store);
            LearnerStates states = new LearnerStates(records, new GraphLearnerLinks(store), () -> knowledge);
            LearnerContexts contexts = new LearnerContexts(new StatedContexts(store), () -> knowledge,
                    new GraphValidation(store.graph(Graphs.SHAPES)), Clock.systemUTC());
            Pathways pathways = new Pathways(() -> knowledge, states, records, contexts);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(7));
            int[] next = {0};
            long[] returned = {0};
            IntConsumer ask = learner -> returned[0] += pathways.recommendations(ScaleDataset.learnerKey(learner),
                    LIMIT).orElseThrow().recommendations().size();
            for (int i = 0; i < WARM_UP; i++) {
                ask.accept(order.get(next[0]++ % learners));
            }
            returned[0] = 0;
            long[] rebuilt = time(measured, i -> ask.accept(order.get(next[0]++ % learners)));
            double meanReturned = (double) returned[0] / measured;
            long[] cached = time(measured, i -> ask.accept(order.get(i % CACHED_LEARNERS)));
            while (states.cached() < LearnerStates.DEFAULT_CAPACITY && next[0] < learners) {
                ask.accept(order.get(next[0]++));
            }
            System.out.printf(Locale.ROOT, "shared knowledge loaded from TDB2 in %.1f s; %d learners asked about, "
                    + "%d cached; %.1f recommendations returned on average%n", loadSeconds, next[0],
                    states.cached(), meanReturned);
            report("learner rebuilt from TDB2 (not cached)", rebuilt);
            report("learner cached", cached);
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            Status status = Status.read();
            System.out.printf(Locale.ROOT, "heap after GC %d MB; RSS %d MB (anonymous %d MB, file-backed %d MB), "
                            + "peak RSS %d MB%n", heap >> 20, status.rssKb() >> 10, status.anonKb() >> 10,
                    status.fileKb() >> 10, status.peakKb() >> 10);
            row(String.format(Locale.ROOT, "Recommendations (top %d), learner rebuilt from TDB2, p50 / p95 / max",
                    LIMIT), rebuilt);
            row(String.format(Locale.ROOT, "Recommendations (top %d), learner cached, p50 / p95 / max", LIMIT),
                    cached);
            System.out.printf(Locale.ROOT, "ROW | Heap after full GC, learner cache full (%,d learners) | %d MB | "
                    + "bounded | - |%n", states.cached(), heap >> 20);
            System.out.printf(Locale.ROOT, "ROW | Process RSS at the end (anonymous + file-backed TDB2 maps), "
                    + "peak | %d MB (%d + %d), peak %d MB | - | - |%n", status.rssKb() >> 10,
                    status.anonKb() >> 10, status.fileKb() >> 10, status.peakKb() >> 10);
            System.out.printf(Locale.ROOT, "ROW | Shared knowledge (framework, catalogue, rules, %,d contexts) "
                    + "loaded from TDB2 | %.1f s | - | - |%n", learners, loadSeconds);
            // Time to look inside the heap (jcmd <pid> GC.class_histogram) before the process ends.
            Thread.sleep(Long.getLong("flourish.bench.hold.seconds", 0) * 1000);
            Reference.reachabilityFence(knowledge);
            Reference.reachabilityFence(states);
        }
    }

    private static long[] time(int runs, IntConsumer request) {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            request.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double percentileMs(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "recommendations, %s, %d runs: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                what, sorted.length, percentileMs(sorted, 50), percentileMs(sorted, 95),
                sorted[sorted.length - 1] / 1e6);
    }

    private static void row(String measure, long[] sorted) {
        double p95 = percentileMs(sorted, 95);
        System.out.printf(Locale.ROOT, "ROW | %s | %.1f / %.1f / %.1f ms | p95 < %.0f ms | %s |%n", measure,
                percentileMs(sorted, 50), p95, sorted[sorted.length - 1] / 1e6, TARGET_P95_MS,
                p95 < TARGET_P95_MS ? "PASS" : "FAIL");
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long sizeOf(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    /** This process's resident memory from {@code /proc/self/status} (Linux), in KB. */
    private record Status(long rssKb, long anonKb, long fileKb, long peakKb) {

        static Status read() throws IOException {
            long[] values = new long[4];
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                String[] parts = line.split("\\s+");
                switch (parts[0]) {
                    case "VmRSS:" -> values[0] = Long.parseLong(parts[1]);
                    case "RssAnon:" -> values[1] = Long.parseLong(parts[1]);
                    case "RssFile:" -> values[2] = Long.parseLong(parts[1]);
                    case "VmHWM:" -> values[3] = Long.parseLong(parts[1]);
                    default -> { }
                }
            }
            return new Status(values[0], values[1], values[2], values[3]);
        }
    }
}
