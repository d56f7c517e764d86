package org.flourish.pathways.simulate;

/**
 * One condition of the evaluation.
 *
 * @param curriculum        {@code synthetic} or {@code sample} (the ontology module's framework)
 * @param forgetting        fraction of latent mastery lost each week by a competency not practised
 * @param mentorRate        chance a mentor acts (pin, veto or goal) for a child in a week
 * @param prerequisiteNoise share of prerequisite edges the engine's framework gets wrong (dropped or added)
 * @param observedShare     share of assessments replaced by (noisier) observations
 * @param coldStart         no placement assessment before the first week
 */
record SimulationConfig(String label, String curriculum, int competencies, int opportunities, int providers,
                        int learners, int weeks, int shown, double forgetting, double mentorRate,
                        double prerequisiteNoise, double observedShare, boolean coldStart) {

    /** The configuration. */
    static SimulationConfig full() {
        return new SimulationConfig("baseline", "synthetic", 200, 1000, 20, 2000, 30, 5, 0.005, 0.1, 0, 0, false);
    }

    /** Small enough for the test suite. */
    static SimulationConfig small() {
        return new SimulationConfig("small", "synthetic", 200, 200, 20, 30, 6, 5, 0.005, 0.1, 0, 0, false);
    }

    SimulationConfig withLearners(int count) {
        return new SimulationConfig(label, curriculum, competencies, opportunities, providers, count, weeks, shown,
                forgetting, mentorRate, prerequisiteNoise, observedShare, coldStart);
    }

    SimulationConfig variant(String name, String otherCurriculum, double noise, double observed, boolean cold) {
        return new SimulationConfig(name, otherCurriculum, competencies, opportunities, providers, learners, weeks,
                shown, forgetting, mentorRate, noise, observed, cold);
    }
}
