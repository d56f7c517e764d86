package org.flourish.pathways.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.recommend.FrontierRecommender;
import org.flourish.pathways.recommend.JavaFrontier;
import org.flourish.pathways.recommend.MasteryThreshold;
import org.flourish.pathways.recommend.Ranker;
import org.flourish.pathways.recommend.RankingWeights;
import org.flourish.pathways.recommend.Recommender;
import org.flourish.pathways.recommend.constraints.HardConstraints;

/**
 * Recommendation latency for one learner at 2,000 competencies and 10,000 opportunities, measured in-process on
 * the domain code alone (no store, no learner state): the ranking's share of the target (p95 under 20 ms),
 * which {@link EngineAtScale} measures through the service on TDB2. Not a unit test: timings on a shared machine would
 * make the build flaky. {@code pathways/bench/run-benchmarks.sh} runs it.
 */
public final class RecommendationLatency {

    private static final int COMPETENCIES = 2_000;
    private static final int OPPORTUNITIES = 10_000;
    /** As many as the API returns by default. */
    private static final int LIMIT = 20;
    private static final int DEFAULT_WARM_UP = 200;
    private static final int DEFAULT_MEASURED = 1_000;

    private RecommendationLatency() {
    }

    /** Arguments: warm-up runs and measured runs (default 200 and 1,000). */
    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_WARM_UP;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_MEASURED;
        SyntheticScale scale = new SyntheticScale();
        PrerequisiteGraph framework = scale.framework(COMPETENCIES);
        List<Opportunity> catalogue = scale.catalogue(OPPORTUNITIES, COMPETENCIES);
        Recommender recommender = new FrontierRecommender(new JavaFrontier(framework, MasteryThreshold.DEFAULT),
                new Ranker(framework, HardConstraints.standard(), MasteryThreshold.DEFAULT, RankingWeights.DEFAULT),
                catalogue);
        LearnerContext context = LearnerContext.builder().languages("wo", "fr").age(10)
                .location(new GeoPoint(14.79, -16.93)).maxTravelKm(5).goals("https://example.org/bench/c/1500")
                .build();
        LearnerMastery[] learners = new LearnerMastery[20];
        for (int i = 0; i < learners.length; i++) {
            learners[i] = scale.learner("mbox:mailto:bench-" + i + "@example.org", COMPETENCIES, 0.05 + i * 0.02);
        }
        int recommended = 0;
        for (int i = 0; i < warmUp; i++) {
            recommended += recommender.recommend(learners[i % learners.length], context, LIMIT).size();
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            recommended += recommender.recommend(learners[i % learners.length], context, LIMIT).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("recommend(top %d) at %d competencies, %d opportunities, %d runs: p50 %.2f ms, p95 %.2f ms, "
                + "max %.2f ms (%d recommendations in all)%n", LIMIT, COMPETENCIES, OPPORTUNITIES, measured,
                nanos[measured / 2] / 1e6, nanos[measured * 95 / 100] / 1e6, nanos[measured - 1] / 1e6, recommended);
        double p95 = nanos[measured * 95 / 100] / 1e6;
        System.out.printf(Locale.ROOT, "ROW | Ranking alone (frontier, constraints, ranking, explanations; in-process, "
                + "no store), p50 / p95 / max | %.1f / %.1f / %.1f ms | p95 < 20 ms | %s |%n", nanos[measured / 2] / 1e6,
                p95, nanos[measured - 1] / 1e6, p95 < 20 ? "PASS" : "FAIL");
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap in use after the run: %d MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
    }
}
