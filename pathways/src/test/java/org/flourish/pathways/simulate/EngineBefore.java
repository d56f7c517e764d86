package org.flourish.pathways.simulate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the Flourish policy over the main grid and writes its results for the report, to be started with the classes
 * of an earlier engine ahead of this build's on the class path: {@code run-evaluation.sh} builds the engine as it was
 * before this evaluation's changes ({@link #COMMIT}) and runs this with it, so that the report can
 * put the engine before and after side by side, on the same worlds and seeds. Options as {@link Evaluation}'s (only
 * {@code --seeds}, {@code --learners}, {@code --weeks} count) and {@code --before-out FILE}.
 */
public final class EngineBefore {

    /** The engine before this evaluation's changes: main as the simulator was first committed. */
    static final String COMMIT = "cdb77f2";

    private EngineBefore() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Evaluation.options(args);
        int seeds = Integer.parseInt(options.getOrDefault("seeds", "10"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        SimulationConfig main = Evaluation.mainCondition(options);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<RunResult>> runs = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            long s = seed;
            runs.add(pool.submit(() -> {
                long began = System.nanoTime();
                RunResult result = new Simulation(World.build(main, s), PolicyKind.FLOURISH, false).run();
                System.out.printf("engine before, seed %2d %6.1f s  gain %.3f%n", s,
                        (System.nanoTime() - began) / 1e9, result.goalGain());
                return result;
            }));
        }
        List<RunResult> results = new ArrayList<>();
        for (Future<RunResult> run : runs) {
            results.add(run.get());
        }
        pool.shutdown();
        RunResultsTsv.write(Path.of(options.getOrDefault("before-out", Evaluation.BEFORE.toString())), results);
    }
}
