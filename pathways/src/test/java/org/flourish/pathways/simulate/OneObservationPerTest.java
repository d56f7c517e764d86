package org.flourish.pathways.simulate;

import java.util.OptionalInt;

import org.flourish.pathways.learner.BayesianMasteryModel;
import org.flourish.pathways.learner.EvidenceRule;
import org.flourish.pathways.learner.MasteryModel;
import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.MasteryEstimate;

/**
 * The engine's mastery model as it was before an assessment counted the items its score says it has: every
 * statement one observation, so a five-item test weighs less than the uniform prior. Kept to show the evaluation's
 * before and after in the same runs.
 */
final class OneObservationPerTest implements MasteryModel {

    private final MasteryModel model = BayesianMasteryModel.withUniformPrior();

    @Override
    public MasteryEstimate initial(String competency) {
        return model.initial(competency);
    }

    @Override
    public MasteryEstimate update(MasteryEstimate current, Evidence evidence, EvidenceRule rule) {
        return model.update(current, new Evidence(evidence.learnerKey(), evidence.statementId(), evidence.verb(),
                evidence.activityId(), evidence.activityType(), evidence.scoreScaled(), evidence.success(),
                evidence.completion(), evidence.timestamp(), evidence.provider(), evidence.providerName(),
                OptionalInt.empty()), rule);
    }
}
