package org.flourish.pathways.recommend;

import java.util.Set;

/**
 * What a learner's mentors said about opportunities: those pinned come first in the recommendations whenever they
 * pass every hard constraint, those vetoed never appear (a veto outweighs a pin of the same opportunity).
 *
 * @param pinned  IRIs of the opportunities pinned
 * @param vetoed  IRIs of the opportunities vetoed
 */
public record MentorMarks(Set<String> pinned, Set<String> vetoed) {

    public static final MentorMarks NONE = new MentorMarks(Set.of(), Set.of());

    public MentorMarks {
        pinned = Set.copyOf(pinned);
        vetoed = Set.copyOf(vetoed);
    }

    /** Pinned and not vetoed. */
    public boolean isPinned(String opportunity) {
        return pinned.contains(opportunity) && !vetoed.contains(opportunity);
    }

    public boolean isVetoed(String opportunity) {
        return vetoed.contains(opportunity);
    }
}
