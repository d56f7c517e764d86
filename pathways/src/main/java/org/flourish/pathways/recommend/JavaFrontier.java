package org.flourish.pathways.recommend;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.model.LearnerMastery;

/** The reference {@link Frontier}: a direct reading of its definition over an in-memory prerequisite graph. */
public final class JavaFrontier implements Frontier {

    private final PrerequisiteGraph graph;
    private final MasteryThreshold threshold;

    public JavaFrontier(PrerequisiteGraph graph, MasteryThreshold threshold) {
        this.graph = graph;
        this.threshold = threshold;
    }

    @Override
    public SortedSet<String> readyToLearn(LearnerMastery mastery) {
        return graph.competencies().stream()
                .filter(competency -> !threshold.isMastered(mastery.meanOf(competency)))
                .filter(competency -> graph.prerequisitesOf(competency).stream()
                        .allMatch(group -> group.isMetBy(mastery)))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
