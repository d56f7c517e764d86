package org.flourish.pathways.simulate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flourish.pathways.framework.Combination;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;

/**
 * How children learn in the simulated world, after knowledge-space simulators such as EduSim: a week in an
 * opportunity closes a fraction {@code effectiveness x rate x readiness} of the distance to full mastery of each
 * competency it develops. Readiness is the product over the true prerequisite groups of their satisfaction squared,
 * a group's satisfaction being how far its required competencies reach the group's minimum (the mean for all-of,
 * the best for any-of), capped at 1: with prerequisites unmet, little is learnt. Unpractised competencies may be
 * forgotten a little each week.
 */
final class Dynamics {

    private final PrerequisiteGraph truth;
    private final Map<String, Integer> index = new HashMap<>();
    private final double forgetting;

    Dynamics(Curriculum curriculum, double forgetting) {
        this.truth = curriculum.truth();
        List<String> competencies = curriculum.competencies();
        for (int c = 0; c < competencies.size(); c++) {
            index.put(competencies.get(c), c);
        }
        this.forgetting = forgetting;
    }

    int indexOf(String competency) {
        return index.get(competency);
    }

    double readiness(double[] latent, String competency) {
        double readiness = 1.0;
        for (PrerequisiteGroup group : truth.prerequisitesOf(competency)) {
            double satisfied = 0.0;
            for (String required : group.required()) {
                double reach = Math.min(1.0, latent[index.get(required)] / group.minMastery());
                satisfied = group.combination() == Combination.ALL_OF ? satisfied + reach / group.required().size()
                        : Math.max(satisfied, reach);
            }
            readiness *= satisfied * satisfied;
        }
        return readiness;
    }

    /** Whether every true prerequisite group of the competency is met (the frontier under the true state). */
    boolean prerequisitesMet(double[] latent, String competency) {
        for (PrerequisiteGroup group : truth.prerequisitesOf(competency)) {
            boolean all = group.combination() == Combination.ALL_OF;
            boolean met = all;
            for (String required : group.required()) {
                boolean held = latent[index.get(required)] >= group.minMastery();
                met = all ? met && held : met || held;
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    /** The expected gain of a week in the opportunity, per competency it develops. */
    Map<String, Double> gains(SimLearner child, SimOpportunity opportunity) {
        Map<String, Double> gains = new HashMap<>();
        opportunity.effectiveness().forEach((competency, effect) -> {
            int c = index.get(competency);
            double rate = Math.min(0.9, effect * child.learningRate);
            gains.put(competency, rate * readiness(child.latent, competency) * (1.0 - child.latent[c]));
        });
        return gains;
    }

    /** A week in the opportunity; returns the competencies practised. */
    Set<String> learn(SimLearner child, SimOpportunity opportunity) {
        Map<String, Double> gains = gains(child, opportunity);
        gains.forEach((competency, gain) -> {
            child.latent[index.get(competency)] += gain;
            truth.domainOf(competency).ifPresent(domain -> child.learntByDomain.merge(domain, gain, Double::sum));
        });
        return gains.keySet();
    }

    void forget(SimLearner child, Set<String> practised) {
        if (forgetting <= 0) {
            return;
        }
        double[] latent = child.latent;
        for (int c = 0; c < latent.length; c++) {
            latent[c] *= 1.0 - forgetting;
        }
        for (String competency : practised) {
            latent[index.get(competency)] /= 1.0 - forgetting; // practised this week: nothing forgotten
        }
    }
}
