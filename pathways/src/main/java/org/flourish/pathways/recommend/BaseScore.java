package org.flourish.pathways.recommend;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The score of a pick before provider diversity, from the ready competencies it teaches:
 * {@code goal x (how well it serves the goal it serves best) + balance x (the most under-served domain among them)}.
 * The best goal rather than the sum over goals: a sum made explanations worse (a goal that every close rival also
 * serves is stated, yet changes nothing) and, in the simulated evaluation, goal gain no better. The values of the
 * frontier competencies are computed once per ranking request, which asks them of every frontier opportunity.
 */
final class BaseScore {

    private final RankingWeights weights;
    private final GoalPaths paths;
    private final DomainBalance balance;
    /** For each frontier competency: how well it serves the goal it serves best, and its domain's under-service. */
    private final Map<String, double[]> frontierValues = new HashMap<>();
    private final Map<String, Map<String, Double>> matchByGoal = new HashMap<>();

    BaseScore(RankingWeights weights, GoalPaths paths, DomainBalance balance, Set<String> frontier,
              Set<String> goals) {
        this.weights = weights;
        this.paths = paths;
        this.balance = balance;
        for (String competency : frontier) {
            frontierValues.put(competency, new double[] {bestServed(List.of(competency), goals),
                balance.underServed(competency)});
        }
    }

    /** The score of an opportunity teaching {@code develops}, of which the frontier competencies count. */
    double forOpportunity(Collection<String> develops) {
        double best = 0.0;
        double mostUnderServed = 0.0;
        for (String competency : develops) {
            double[] values = frontierValues.get(competency);
            if (values != null) {
                best = Math.max(best, values[0]);
                mostUnderServed = Math.max(mostUnderServed, values[1]);
            }
        }
        return weights.goal() * best + weights.balance() * mostUnderServed;
    }

    /** How little the learner has done in the competency's domain ({@link DomainBalance#underServed}). */
    double underServed(String competency) {
        double[] values = frontierValues.get(competency);
        return values != null ? values[1] : balance.underServed(competency);
    }

    /** How well the best of these competencies serves the goal it serves best ({@link GoalPaths#match}). */
    double bestServed(Collection<String> ready, Collection<String> someGoals) {
        double best = 0.0;
        for (String goal : someGoals) {
            best = Math.max(best, served(ready, goal));
        }
        return best;
    }

    /** How well the best of these competencies serves one goal. */
    double served(Collection<String> ready, String goal) {
        double best = 0.0;
        for (String competency : ready) {
            best = Math.max(best, matchByGoal.computeIfAbsent(competency, c -> new HashMap<>())
                    .computeIfAbsent(goal, g -> paths.match(competency, Set.of(g))));
        }
        return best;
    }
}
