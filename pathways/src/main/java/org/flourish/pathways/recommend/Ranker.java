package org.flourish.pathways.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.Explanation.GoalServed;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.MasteryClaim;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.model.Recommendation;
import org.flourish.pathways.recommend.constraints.HardConstraints;

/**
 * Ranks the opportunities that develop a frontier competency and pass every hard constraint.
 *
 * <p>Base score ({@link BaseScore}) = {@code goal x served + balance x underServed}, where served is how well the
 * opportunity serves the learner's goal it serves best: 1 if it develops the goal, 0.5 if it develops a prerequisite
 * the goal requires, times {@link RankingWeights#stepDecay} (by default 0.5) for each step further, else 0, so that
 * what unlocks a goal soonest comes first (in the simulated evaluation, EVALUATION.md, halving beat a flat 0.5 on
 * goal gain); underServed is the best {@link DomainBalance} of the frontier competencies it develops.
 * Recommendations are then picked greedily, highest score first, each pick lowering the score of the remaining
 * opportunities of the same provider by {@code providerRepeat}, so that one provider does not fill the whole list.
 *
 * <p>An explanation states the goals served and the prerequisites met that decided the pick ({@link DecisiveReasons}):
 * a reason that holds but changed nothing is left out, so that the reasons given are those behind the rank.
 *
 * <p>Only what decides the order is computed for every frontier opportunity (its score, from per-competency values
 * computed once per request); hard constraints are checked only on the opportunities that reach the head of their
 * provider's queue, and explanations are built only for those picked. Filtering before or during the pick gives
 * the same order, because a constraint only removes opportunities.
 */
