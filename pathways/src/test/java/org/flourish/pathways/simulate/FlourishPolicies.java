package org.flourish.pathways.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.MasteryEstimate;
import org.flourish.pathways.model.Recommendation;

/**
 * The engine as it is, and the engine followed by a diversity and fairness re-ranking: from the engine's first
 * {@code 4 x limit}, a greedy pick that favours a domain not yet in the list and a provider that has been shown
 * less than its share across all children so far (provider exposure), while keeping the engine's order as the
 * main criterion.
 */
final class FlourishPolicies {

    private static final int POOL = 4;
    private static final double ORDER_WEIGHT = 1.0;
    private static final double NEW_DOMAIN = 0.35;
    private static final double OVEREXPOSED = 0.5;

    private FlourishPolicies() {
    }

    /** Also keeps the last recommendations, whose explanations the simulation checks. */
    static final class Engine implements Policy {
        private final InProcessEngine engine;
        List<Recommendation> last = List.of();

        Engine(InProcessEngine engine) {
            this.engine = engine;
        }

        public String name() {
            return "Flourish";
        }

        public List<String> recommend(Situation s, int limit) {
            last = engine.recommend(s.child().key, s.context(), s.pinned(), s.vetoed(), limit);
            return last.stream().map(r -> r.opportunity().iri()).toList();
        }
    }

    static final class Reranked implements Policy {
        private final InProcessEngine engine;
        private final Map<String, SimOpportunity> catalogue;
        private final Curriculum curriculum;
        private final double[] exposure;
        private double shown;
        List<Recommendation> last = List.of();

        Reranked(InProcessEngine engine, Catalogue catalogue, Curriculum curriculum) {
            this.engine = engine;
            this.catalogue = catalogue.byIri();
            this.curriculum = curriculum;
            this.exposure = new double[catalogue.providers()];
        }

        public String name() {
            return "Flourish + diversity/fairness";
        }

        public List<String> recommend(Situation s, int limit) {
            List<Recommendation> pool = new ArrayList<>(engine.recommend(s.child().key, s.context(), s.pinned(),
                    s.vetoed(), POOL * limit));
            List<Recommendation> picked = new ArrayList<>();
            Set<String> domains = new HashSet<>();
            double fairShare = 1.0 / exposure.length;
            while (picked.size() < limit && !pool.isEmpty()) {
                Recommendation best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int rank = 0; rank < pool.size(); rank++) {
                    Recommendation candidate = pool.get(rank);
                    SimOpportunity opportunity = catalogue.get(candidate.opportunity().iri());
                    boolean pinned = s.pinned().contains(opportunity.iri());
                    double share = shown == 0 ? fairShare : exposure[opportunity.provider()] / shown;
                    double score = (pinned ? 10 : 0) + ORDER_WEIGHT * (1.0 - (double) rank / pool.size())
                            + (newDomain(opportunity, domains) ? NEW_DOMAIN : 0)
                            - OVEREXPOSED * Math.max(0, share - fairShare) / fairShare / exposure.length;
                    if (score > bestScore) {
                        bestScore = score;
                        best = candidate;
                    }
                }
                pool.remove(best);
                picked.add(best);
                catalogue.get(best.opportunity().iri()).offer().develops()
                        .forEach(c -> domains.add(curriculum.domainOf(c)));
            }
            for (Recommendation r : picked) {
                exposure[catalogue.get(r.opportunity().iri()).provider()]++;
                shown++;
            }
            last = picked;
            return picked.stream().map(r -> r.opportunity().iri()).toList();
        }

        private boolean newDomain(SimOpportunity opportunity, Set<String> domains) {
            return opportunity.offer().develops().stream().noneMatch(c -> domains.contains(curriculum.domainOf(c)));
        }
    }

    /**
     * A reference, not a policy one could run: the engine's frontier and ranking given the child's true latent
     * mastery instead of its estimates. Beside Flourish it separates what estimation costs from what the engine's
     * way of choosing costs.
     */
    static final class OnTrueState implements Policy {
        /** Observations behind a true mastery: enough to be certain, finite as an estimate's strength must be. */
        private static final double KNOWN = 1000;

        private final InProcessEngine engine;
        private final Curriculum curriculum;
        private final Dynamics dynamics;

        OnTrueState(InProcessEngine engine, Curriculum curriculum, Dynamics dynamics) {
            this.engine = engine;
            this.curriculum = curriculum;
            this.dynamics = dynamics;
        }

        public String name() {
            return "Flourish's ranking on the true state";
        }

        public List<String> recommend(Situation s, int limit) {
            return engine.recommend(trueMastery(s.child()), s.context(), s.pinned(), s.vetoed(), limit).stream()
                    .map(r -> r.opportunity().iri()).toList();
        }

        private LearnerMastery trueMastery(SimLearner child) {
            Map<String, MasteryEstimate> estimates = new HashMap<>();
            for (String competency : curriculum.competencies()) {
                double latent = Math.max(0, Math.min(1, child.latent[dynamics.indexOf(competency)]));
                estimates.put(competency, new MasteryEstimate(competency, latent, 0, KNOWN, 0, 0, List.of()));
            }
            return new LearnerMastery(child.key, estimates);
        }
    }
}
