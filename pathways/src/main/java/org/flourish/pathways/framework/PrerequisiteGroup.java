package org.flourish.pathways.framework;

import java.util.Objects;
import java.util.Set;

import org.flourish.pathways.model.LearnerMastery;

/**
 * An {@code fl:PrerequisiteGroup}: competencies required at a minimum mastery, all of them or any one.
 *
 * @param combination {@code fl:combination}
 * @param required    {@code fl:requires}
 * @param minMastery  {@code fl:minMastery}, the mean a required competency must reach, in [0,1]
 */
public record PrerequisiteGroup(Combination combination, Set<String> required, double minMastery) {

    public PrerequisiteGroup {
        Objects.requireNonNull(combination, "combination");
        required = Set.copyOf(required);
        if (!(minMastery >= 0.0 && minMastery <= 1.0)) {
            throw new IllegalArgumentException("minMastery must be in [0,1], was " + minMastery);
        }
    }

    /** Plain loops, not streams: the frontier asks this of every group of the framework on every request. */
    public boolean isMetBy(LearnerMastery mastery) {
        boolean all = combination == Combination.ALL_OF;
        for (String competency : required) {
            if (isMetBy(mastery, competency) != all) {
                return !all;
            }
        }
        return all;
    }

    /** Whether one required competency is held at or above this group's minimum. */
    public boolean isMetBy(LearnerMastery mastery, String competency) {
        return mastery.meanOf(competency) >= minMastery;
    }
}
