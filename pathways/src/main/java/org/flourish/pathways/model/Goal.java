package org.flourish.pathways.model;

/**
 * A learning goal ({@code fl:Goal}): reach {@code targetMastery} in a competency.
 *
 * @param competency    competency IRI ({@code fl:targetCompetency})
 * @param targetMastery mastery to reach, in [0,1] ({@code fl:targetMastery})
 */
public record Goal(String competency, double targetMastery) {

    /** The target when a goal names none: the mastery threshold of the frontier. */
    public static final double DEFAULT_TARGET = 0.8;

    public Goal {
        Require.text(competency, "competency");
        Require.unitInterval(targetMastery, "targetMastery");
    }
}
