package org.flourish.pathways.recommend;

import java.util.HashSet;
import java.util.Set;

import org.flourish.pathways.framework.Combination;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.model.LearnerMastery;

/**
 * The reasons that decided a pick, so that an explanation states those and not merely what holds: the goals it serves
 * best (a goal served less well than another changed nothing); and a prerequisite it builds on when, were it not
 * held, the pick would score lower or leave the frontier (one of two held members of an any-of group changed nothing).
 */
final class DecisiveReasons {

    /** Scores closer than this are the same score: they are sums of a few products. */
    private static final double SAME = 1e-9;

    private final PrerequisiteGraph graph;
    private final BaseScore score;
    private final LearnerMastery mastery;
    private final Set<String> goals;

    DecisiveReasons(PrerequisiteGraph graph, BaseScore score, LearnerMastery mastery, Set<String> goals) {
        this.graph = graph;
        this.score = score;
        this.mastery = mastery;
        this.goals = goals;
    }

    /**
     * The goals among {@code served} that a pick teaching {@code ready} serves best: one alone decided its score (without
     * it the score is lower); several serving equally well decided it together; goals served less well changed nothing.
     */
    Set<String> goalsDecided(Set<String> ready, Set<String> served) {
        double best = score.bestServed(ready, served);
        Set<String> decided = new HashSet<>();
        for (String goal : served) {
            if (best > 0 && score.served(ready, goal) > best - SAME) {
                decided.add(goal);
            }
        }
        return decided;
    }

    /** Whether, were {@code prerequisite} not held, a pick teaching {@code ready} would score lower or drop out. */
    boolean prerequisiteDecided(Set<String> ready, String prerequisite) {
        Set<String> stillReady = new HashSet<>(ready);
        stillReady.removeIf(competency -> holdsOpen(prerequisite, competency));
        return stillReady.isEmpty() || score.forReady(stillReady, goals) < score.forReady(ready, goals) - SAME;
    }

    /** Whether {@code competency} would leave the frontier without {@code prerequisite}: no other member holds. */
    private boolean holdsOpen(String prerequisite, String competency) {
        for (PrerequisiteGroup group : graph.prerequisitesOf(competency)) {
            if (group.required().contains(prerequisite) && group.isMetBy(mastery, prerequisite)
                    && (group.combination() == Combination.ALL_OF || group.required().stream()
                            .filter(other -> !other.equals(prerequisite)).noneMatch(other -> group.isMetBy(mastery,
                                    other)))) {
                return true;
            }
        }
        return false;
    }
}