public final class Ranker {

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
        return rank(frontier, mastery, learner, new CatalogueIndex(catalogue), limit);
    }

    /** As {@link #rank(SortedSet, LearnerMastery, LearnerContext, List, int)}, on a catalogue indexed once. */
    public List<Recommendation> rank(SortedSet<String> frontier, LearnerMastery mastery, LearnerContext learner,
                                     CatalogueIndex catalogue, int limit) {
        return rank(frontier, mastery, learner, catalogue, limit, MentorMarks.NONE);
    }

    /**
     * The best {@code limit} recommendations with the mentors' marks: first the pinned opportunities that pass every
     * hard constraint (best first among them; one off the frontier too, for the mentor knows why), then the ranking
     * of the others; vetoed ones never. Pins count as picks for provider diversity.
     */
    public List<Recommendation> rank(SortedSet<String> frontier, LearnerMastery mastery, LearnerContext learner,
                                     CatalogueIndex catalogue, int limit, MentorMarks marks) {
        DomainBalance balance = new DomainBalance(graph, mastery, threshold);
        GoalPaths paths = new GoalPaths(graph, weights.stepDecay());
        BaseScore score = new BaseScore(weights, paths, balance, frontier, learner.goals());
        List<Candidate> candidates = new ArrayList<>();
        List<Candidate> pins = new ArrayList<>();
        for (Opportunity opportunity : catalogue.developingAny(frontier)) {
            if (!marks.isVetoed(opportunity.iri()) && !marks.isPinned(opportunity.iri())) {
                candidates.add(candidate(opportunity, score));
            }
        }
        marks.pinned().stream().filter(marks::isPinned).map(catalogue::find).flatMap(Optional::stream)
                .filter(opportunity -> constraints.admit(opportunity, learner))
                .forEach(opportunity -> pins.add(candidate(opportunity, score)));
        pins.sort(Candidate.BEST_FIRST);
        Map<String, Integer> picksByProvider = new HashMap<>();
        List<Recommendation> picked = new ArrayList<>();
        for (Candidate pin : pins.subList(0, Math.min(limit, pins.size()))) {
            int earlier = picksByProvider.merge(pin.opportunity().provider(), 1, Integer::sum) - 1;
            picked.add(pinned(explained(pin, earlier, frontier, mastery, learner, balance, paths, score)));
        }
        ProviderQueues queues = new ProviderQueues(candidates, candidate -> constraints.admit(candidate.opportunity(),
                learner));
        while (picked.size() < limit) {
            var best = queues.takeBest(candidate -> adjusted(candidate, picksByProvider));
            if (best.isEmpty()) {
                break;
            }
            Candidate pick = best.get();
            int earlier = picksByProvider.merge(pick.opportunity().provider(), 1, Integer::sum) - 1;
            picked.add(explained(pick, earlier, frontier, mastery, learner, balance, paths, score));
        }
        return picked;
    }

    private static Candidate candidate(Opportunity opportunity, BaseScore score) {
        return new Candidate(opportunity, score.forOpportunity(opportunity.develops()));
    }

    /** What the opportunity teaches that is on the frontier, in IRI order. */
    private static SortedSet<String> ready(Opportunity opportunity, Set<String> frontier) {
        SortedSet<String> ready = new TreeSet<>();
        for (String competency : opportunity.develops()) {
            if (frontier.contains(competency)) {
                ready.add(competency);
            }
        }
        return ready;
    }

    /** A pin's recommendation says that a mentor put it first. */
    private static Recommendation pinned(Recommendation recommendation) {
        return new Recommendation(recommendation.opportunity(), recommendation.score(),
                recommendation.explanation().pinned());
    }

    private double adjusted(Candidate candidate, Map<String, Integer> picksByProvider) {
        return candidate.score()
                - weights.providerRepeat() * picksByProvider.getOrDefault(candidate.opportunity().provider(), 0);
    }

    /** The explanation of one pick: which ready competencies it develops, which goals, which domain, with evidence. */
    private Recommendation explained(Candidate pick, int earlier, Set<String> frontier, LearnerMastery mastery,
                                     LearnerContext learner, DomainBalance balance, GoalPaths paths,
                                     BaseScore score) {
        SortedSet<String> ready = ready(pick.opportunity(), frontier);
        SortedSet<String> direct = new TreeSet<>(ready);
        direct.retainAll(learner.goals());
        SortedSet<String> onTheWay = new TreeSet<>();
        ready.forEach(competency -> onTheWay.addAll(paths.goalsLedToBy(competency, learner.goals())));
        onTheWay.removeAll(direct);
        DecisiveReasons decisive = new DecisiveReasons(graph, score, mastery, learner.goals());
        Set<String> decided = decisive.goalsDecided(ready);
        direct.retainAll(decided);
        onTheWay.retainAll(decided);
        // None is ready when a mentor pinned an opportunity off the frontier.
        Optional<String> mostUnderServed = ready.stream()
                .max(Comparator.comparingDouble(balance::underServed).thenComparing(Comparator.reverseOrder()));
        List<GoalServed> goals = new ArrayList<>();
        direct.forEach(goal -> goals.add(new GoalServed(MasteryClaim.of(mastery, goal), true)));
        onTheWay.forEach(goal -> goals.add(new GoalServed(MasteryClaim.of(mastery, goal), false)));
        return new Recommendation(pick.opportunity(), pick.score() - weights.providerRepeat() * earlier,
                new Explanation(ready.stream().map(competency -> MasteryClaim.of(mastery, competency)).toList(),
                        prerequisitesMet(ready, mastery).stream()
                                .filter(met -> decisive.prerequisiteDecided(ready, met.competency())).toList(), goals,
                        mostUnderServed.flatMap(graph::domainOf).map(domain -> balance.shareOf(domain, mastery)), earlier,
                        constraints.check(pick.opportunity(), learner)));
    }

    /** For each ready competency, the required competencies the learner holds at the group's minimum. */
    private List<MasteryClaim> prerequisitesMet(Set<String> ready, LearnerMastery mastery) {
        Map<String, MasteryClaim> met = new LinkedHashMap<>();
        for (String competency : ready) {
            for (PrerequisiteGroup group : graph.prerequisitesOf(competency)) {
                group.required().stream().sorted().filter(required -> group.isMetBy(mastery, required))
                        .forEach(required -> met.putIfAbsent(required, MasteryClaim.of(mastery, required)));
            }
        }
        return List.copyOf(met.values());
    }
}
