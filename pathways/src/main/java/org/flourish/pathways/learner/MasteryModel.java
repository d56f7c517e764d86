package org.flourish.pathways.learner;

import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.MasteryEstimate;

/**
 * Turns evidence into mastery estimates, one statement at a time. Implementations are pure and deterministic:
 * the same estimate, evidence and rule always give the same result, and applying a statement already among the
 * estimate's supporting statements changes nothing.
 */
public interface MasteryModel {

    /** The estimate before any evidence. */
    MasteryEstimate initial(String competency);

    /**
     * The estimate after one statement that {@code rule} counts as evidence of {@code current.competency()}.
     *
     * @throws IllegalArgumentException if the rule is about another competency or does not match the evidence
     */
    MasteryEstimate update(MasteryEstimate current, Evidence evidence, EvidenceRule rule);
}
