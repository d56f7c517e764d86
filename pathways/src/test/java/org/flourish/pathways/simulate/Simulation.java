package org.flourish.pathways.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import jakarta.json.JsonObject;

import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.MasteryEstimate;
import org.flourish.pathways.recommend.constraints.HardConstraints;

/**
 * One policy over one world: every child's weeks in turn (in a seeded order each week), with mentors acting, the
 * policy showing {@code shown} opportunities, the child choosing (or not) by a position-biased choice model, places
 * running out, learning by the world's dynamics, and every event as xAPI statements taken in by the engine. The
 * world checks every shown opportunity against the hard constraints and the true prerequisites.
 */
final class Simulation {

    private static final double[] POSITION_BIAS = {1.0, 0.7, 0.5, 0.4, 0.3, 0.25, 0.2, 0.2, 0.2, 0.2};
    private static final double SKIP_WEEK = 0.1;
    private static final int PLACEMENT_ITEMS = 12;
    private static final int AUDIT_EVERY = 25;
    private static final double BROAD_GAIN = 0.01;

    private final World world;
    private final PolicyKind kind;
    private final SimulationConfig config;
    private final List<SimLearner> children;
    private final InProcessEngine engine;
    private final Dynamics dynamics;
    private final XapiEvents events;
    private Policy policy;
    private java.util.function.Consumer<JsonObject> alsoTo = statement -> { };
    private final Map<String, SimOpportunity> byIri;
    private final ExplanationAudit audit;
    /** Every statement, in order, when asked for (the served mode replays them). */
    private final List<JsonObject> journal;

    Simulation(World world, PolicyKind kind, boolean keepJournal) {
        this.world = world;
        this.kind = kind;
        this.config = world.config();
        Population population = world.population();
        this.children = population.learners;
        this.engine = new InProcessEngine(world.curriculum().rdf(), world.catalogue().rdf(),
                world.catalogue().rules(), population.rdf);
        this.dynamics = new Dynamics(world.curriculum(), config.forgetting());
        this.events = new XapiEvents(world.seed(), config.observedShare());
        this.policy = kind.create(world, engine, dynamics);
        this.byIri = world.catalogue().byIri();
        this.audit = new ExplanationAudit(world.curriculum().stated(), engine);
        this.journal = keepJournal ? new ArrayList<>() : null;
    }

    double meanFeasible;

    List<JsonObject> journal() {
        return journal;
    }

    RunResult run() {
        long seed = world.seed();
        SplittableRandom order = Seeds.of(seed, "order");
        SplittableRandom choices = Seeds.of(seed, "choice");
        SplittableRandom mentors = Seeds.of(seed, "mentor");
        SplittableRandom ranking = Seeds.of(seed, "policy");
        HardConstraints constraints = HardConstraints.standard();
        Map<Integer, List<SimOpportunity>> feasible = new HashMap<>();
        Map<Integer, LearnerContext> contexts = new HashMap<>();
        for (SimLearner child : children) {
            LearnerContext context = engine.contextOf(child.key);
            contexts.put(child.index, context);
            feasible.put(child.index, world.catalogue().opportunities().stream()
                    .filter(o -> constraints.admit(o.offer(), context)).toList());
        }
        meanFeasible = feasible.values().stream().mapToInt(List::size).average().orElse(0);
        if (!config.coldStart()) {
            placement(Seeds.of(seed, "placement"));
        }
        Map<Integer, List<String>> pinned = new HashMap<>();
        Map<Integer, Set<String>> vetoed = new HashMap<>();
        Map<Integer, Set<String>> completed = new HashMap<>();
        Map<Integer, List<String>> lastShown = new HashMap<>();
        double[] reachedAt = new double[children.size()];
        java.util.Arrays.fill(reachedAt, config.weeks() + 1);
        double[] curve = new double[config.weeks() + 1];
        curve[0] = 0;
        Map<String, Integer> violations = new TreeMap<>();
        double[] exposure = new double[world.catalogue().providers()];
        long shown = 0;
        long unmet = 0;
        long digest = 17;
        for (int week = 1; week <= config.weeks(); week++) {
            Map<String, Integer> placesTaken = new HashMap<>();
            for (int i : shuffled(order)) {
                SimLearner child = children.get(i);
                List<String> pins = pinned.computeIfAbsent(i, k -> new ArrayList<>());
                Set<String> vetoes = vetoed.computeIfAbsent(i, k -> new LinkedHashSet<>());
                if (mentors.nextDouble() < config.mentorRate()) {
                    mentorActs(mentors, child, feasible.get(i), pins, vetoes, lastShown.getOrDefault(i, List.of()));
                }
                LearnerContext context = contexts.get(i).withGoals(Set.copyOf(child.goals));
                Situation situation = new Situation(child, context, feasible.get(i),
                        completed.computeIfAbsent(i, k -> new HashSet<>()), List.copyOf(pins), Set.copyOf(vetoes),
                        ranking);
                List<String> list = policy.recommend(situation, config.shown());
                lastShown.put(i, list);
                for (String iri : list) {
                    SimOpportunity opportunity = byIri.get(iri);
                    shown++;
                    exposure[opportunity.provider()]++;
                    WorldRules.violated(opportunity.offer(), child).ifPresent(rule -> violations.merge(rule, 1,
                            Integer::sum));
                    if (!learnable(child, opportunity)) {
                        unmet++;
                    }
                    digest = digest * 31 + iri.hashCode();
                }
                if ((week * 7919 + i) % AUDIT_EVERY == 0) {
                    lastExplained().ifPresent(shownWithReasons -> audit.audit(shownWithReasons, child, context,
                            config.shown()));
                }
                String taken = choose(choices, child, list, placesTaken);
                Set<String> practised = Set.of();
                if (taken != null) {
                    SimOpportunity opportunity = byIri.get(taken);
                    digest = digest * 31 + taken.hashCode() + 1;
                    practised = dynamics.learn(child, opportunity);
                    for (JsonObject statement : events.week(week, child, opportunity, dynamics)) {
                        record(statement);
                    }
                    completed.get(i).addAll(opportunity.offer().develops());
                    policy.taken(taken);
                }
                dynamics.forget(child, practised);
            }
            double sum = 0;
            for (SimLearner child : children) {
                sum += goalGain(child);
                if (reachedAt[child.index] > config.weeks() && reachedGoals(child)) {
                    reachedAt[child.index] = week;
                }
            }
            curve[week] = sum / children.size();
        }
        return result(curve, reachedAt, violations, exposure, shown, unmet, digest);
    }

