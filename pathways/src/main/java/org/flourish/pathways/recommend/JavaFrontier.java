package org.flourish.pathways.recommend;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.model.LearnerMastery;

/**
 * The reference {@link Frontier}: a direct reading of its definition over an in-memory prerequisite graph, in plain
 * loops because it runs over the whole framework on every recommendation request.
 */
public final class JavaFrontier implements Frontier {

    private final PrerequisiteGraph graph;
    private final MasteryThreshold threshold;

    public JavaFrontier(PrerequisiteGraph graph, MasteryThreshold threshold) {
        this.graph = graph;
        this.threshold = threshold;
    }

    @Override
    public SortedSet<String> readyToLearn(LearnerMastery mastery) {
        SortedSet<String> ready = new TreeSet<>();
        for (String competency : graph.competencies()) {
            if (!threshold.isMastered(mastery.meanOf(competency)) && allMet(graph.prerequisitesOf(competency),
                    mastery)) {
                ready.add(competency);
            }
        }
        return ready;
    }

    private static boolean allMet(List<PrerequisiteGroup> groups, LearnerMastery mastery) {
        for (PrerequisiteGroup group : groups) {
            if (!group.isMetBy(mastery)) {
                return false;
            }
        }
        return true;
    }
}
