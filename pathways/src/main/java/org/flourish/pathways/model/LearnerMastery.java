package org.flourish.pathways.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * All current mastery estimates of one learner, keyed by competency IRI. A competency without an estimate has
 * mean 0: nothing is known to be mastered until evidence says so.
 */
public record LearnerMastery(String learnerKey, Map<String, MasteryEstimate> estimates) {

    public LearnerMastery {
        Require.text(learnerKey, "learnerKey");
        estimates = Map.copyOf(estimates);
        estimates.forEach((competency, estimate) -> {
            if (!competency.equals(estimate.competency())) {
                throw new IllegalArgumentException("estimate for " + estimate.competency() + " keyed as " + competency);
            }
        });
    }

    public static LearnerMastery empty(String learnerKey) {
        return new LearnerMastery(learnerKey, Map.of());
    }

    public Optional<MasteryEstimate> estimateFor(String competency) {
        return Optional.ofNullable(estimates.get(competency));
    }

    public double meanOf(String competency) {
        MasteryEstimate estimate = estimates.get(competency); // no Optional: the frontier asks this thousands of times
        return estimate == null ? 0.0 : estimate.mean();
    }

    public LearnerMastery with(MasteryEstimate estimate) {
        var updated = new HashMap<>(estimates);
        updated.put(estimate.competency(), estimate);
        return new LearnerMastery(learnerKey, updated);
    }
}
