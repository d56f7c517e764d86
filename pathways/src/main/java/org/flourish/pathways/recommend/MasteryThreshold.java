package org.flourish.pathways.recommend;

/** The mean at and above which a competency counts as mastered, in [0,1]. */
public record MasteryThreshold(double value) {

    /** A learner who succeeds about four times in five. */
    public static final MasteryThreshold DEFAULT = new MasteryThreshold(0.8);

    public MasteryThreshold {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("mastery threshold must be in [0,1], was " + value);
        }
    }

    public boolean isMastered(double mean) {
        return mean >= value;
    }
}