    /**
     * The served mode: statements also go to {@code lrs}, and {@code served} (the engine over HTTP) ranks instead
     * of the policy's in-process engine.
     */
    Simulation served(Policy served, java.util.function.Consumer<JsonObject> lrs) {
        this.policy = served;
        this.alsoTo = lrs;
        return this;
    }

    List<SimLearner> children() {
        return children;
    }

    private void record(JsonObject statement) {
        engine.take(statement);
        alsoTo.accept(statement);
        if (journal != null) {
            journal.add(statement);
        }
    }

    /** The Flourish policies' last recommendations, with their explanations; none for the others. */
    private java.util.Optional<List<org.flourish.pathways.model.Recommendation>> lastExplained() {
        if (policy instanceof FlourishPolicies.Engine flourish) {
            return java.util.Optional.of(flourish.last);
        }
        return policy instanceof FlourishPolicies.Reranked reranked ? java.util.Optional.of(reranked.last)
                : java.util.Optional.empty();
    }

    private void placement(SplittableRandom random) {
        List<String> early = world.curriculum().competencies().stream()
                .filter(c -> world.curriculum().level(c) <= 2).toList();
        for (SimLearner child : children) {
            Set<String> assessed = new LinkedHashSet<>();
            while (assessed.size() < Math.min(PLACEMENT_ITEMS, early.size())) {
                assessed.add(early.get(random.nextInt(early.size())));
            }
            int n = 0;
            for (String competency : assessed) {
                record(events.placement(child, competency, child.latent[dynamics.indexOf(competency)], n++));
            }
        }
    }

