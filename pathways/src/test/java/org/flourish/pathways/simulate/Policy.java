package org.flourish.pathways.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A recommendation policy: the opportunities shown to a child this week, best first. */
interface Policy {

    String name();

    List<String> recommend(Situation situation, int limit);

    /** After every child's week: what was taken, for policies that learn from the population. */
    default void taken(String opportunity) {
    }

    /**
     * Mentors' pins and vetoes applied to a policy's ranking as the engine applies them to its own: room for both in
     * the ranking, vetoed ones dropped, pinned ones that are ranked moved ahead.
     */
    static List<String> withOverrides(List<String> ranked, Situation situation, int limit) {
        List<String> kept = new ArrayList<>(ranked.stream().filter(iri -> !situation.vetoed().contains(iri))
                .toList());
        kept.sort(Comparator.comparing((String iri) -> !situation.pinned().contains(iri)));
        return kept.subList(0, Math.min(limit, kept.size()));
    }

    static int room(Situation situation, int limit) {
        return limit + situation.pinned().size() + situation.vetoed().size();
    }
}
