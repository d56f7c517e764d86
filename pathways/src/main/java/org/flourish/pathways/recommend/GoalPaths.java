package org.flourish.pathways.recommend;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Map;
import java.util.Set;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;

/**
 * Which competencies lie on the way to a goal (the goal's prerequisites, their prerequisites, and so on) and how
 * many steps from it.
 */
final class GoalPaths {

    private static final double ON_THE_WAY = 0.5;

    private final PrerequisiteGraph graph;
    private final double stepDecay;
    /** Each goal's transitive prerequisites with their steps from it, computed once per ranking, not per candidate. */
    private final Map<String, Map<String, Integer>> prerequisitesByGoal = new HashMap<>();

    GoalPaths(PrerequisiteGraph graph, double stepDecay) {
        this.graph = graph;
        this.stepDecay = stepDecay;
    }

    /**
     * How much developing {@code competency} serves these goals: 1 for a goal, 0.5 for a prerequisite a goal requires,
     * times the step decay for each step further from the nearest goal, 0 off every goal's way.
     */
    double match(String competency, Set<String> goals) {
        if (goals.contains(competency)) {
            return 1.0;
        }
        OptionalInt steps = stepsToNearest(competency, goals);
        return steps.isPresent() ? ON_THE_WAY * Math.pow(stepDecay, steps.getAsInt() - 1) : 0.0;
    }

    /** Goals that {@code competency} is a (transitive) prerequisite of; cycles in a framework are tolerated. */
    Set<String> goalsLedToBy(String competency, Set<String> goals) {
        Set<String> served = new HashSet<>();
        for (String goal : goals) {
            if (!goal.equals(competency) && stepsFrom(goal).containsKey(competency)) {
                served.add(goal);
            }
        }
        return served;
    }

    /** The fewest prerequisite steps from {@code competency} up to one of the goals (1: a goal requires it). */
    private OptionalInt stepsToNearest(String competency, Set<String> goals) {
        OptionalInt nearest = OptionalInt.empty();
        for (String goal : goals) {
            Integer steps = goal.equals(competency) ? null : stepsFrom(goal).get(competency);
            if (steps != null && (nearest.isEmpty() || steps < nearest.getAsInt())) {
                nearest = OptionalInt.of(steps);
            }
        }
        return nearest;
    }

    private Map<String, Integer> stepsFrom(String goal) {
        return prerequisitesByGoal.computeIfAbsent(goal, this::prerequisitesOf);
    }

    /** Breadth first, so each prerequisite gets its fewest steps; cycles in a framework are tolerated. */
    private Map<String, Integer> prerequisitesOf(String goal) {
        Map<String, Integer> steps = new HashMap<>();
        Deque<String> toVisit = new ArrayDeque<>();
        toVisit.add(goal);
        int depth = 0;
        while (!toVisit.isEmpty()) {
            depth++;
            Deque<String> next = new ArrayDeque<>();
            for (String competency : toVisit) {
                for (PrerequisiteGroup group : graph.prerequisitesOf(competency)) {
                    for (String required : group.required()) {
                        if (!steps.containsKey(required)) {
                            steps.put(required, depth);
                            next.add(required);
                        }
                    }
                }
            }
            toVisit = next;
        }
        return steps;
    }
}
