package org.flourish.pathways.simulate;

/** The policies compared, in the order the report lists them. */
enum PolicyKind {
    RANDOM, POPULARITY, KOLIBRI, LOWEST_MASTERY, FLOURISH, FLOURISH_RERANKED, FLOURISH_BEFORE, FLOURISH_TRUE_STATE, ORACLE;

    Policy create(World world, InProcessEngine engine, Dynamics dynamics) {
        return switch (this) {
            case RANDOM -> Baselines.random();
            case POPULARITY -> Baselines.popularity();
            case KOLIBRI -> Baselines.kolibri(world.curriculum());
            case LOWEST_MASTERY -> Baselines.lowestMastery(world.curriculum(), engine::masteryOf);
            case FLOURISH, FLOURISH_BEFORE -> new FlourishPolicies.Engine(engine);
            case FLOURISH_RERANKED -> new FlourishPolicies.Reranked(engine, world.catalogue(), world.curriculum());
            case FLOURISH_TRUE_STATE -> new FlourishPolicies.OnTrueState(engine, world.curriculum(), dynamics);
            case ORACLE -> new Oracle(world.curriculum(), dynamics);
        };
    }

    boolean isFlourish() {
        return this == FLOURISH || this == FLOURISH_RERANKED || this == FLOURISH_BEFORE;
    }
}
