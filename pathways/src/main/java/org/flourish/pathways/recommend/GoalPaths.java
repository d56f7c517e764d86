package org.flourish.pathways.recommend;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;

/** Which competencies lie on the way to a goal: the goal's prerequisites, their prerequisites, and so on. */
final class GoalPaths {

    private final PrerequisiteGraph graph;
    /** Each goal's transitive prerequisites, computed once per ranking rather than once per candidate. */
    private final Map<String, Set<String>> prerequisitesByGoal = new HashMap<>();

    GoalPaths(PrerequisiteGraph graph) {
        this.graph = graph;
    }

    /** Goals that {@code competency} is a (transitive) prerequisite of; cycles in a framework are tolerated. */
    Set<String> goalsLedToBy(String competency, Set<String> goals) {
        Set<String> served = new HashSet<>();
        for (String goal : goals) {
            if (!goal.equals(competency)
                    && prerequisitesByGoal.computeIfAbsent(goal, this::prerequisitesOf).contains(competency)) {
                served.add(goal);
            }
        }
        return served;
    }

    private Set<String> prerequisitesOf(String goal) {
        Set<String> seen = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        toVisit.push(goal);
        while (!toVisit.isEmpty()) {
            for (PrerequisiteGroup group : graph.prerequisitesOf(toVisit.pop())) {
                group.required().stream().filter(seen::add).forEach(toVisit::push);
            }
        }
        return seen;
    }
}
