package org.flourish.pathways.simulate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ceiling: sees the child's true latent mastery, the true prerequisite graph and each opportunity's true
 * effectiveness, and ranks the admitted opportunities by this week's expected gain towards the goals (a goal counts
 * fully, a competency on the way to one counts 0.6, anything else 0.05). Greedy over one week, so a ceiling for
 * one-step policies rather than the optimum over 30 weeks.
 */
final class Oracle implements Policy {

    private final Curriculum curriculum;
    private final Dynamics dynamics;

    Oracle(Curriculum curriculum, Dynamics dynamics) {
        this.curriculum = curriculum;
        this.dynamics = dynamics;
    }

    public String name() {
        return "Oracle";
    }

    public List<String> recommend(Situation s, int limit) {
        Set<String> goals = s.child().goals;
        Set<String> onTheWay = Baselines.onTheWay(curriculum.truth(), goals);
        Map<String, Double> value = new HashMap<>();
        for (SimOpportunity opportunity : s.feasible()) {
            double sum = 0;
            for (Map.Entry<String, Double> gain : dynamics.gains(s.child(), opportunity).entrySet()) {
                String c = gain.getKey();
                double weight = goals.contains(c) ? 1.0 : onTheWay.contains(c)
                        && s.child().latent[dynamics.indexOf(c)] < Population.TARGET ? 0.6 : 0.05;
                sum += weight * gain.getValue();
            }
            value.put(opportunity.iri(), sum);
        }
        return Policy.withOverrides(s.feasible().stream().map(SimOpportunity::iri)
                .sorted(Comparator.comparing((String iri) -> -value.get(iri)).thenComparing(Comparator.naturalOrder()))
                .limit(Policy.room(s, limit)).toList(), s, limit);
    }
}
