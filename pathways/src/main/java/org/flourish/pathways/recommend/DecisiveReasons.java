package org.flourish.pathways.recommend;

import java.util.HashSet;
import java.util.Set;

import org.flourish.pathways.framework.Combination;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.model.LearnerMastery;

/**
 * The reasons that decided a pick, so that an explanation states those and not merely what holds: the goals it serves
 * best (a goal served less well than another changed nothing); and the prerequisites that hold open a competency
 * giving the pick its score (a competency it also teaches, scoring less, changed nothing; nor did one of two held
 * members of an any-of group). Reasons that decide together, tied, are all stated.
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
     * The learner's goals that a pick teaching {@code ready} serves best: one alone decided its score (without it the
     * score is lower); several serving equally well decided it together; goals served less well changed nothing.
     */
    Set<String> goalsDecided(Set<String> ready) {
        double best = score.bestServed(ready, goals);
        Set<String> decided = new HashSet<>();
        for (String goal : goals) {
            if (best > 0 && score.served(ready, goal) > best - SAME) {
                decided.add(goal);
            }
        }
        return decided;
    }

    /** Whether {@code prerequisite} holds open one of the ready competencies that give the pick its score. */
    boolean prerequisiteDecided(Set<String> ready, String prerequisite) {
        return deciding(ready).stream().anyMatch(competency -> holdsOpen(prerequisite, competency));
    }

    /**
     * The ready competencies that give a pick its score: those serving the learner's goals best (when any goal is
     * served) and those of its most under-served domain; several when they tie.
     */
    private Set<String> deciding(Set<String> ready) {
        double bestGoal = score.bestServed(ready, goals);
        double mostUnderServed = ready.stream().mapToDouble(score::underServed).max().orElse(0.0);
        Set<String> deciding = new HashSet<>();
        for (String competency : ready) {
            if (bestGoal > 0 && score.bestServed(Set.of(competency), goals) > bestGoal - SAME
                    || score.underServed(competency) > mostUnderServed - SAME) {
                deciding.add(competency);
            }
        }
        return deciding;
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
