package org.flourish.pathways.learner;

import java.util.Optional;

import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.EvidenceKind;

/**
 * What one statement says about mastery, as a number in [0,1]: 1 is a full success, 0 a failure.
 * The most precise result wins: a scaled score (negative scores count as 0, xAPI Data 2.4.5.1), else
 * {@code success}, else {@code completion = true}. A participation statement without any result still says
 * "took part", which counts as 1; other statements without a result say nothing.
 */
final class Outcome {

    private Outcome() {
    }

    static Optional<Double> of(Evidence evidence, EvidenceKind kind) {
        if (evidence.scoreScaled().isPresent()) {
            return Optional.of(Math.max(0.0, evidence.scoreScaled().getAsDouble()));
        }
        if (evidence.success().isPresent()) {
            return Optional.of(evidence.success().get() ? 1.0 : 0.0);
        }
        if (evidence.completion().orElse(false) || kind == EvidenceKind.PARTICIPATION) {
            return Optional.of(1.0);
        }
        return Optional.empty();
    }
}
