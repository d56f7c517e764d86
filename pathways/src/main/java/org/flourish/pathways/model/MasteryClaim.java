package org.flourish.pathways.model;

import java.util.List;

/**
 * What the engine holds of a learner's mastery of one competency, with the statements that claim rests on, so that
 * an explanation never says more than its evidence: without evidence the mean is 0 (nothing is taken as mastered
 * until evidence says so) and the uncertainty is the largest there is, 0.5.
 *
 * @param competency           competency IRI
 * @param mean                 estimated mastery in [0,1]
 * @param uncertainty          standard deviation of the estimate, in [0,0.5]
 * @param supportingStatements ids of the statements behind the estimate (ids the LRS serves)
 */
public record MasteryClaim(String competency, double mean, double uncertainty, List<String> supportingStatements) {

    /** The uncertainty of a competency nothing is known about. */
    public static final double UNKNOWN = 0.5;

    public MasteryClaim {
        Require.text(competency, "competency");
        Require.unitInterval(mean, "mean");
        if (!(uncertainty >= 0.0 && uncertainty <= UNKNOWN)) {
            throw new IllegalArgumentException("uncertainty must be in [0,0.5], was " + uncertainty);
        }
        supportingStatements = List.copyOf(supportingStatements);
    }

    /** The learner's estimate of the competency, or the claim of knowing nothing of it. */
    public static MasteryClaim of(LearnerMastery mastery, String competency) {
        return mastery.estimateFor(competency)
                .map(estimate -> new MasteryClaim(competency, estimate.mean(), estimate.uncertainty(),
                        estimate.supportingStatements()))
                .orElseGet(() -> new MasteryClaim(competency, 0.0, UNKNOWN, List.of()));
    }
}