    private List<Integer> shuffled(SplittableRandom random) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            indices.add(i);
        }
        for (int i = indices.size() - 1; i > 0; i--) {
            java.util.Collections.swap(indices, i, random.nextInt(i + 1));
        }
        return indices;
    }

    /** A mentor pins an admitted opportunity towards a goal (once), vetoes one shown, or sets a new goal. */
    private void mentorActs(SplittableRandom random, SimLearner child, List<SimOpportunity> feasible,
                            List<String> pins, Set<String> vetoes, List<String> lastShown) {
        int action = random.nextInt(3);
        if (action == 0 && pins.isEmpty()) {
            List<SimOpportunity> towardsGoals = feasible.stream()
                    .filter(o -> o.offer().develops().stream().anyMatch(child.goals::contains)).toList();
            if (!towardsGoals.isEmpty()) {
                pins.add(towardsGoals.get(random.nextInt(towardsGoals.size())).iri());
            }
        } else if (action == 1 && !lastShown.isEmpty()) {
            String veto = lastShown.get(random.nextInt(lastShown.size()));
            if (!pins.contains(veto)) {
                vetoes.add(veto);
            }
        } else if (action == 2) {
            // A goal the child's opportunities can serve, as when the population's goals were set.
            List<String> competencies = feasible.stream().flatMap(o -> o.offer().develops().stream()).distinct()
                    .sorted().toList();
            if (competencies.isEmpty()) {
                return;
            }
            String goal = competencies.get(random.nextInt(competencies.size()));
            if (world.curriculum().level(goal) >= 2 && child.latent[dynamics.indexOf(goal)] < 0.5) {
                child.goals.add(goal);
            }
        }
    }

    /** Position-biased choice; a child whose choice is full tries once more among the rest. */
    private String choose(SplittableRandom random, SimLearner child, List<String> list,
                          Map<String, Integer> placesTaken) {
        if (list.isEmpty() || random.nextDouble() < SKIP_WEEK) {
            return null;
        }
        List<String> left = new ArrayList<>(list);
        for (int attempt = 0; attempt < 2 && !left.isEmpty(); attempt++) {
            double[] weights = new double[left.size()];
            double total = 0;
            for (int k = 0; k < left.size(); k++) {
                String firstDomain = world.curriculum().domainOf(byIri.get(left.get(k)).offer().develops().stream()
                        .sorted().findFirst().orElseThrow());
                weights[k] = POSITION_BIAS[Math.min(k + attempt, POSITION_BIAS.length - 1)]
                        * (0.5 + child.interest.getOrDefault(firstDomain, 0.5));
                total += weights[k];
            }
            double draw = random.nextDouble() * total;
            int pick = 0;
            for (double sum = weights[0]; sum < draw && pick < left.size() - 1; sum += weights[++pick]) {
                // walks to the drawn position
            }
            String chosen = left.get(pick);
            var capacity = byIri.get(chosen).offer().capacity();
            if (capacity.isEmpty() || placesTaken.getOrDefault(chosen, 0) < capacity.getAsInt()) {
                placesTaken.merge(chosen, 1, Integer::sum);
                return chosen;
            }
            left.remove(pick);
        }
        return null;
    }

    /** Some competency it develops is not mastered yet and has every true prerequisite group met. */
    private boolean learnable(SimLearner child, SimOpportunity opportunity) {
        boolean anyToLearn = false;
        for (String competency : opportunity.offer().develops()) {
            if (child.latent[dynamics.indexOf(competency)] < Population.TARGET) {
                anyToLearn = true;
                if (dynamics.prerequisitesMet(child.latent, competency)) {
                    return true;
                }
            }
        }
        return !anyToLearn; // nothing left to learn is wasted, but not an unmet prerequisite
    }

    double goalGain(SimLearner child) {
        double sum = 0;
        int counted = 0;
        for (String goal : child.goals) {
            int c = dynamics.indexOf(goal);
            if (child.initial[c] < 1.0) {
                sum += (child.latent[c] - child.initial[c]) / (1.0 - child.initial[c]);
                counted++;
            }
        }
        return counted == 0 ? 0 : sum / counted;
    }

    private boolean reachedGoals(SimLearner child) {
        long reached = child.goals.stream().filter(g -> child.latent[dynamics.indexOf(g)] >= Population.TARGET)
                .count();
        return reached >= 0.8 * child.goals.size();
    }

    private RunResult result(double[] curve, double[] reachedAt, Map<String, Integer> violations, double[] exposure,
                             long shown, long unmet, long digest) {
        double online = 0;
        double offline = 0;
        double majority = 0;
        double minority = 0;
        int onlineCount = 0;
        int offlineCount = 0;
        int majorityCount = 0;
        int minorityCount = 0;
        int broad = 0;
        List<Measures.Pair> pairs = new ArrayList<>();
        for (SimLearner child : children) {
            double gain = goalGain(child);
            if (child.offlineOnly()) {
                offline += gain;
                offlineCount++;
            } else {
                online += gain;
                onlineCount++;
            }
            if (child.minorityLanguage()) {
                minority += gain;
                minorityCount++;
            } else {
                majority += gain;
                majorityCount++;
            }
            // Learning that happened in the domain, not net of forgetting: otherwise the slow fading of twenty
            // unpractised competencies hides a week of real learning, and no policy reaches five domains.
            long domainsGained = Vocabulary.LMTF_DOMAINS.stream()
                    .filter(d -> child.learntByDomain.getOrDefault(d, 0.0) > BROAD_GAIN).count();
            if (domainsGained >= 5) {
                broad++;
            }
            for (MasteryEstimate estimate : engine.masteryOf(child.key).estimates().values()) {
                if (estimate.evidenceCount() > estimate.participationCount()) {
                    pairs.add(new Measures.Pair(estimate.mean(), child.latent[dynamics.indexOf(
                            estimate.competency())]));
                }
            }
        }
        pairs.sort(java.util.Comparator.comparingDouble(Measures.Pair::predicted)
                .thenComparingDouble(Measures.Pair::latent));
        int n = children.size();
        return new RunResult(kind, world.seed(), config.label(), curve[config.weeks()],
                Measures.median(reachedAt), shown == 0 ? 0 : (double) unmet / shown, violations, shown,
                (double) broad / n, ratio(online, onlineCount) - ratio(offline, offlineCount),
                ratio(majority, majorityCount) - ratio(minority, minorityCount), Measures.gini(exposure),
                audit.reasonsTrue, audit.reasonsChecked, audit.flipsChanged, audit.flipsTested,
                Measures.auc(pairs, Population.TARGET), Measures.ece(pairs), curve, digest);
    }

    private static double ratio(double sum, int count) {
        return count == 0 ? Double.NaN : sum / count;
    }
}
