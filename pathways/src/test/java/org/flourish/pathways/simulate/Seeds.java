package org.flourish.pathways.simulate;

import java.util.SplittableRandom;

/**
 * One random stream per component and seed, so that changing how much one component draws (say, the catalogue)
 * leaves every other component's draws as they were, and an identical seed gives identical output.
 */
final class Seeds {

    private Seeds() {
    }

    static SplittableRandom of(long seed, String component) {
        long mixed = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < component.length(); i++) {
            mixed = (mixed ^ component.charAt(i)) * 0xBF58476D1CE4E5B9L;
        }
        return new SplittableRandom(mixed ^ (mixed >>> 31));
    }
}
