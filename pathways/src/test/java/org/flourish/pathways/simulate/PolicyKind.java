package org.flourish.pathways.simulate;

import java.util.Arrays;
import java.util.List;

/** The policies compared, in the order the report lists them. */
enum PolicyKind {
    RANDOM, POPULARITY, KOLIBRI, LOWEST_MASTERY, FLOURISH, FLOURISH_RERANKED, FLOURISH_BEFORE, FLOURISH_TRUE_STATE,
    ORACLE;

    Policy create(World world, InProcessEngine engine, Dynamics dynamics) {
        return switch (this) {
            case RANDOM -> Baselines.random();
            case POPULARITY -> Baselines.popularity();
            case KOLIBRI -> Baselines.kolibri(world.curriculum());
            case LOWEST_MASTERY -> Baselines.lowestMastery(world.curriculum(), engine::masteryOf);
            case FLOURISH -> new FlourishPolicies.Engine(engine);
            case FLOURISH_BEFORE -> throw new IllegalStateException("the engine before runs on its own classes: "
                    + "EngineBefore, started by run-evaluation.sh");
            case FLOURISH_RERANKED -> new FlourishPolicies.Reranked(engine, world.catalogue(), world.curriculum());
            case FLOURISH_TRUE_STATE -> new FlourishPolicies.OnTrueState(engine, world.curriculum(), dynamics);
            case ORACLE -> new Oracle(world.curriculum(), dynamics);
        };
    }

    /** The policies this build simulates; the engine before is run apart, on the earlier engine's classes. */
    static List<PolicyKind> simulated() {
        return Arrays.stream(values()).filter(kind -> kind != FLOURISH_BEFORE).toList();
    }
}
