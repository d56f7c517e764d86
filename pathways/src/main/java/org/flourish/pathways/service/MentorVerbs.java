package org.flourish.pathways.service;

import java.util.Set;

/**
 * Verbs of the statements the engine records for mentors' actions. They are not evidence of anything about the
 * mentor, so the engine does not count them when it reads them back from the LRS.
 */
public final class MentorVerbs {

    public static final String BASE = "https://w3id.org/flourish/verbs/";
    public static final String SET_GOAL = BASE + "set-goal";
    public static final String PINNED = BASE + "pinned";
    public static final String VETOED = BASE + "vetoed";

    private static final Set<String> ALL = Set.of(SET_GOAL, PINNED, VETOED);

    private MentorVerbs() {
    }

    public static boolean isMentorVerb(String verb) {
        return ALL.contains(verb);
    }
}
