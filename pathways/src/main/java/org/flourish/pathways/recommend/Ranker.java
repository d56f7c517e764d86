package org.flourish.pathways.recommend;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.Explanation.PrerequisiteMet;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.MasteryEstimate;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.model.Recommendation;
import org.flourish.pathways.recommend.constraints.HardConstraints;

/**
 * Ranks the opportunities that develop a frontier competency and pass every hard constraint.
 *
 * <p>Base score = {@code goal x goalMatch + balance x underServed}, where goalMatch is 1 if the opportunity develops
 * one of the learner's goals, 0.5 if it develops a prerequisite on the way to one, else 0; underServed is the best
 * {@link DomainBalance} of the frontier competencies it develops. Recommendations are then picked greedily, highest
 * score first, each pick lowering the score of the remaining opportunities of the same provider by
 * {@code providerRepeat}, so that one provider does not fill the whole list.
 */
public final class Ranker {

    private static final double ON_THE_WAY = 0.5;

    private final PrerequisiteGraph graph;
    private final HardConstraints constraints;
    private final MasteryThreshold threshold;
    private final RankingWeights weights;

    public Ranker(PrerequisiteGraph graph, HardConstraints constraints, MasteryThreshold threshold,
                  RankingWeights weights) {
        this.graph = graph;
        this.constraints = constraints;
        this.threshold = threshold;
        this.weights = weights;
    }

    /** Recommendations, best first; opportunities off the frontier or violating a constraint are left out. */
    public List<Recommendation> rank(SortedSet<String> frontier, LearnerMastery mastery, LearnerContext learner,
                                     List<Opportunity> catalogue) {
        return rank(frontier, mastery, learner, catalogue, Integer.MAX_VALUE);
    }

    /** The best {@code limit} recommendations: the same first ones as {@link #rank}, only those explained. */
    public List<Recommendation> rank(SortedSet<String> frontier, LearnerMastery mastery, LearnerContext learner,
                                     List<Opportunity> catalogue, int limit) {
        DomainBalance balance = new DomainBalance(graph, mastery, threshold);
        GoalPaths paths = new GoalPaths(graph);
        List<Candidate> candidates = new ArrayList<>();
        Set<String> onFrontier = new HashSet<>(frontier); // hash lookups: this loop runs over the whole catalogue
        for (Opportunity opportunity : catalogue) {
            if (opportunity.develops().stream().noneMatch(onFrontier::contains)) {
                continue;
            }
            SortedSet<String> ready = new TreeSet<>();
            opportunity.develops().stream().filter(onFrontier::contains).forEach(ready::add);
            if (constraints.admit(opportunity, learner)) {
                candidates.add(candidate(opportunity, ready, learner, balance, paths));
            }
        }
        return pickWithProviderDiversity(candidates, mastery, learner, limit);
    }

    private Candidate candidate(Opportunity opportunity, SortedSet<String> ready, LearnerContext learner,
                                DomainBalance balance, GoalPaths paths) {
        SortedSet<String> direct = new TreeSet<>(ready);
        direct.retainAll(learner.goals());
        SortedSet<String> onTheWay = new TreeSet<>();
        ready.forEach(competency -> onTheWay.addAll(paths.goalsLedToBy(competency, learner.goals())));
        onTheWay.removeAll(direct);
        double goalMatch = !direct.isEmpty() ? 1.0 : !onTheWay.isEmpty() ? ON_THE_WAY : 0.0;
        String mostUnderServed = ready.stream()
                .max(Comparator.comparingDouble(balance::underServed).thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
        double underServed = balance.underServed(mostUnderServed);
        List<String> notes = new ArrayList<>();
        direct.forEach(goal -> notes.add("develops the goal " + goal + " directly"));
        onTheWay.forEach(goal -> notes.add("leads towards the goal " + goal));
        graph.domainOf(mostUnderServed).ifPresent(domain -> notes.add("domain " + domain + " holds "
                + balance.masteredIn(domain) + " of the learner's " + balance.masteredOverall()
                + " mastered competencies"));
        SortedSet<String> goalsServed = new TreeSet<>(direct);
        goalsServed.addAll(onTheWay);
        double score = weights.goal() * goalMatch + weights.balance() * underServed;
        return new Candidate(opportunity, ready, goalsServed, score, notes);
    }

    /**
     * The greedy pick, provider by provider: within one provider the penalty is the same for every candidate, so
     * only each provider's best remaining candidate can be the next pick. That keeps the pick linear in the
     * candidates times the providers instead of quadratic in the candidates, with the same order.
     */
    private List<Recommendation> pickWithProviderDiversity(List<Candidate> candidates, LearnerMastery mastery,
                                                           LearnerContext learner, int limit) {
        Comparator<Candidate> bestFirst = Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.opportunity().iri());
        Map<String, Deque<Candidate>> byProvider = new HashMap<>();
        candidates.stream().sorted(bestFirst).forEach(candidate -> byProvider
                .computeIfAbsent(candidate.opportunity().provider(), provider -> new ArrayDeque<>()).add(candidate));
        Map<String, Integer> picksByProvider = new HashMap<>();
        List<Recommendation> picked = new ArrayList<>();
        while (!byProvider.isEmpty() && picked.size() < limit) {
            Candidate best = byProvider.values().stream().map(Deque::peekFirst)
                    .max(Comparator.comparingDouble((Candidate c) -> adjusted(c, picksByProvider))
                            .thenComparing(c -> c.opportunity().iri(), Comparator.reverseOrder()))
                    .orElseThrow();
            Deque<Candidate> queue = byProvider.get(best.opportunity().provider());
            queue.removeFirst();
            if (queue.isEmpty()) {
                byProvider.remove(best.opportunity().provider());
            }
            int earlier = picksByProvider.merge(best.opportunity().provider(), 1, Integer::sum) - 1;
            List<String> notes = new ArrayList<>(best.notes());
            if (earlier > 0) {
                notes.add(earlier + " earlier recommendation(s) from the same provider lowered its rank");
            }
            picked.add(new Recommendation(best.opportunity(), best.score() - weights.providerRepeat() * earlier,
                    new Explanation(List.copyOf(best.ready()), prerequisitesMet(best.ready(), mastery),
                            List.copyOf(best.goalsServed()), constraints.check(best.opportunity(), learner), notes)));
        }
        return picked;
    }

    private double adjusted(Candidate candidate, Map<String, Integer> picksByProvider) {
        return candidate.score()
                - weights.providerRepeat() * picksByProvider.getOrDefault(candidate.opportunity().provider(), 0);
    }

    /** For each ready competency, the required competencies the learner holds at the group's minimum. */
    private List<PrerequisiteMet> prerequisitesMet(Set<String> ready, LearnerMastery mastery) {
        Map<String, PrerequisiteMet> met = new LinkedHashMap<>();
        for (String competency : ready) {
            for (PrerequisiteGroup group : graph.prerequisitesOf(competency)) {
                group.required().stream().sorted().filter(required -> group.isMetBy(mastery, required))
                        .forEach(required -> met.putIfAbsent(required, new PrerequisiteMet(required,
                                mastery.meanOf(required), mastery.estimateFor(required)
                                        .map(MasteryEstimate::supportingStatements).orElse(List.of()))));
            }
        }
        return List.copyOf(met.values());
    }

    private record Candidate(Opportunity opportunity, SortedSet<String> ready, SortedSet<String> goalsServed,
                             double score, List<String> notes) {
    }
}
