package org.flourish.pathways.simulate;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.learner.BayesianMasteryModel;
import org.flourish.pathways.recommend.RankingWeights;

/**
 * A candidate change to the engine, measured beside the engine as shipped and not (yet) its default: a Jeffreys
 * prior, Beta(0.5, 0.5), instead of the uniform Beta(1, 1), so that one good assessment can show a prerequisite met;
 * and goal-first ranking weights (goal 1.0, balance 0.1, provider repeat 0.1) instead of 0.6 / 0.4 / 0.3, so that
 * the domain balance no longer outranks the way to a goal. Both are settings the engine's classes already take.
 */
final class CandidateEngine {

    static final double PRIOR_MEAN = 0.5;
    static final double PRIOR_STRENGTH = 1.0;
    static final RankingWeights WEIGHTS = new RankingWeights(1.0, 0.1, 0.1);

    private CandidateEngine() {
    }

    static void apply(InProcessEngine engine, Model rules) {
        engine.trackWith(new BayesianMasteryModel(PRIOR_MEAN, PRIOR_STRENGTH), rules);
        engine.rankWith(WEIGHTS);
    }
}
