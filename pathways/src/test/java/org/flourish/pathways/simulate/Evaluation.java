package org.flourish.pathways.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the evaluation grid and writes EVALUATION.md with its SVG plots. Run from the repository root through
 * {@code pathways/simulate/run-evaluation.sh}, which builds the classpath; options:
 * <pre>
 *   --seeds 10 --learners 2000 --weeks 30           the main grid (synthetic curriculum, every policy)
 *   --other-seeds 3 --other-learners 500            the sample curriculum and each robustness condition
 *   --threads 2 --out EVALUATION.md --plots pathways/docs/evaluation
 * </pre>
 */
public final class Evaluation {

    private Evaluation() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int seeds = Integer.parseInt(options.getOrDefault("seeds", "10"));
        int otherSeeds = Integer.parseInt(options.getOrDefault("other-seeds", "3"));
        int otherLearners = Integer.parseInt(options.getOrDefault("other-learners", "500"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        Path out = Path.of(options.getOrDefault("out", "EVALUATION.md"));
        Path plots = Path.of(options.getOrDefault("plots", "pathways/docs/evaluation"));
        String loadBefore = load();
        // run-evaluation.sh says when it began, so that the time reported includes its build and the engine before.
        Instant start = Optional.ofNullable(System.getenv("EVALUATION_STARTED_MS")).map(Long::parseLong)
                .map(Instant::ofEpochMilli).orElseGet(Instant::now);

        SimulationConfig main = mainCondition(options);
        SimulationConfig other = main.withLearners(otherLearners);
        List<SimulationConfig> conditions = List.of(main,
                other.variant("sample framework", "sample", 0, 0, false),
                other.variant("20 % of prerequisite edges wrong", "synthetic", 0.2, 0, false),
                other.variant("30 % of evidence observed", "synthetic", 0, 0.3, false),
                other.variant("cold start (no placement)", "synthetic", 0, 0, true),
                other.variant("robustness reference", "synthetic", 0, 0, false));
        List<Job> jobs = new ArrayList<>();
        for (SimulationConfig condition : conditions) {
            int count = condition == main ? seeds : otherSeeds;
            for (long seed = 1; seed <= count; seed++) {
                for (PolicyKind kind : PolicyKind.simulated()) {
                    jobs.add(new Job(condition, seed, kind));
                }
            }
        }
        Map<String, World> worlds = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<RunResult>> futures = new ArrayList<>();
        for (Job job : jobs) {
            futures.add(pool.submit(() -> {
                World world = worlds.computeIfAbsent(job.condition().label() + "#" + job.seed(),
                        key -> World.build(job.condition(), job.seed()));
                long began = System.nanoTime();
                RunResult result = new Simulation(world, job.kind(), false).run();
                System.out.printf("%-34s seed %2d %-18s %6.1f s  gain %.3f%n", job.condition().label(), job.seed(),
                        job.kind(), (System.nanoTime() - began) / 1e9, result.goalGain());
                return result;
            }));
        }
        Map<String, List<RunResult>> byCondition = new HashMap<>();
        for (Future<RunResult> future : futures) {
            RunResult result = future.get();
            byCondition.computeIfAbsent(result.condition(), k -> new ArrayList<>()).add(result);
        }
        Path before = Path.of(options.getOrDefault("before", BEFORE.toString()));
        if (Files.exists(before)) {
            List<RunResult> earlier = RunResultsTsv.read(before, PolicyKind.FLOURISH_BEFORE);
            if (earlier.stream().allMatch(r -> r.condition().equals(main.label()) && r.seed() <= seeds)
                    && earlier.size() == seeds) {
                byCondition.get(main.label()).addAll(earlier);
            } else {
                System.out.println("left out " + before + ": not the runs of this main grid");
            }
        }
        pool.shutdown();
        byCondition.values().forEach(list -> list.sort(Comparator.comparing(RunResult::policy)
                .thenComparing(RunResult::seed)));
        Duration took = Duration.between(start, Instant.now());
        new EvaluationReport(conditions, byCondition, seeds, otherSeeds, took, loadBefore, load(), threads)
                .write(out, plots);
        System.out.println("wrote " + out + " and the plots in " + plots + " in " + took.toMinutes() + " min");
    }

    /** Where {@link EngineBefore} leaves the earlier engine's runs for the report. */
    static final Path BEFORE = Path.of("pathways/target/simulate/engine-before.tsv");

    /** The synthetic curriculum with every policy: the issue's configuration, children and weeks as asked. */
    static SimulationConfig mainCondition(Map<String, String> options) {
        SimulationConfig full = SimulationConfig.full();
        return new SimulationConfig("synthetic curriculum", full.curriculum(), full.competencies(),
                full.opportunities(), full.providers(), Integer.parseInt(options.getOrDefault("learners", "2000")),
                Integer.parseInt(options.getOrDefault("weeks", "30")), full.shown(), full.forgetting(),
                full.mentorRate(), 0, 0, false);
    }

    private record Job(SimulationConfig condition, long seed, PolicyKind kind) {
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value, not " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
