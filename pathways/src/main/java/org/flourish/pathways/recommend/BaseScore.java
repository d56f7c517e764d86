package org.flourish.pathways.recommend;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The score of a pick before provider diversity, from the ready competencies it teaches:
 * {@code goal x (how well it serves the goal it serves best) + balance x (the most under-served domain among them)}.
 * The best goal rather than the sum over goals: a sum made explanations worse (a goal that every close rival also
 * serves is stated, yet changes nothing) and, in the simulated evaluation, goal gain no better. Values per competency
 * are kept for the ranking request, which asks them of every frontier opportunity.
 */
final class BaseScore {

    private final RankingWeights weights;
    private final GoalPaths paths;
    private final DomainBalance balance;
    private final Map<String, Map<String, Double>> matchByGoal = new HashMap<>();
    private final Map<String, Double> underServed = new HashMap<>();

    BaseScore(RankingWeights weights, GoalPaths paths, DomainBalance balance) {
        this.weights = weights;
        this.paths = paths;
        this.balance = balance;
    }

    double of(Iterable<String> ready, Set<String> goals) {
        double mostUnderServed = 0.0;
        for (String competency : ready) {
            mostUnderServed = Math.max(mostUnderServed, underServed.computeIfAbsent(competency,
                    balance::underServed));
        }
        return weights.goal() * bestServed(ready, goals) + weights.balance() * mostUnderServed;
    }

    /** How well the best of these competencies serves the goal it serves best ({@link GoalPaths#match}). */
    double bestServed(Iterable<String> ready, Set<String> goals) {
        double best = 0.0;
        for (String goal : goals) {
            best = Math.max(best, served(ready, goal));
        }
        return best;
    }

    /** How well the best of these competencies serves one goal. */
    double served(Iterable<String> ready, String goal) {
        double best = 0.0;
        for (String competency : ready) {
            best = Math.max(best, match(competency, goal));
        }
        return best;
    }

    private double match(String competency, String goal) {
        return matchByGoal.computeIfAbsent(competency, c -> new HashMap<>())
                .computeIfAbsent(goal, g -> paths.match(competency, Set.of(g)));
    }
}
