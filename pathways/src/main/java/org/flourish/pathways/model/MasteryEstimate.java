package org.flourish.pathways.model;

import java.util.List;

/**
 * A learner's estimated mastery of one competency.
 *
 * @param competency           competency IRI
 * @param mean                 estimated mastery in [0,1]
 * @param uncertainty          standard deviation of the estimate, in [0,0.5]
 * @param strength             weighted number of observations behind the mean, prior included (> 0)
 * @param evidenceCount        how many statements moved or confirmed this estimate
 * @param participationCount   how many of them were participation evidence (participation saturates)
 * @param supportingStatements ids of those statements, in the order they were applied, without duplicates
 */
public record MasteryEstimate(String competency, double mean, double uncertainty, double strength,
                              int evidenceCount, int participationCount, List<String> supportingStatements) {

    public MasteryEstimate {
        Require.text(competency, "competency");
        Require.unitInterval(mean, "mean");
        if (!(uncertainty >= 0.0 && uncertainty <= 0.5)) {
            throw new IllegalArgumentException("uncertainty must be in [0,0.5], was " + uncertainty);
        }
        if (!(strength > 0.0) || Double.isInfinite(strength)) {
            throw new IllegalArgumentException("strength must be finite and > 0, was " + strength);
        }
        if (participationCount < 0 || evidenceCount < participationCount) {
            throw new IllegalArgumentException("need 0 <= participationCount <= evidenceCount");
        }
        supportingStatements = List.copyOf(supportingStatements);
        if (supportingStatements.size() != evidenceCount) {
            throw new IllegalArgumentException("evidenceCount must equal the number of supporting statements");
        }
        if (supportingStatements.stream().distinct().count() != supportingStatements.size()) {
            throw new IllegalArgumentException("supporting statements must not repeat");
        }
    }

    public boolean isSupportedBy(String statementId) {
        return supportingStatements.contains(statementId);
    }
}
