package org.flourish.pathways.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.explain.Named;
import org.flourish.pathways.explain.Providers;
import org.flourish.pathways.explain.ReadableNames;
import org.flourish.pathways.explain.Verbs;
import org.flourish.pathways.explain.Words;
import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.Goal;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.MasteryEstimate;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.model.Recommendation;
import org.flourish.pathways.recommend.MentorMarks;
import org.flourish.pathways.recommend.JavaFrontier;
import org.flourish.pathways.recommend.MasteryThreshold;
import org.flourish.pathways.service.LearnerPathway.CompetencyMastery;
import org.flourish.pathways.service.LearnerPathway.DomainMastery;
import org.flourish.pathways.service.LearnerPathway.Experience;
import org.flourish.pathways.service.LearnerRecommendations.PinNoLongerFitting;
import org.flourish.pathways.service.LearnerStates.LearnerState;
import org.flourish.pathways.store.LearnerRecords;

/** Answers the questions asked about one learner: their pathway so far and what to learn next. */
public final class Pathways {

    private static final String NO_DOMAIN = "urn:flourish:no-domain";

    private final Supplier<SharedKnowledge> knowledge;
    private final LearnerStates states;
    private final LearnerRecords records;
    private final LearnerContexts contexts;

    public Pathways(Supplier<SharedKnowledge> knowledge, LearnerStates states, LearnerRecords records,
                    LearnerContexts contexts) {
        this.knowledge = knowledge;
        this.states = states;
        this.records = records;
        this.contexts = contexts;
    }

    public LearnerPathway pathway(String learnerKey, List<Locale> languages) {
        SharedKnowledge shared = knowledge.get();
        LearnerState state = states.of(learnerKey);
        Map<String, List<CompetencyMastery>> byDomain = new TreeMap<>();
        state.mastery().estimates().values().stream()
                .sorted(Comparator.comparing(MasteryEstimate::competency))
                .forEach(estimate -> byDomain.computeIfAbsent(
                        shared.framework().domainOf(estimate.competency()).orElse(NO_DOMAIN), d -> new ArrayList<>())
                        .add(new CompetencyMastery(estimate.competency(), label(shared, estimate.competency(),
                                languages), estimate.mean(), estimate.uncertainty(), estimate.evidenceCount(),
                                estimate.supportingStatements())));
        List<DomainMastery> domains = byDomain.entrySet().stream()
                .map(entry -> new DomainMastery(entry.getKey(), label(shared, entry.getKey(), languages),
                        entry.getValue())).toList();
        List<Experience> timeline = state.evidence().stream()
                .sorted(Comparator.comparing(Evidence::timestamp).reversed())
                .map(evidence -> experience(shared, state, evidence, languages)).toList();
        List<Named> frontier = new JavaFrontier(shared.framework(), MasteryThreshold.DEFAULT)
                .readyToLearn(state.mastery()).stream()
                .map(competency -> new Named(competency, label(shared, competency, languages))).toList();
        // The state's key is the canonical one when the key asked about is an alias.
        return new LearnerPathway(state.mastery().learnerKey(), domains, frontier, timeline);
    }

    /** Aggregates for coordinators: counts across learners. */
    public LearnerRecords.RecordCounts totals() {
        return records.counts();
    }

    /** Empty when the engine knows no context (age, languages, place) for the learner: it cannot check constraints. */
    public Optional<LearnerRecommendations> recommendations(String learnerKey, int limit) {
        SharedKnowledge shared = knowledge.get();
        Optional<LearnerContext> known = contexts.contextOf(learnerKey);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        List<Goal> setGoals = records.goals(learnerKey);
        LearnerContext context = setGoals.isEmpty() ? known.get() : withGoals(known.get(), setGoals);
        List<String> pinned = records.pinned(learnerKey);
        List<String> vetoed = records.vetoed(learnerKey);
        MentorMarks marks = new MentorMarks(Set.copyOf(pinned), Set.copyOf(vetoed));
        List<Recommendation> ranked = shared.recommender().recommend(states.of(learnerKey).mastery(), context, limit,
                marks);
        return Optional.of(new LearnerRecommendations(learnerKey, ranked, context.goals().stream().sorted().toList(),
                pinned, vetoed, pinsNotFitting(shared, context, marks), context));
    }

    /** The pinned (and not vetoed) opportunities that break a hard constraint or left the catalogue, in IRI order. */
    private static List<PinNoLongerFitting> pinsNotFitting(SharedKnowledge shared, LearnerContext context,
                                                           MentorMarks marks) {
        List<PinNoLongerFitting> notFitting = new ArrayList<>();
        marks.pinned().stream().filter(marks::isPinned).sorted().forEach(iri -> {
            List<ConstraintCheck> broken = shared.opportunity(iri)
                    .map(opportunity -> shared.constraints().check(opportunity, context).stream()
                            .filter(check -> !check.satisfied()).toList())
                    .orElse(List.of(ConstraintCheck.violated("catalogue", "no longer in the catalogue")));
            if (!broken.isEmpty()) {
                notFitting.add(new PinNoLongerFitting(iri, broken));
            }
        });
        return notFitting;
    }

    private static LearnerContext withGoals(LearnerContext context, List<Goal> goals) {
        return context.withGoals(Set.copyOf(goals.stream().map(Goal::competency).toList()));
    }

    private static Experience experience(SharedKnowledge shared, LearnerState state, Evidence evidence,
                                         List<Locale> languages) {
        Optional<Opportunity> opportunity = shared.opportunityOfActivity(evidence.activityId());
        List<Named> evidenceOf = state.mastery().estimates().values().stream()
                .filter(estimate -> estimate.isSupportedBy(evidence.statementId()))
                .map(MasteryEstimate::competency).sorted()
                .map(competency -> new Named(competency, label(shared, competency, languages))).toList();
        return new Experience(evidence.statementId(), evidence.timestamp(), evidence.verb(),
                Verbs.said(evidence.verb(), Words.forReader(languages)), evidence.activityId(),
                opportunity.map(Opportunity::iri),
                Optional.of(opportunity.map(o -> shared.labels().of(o.iri(), languages).orElse(o.title()))
                        .or(() -> shared.labels().of(evidence.activityId(), languages))
                        .orElseGet(() -> ReadableNames.of(evidence.activityId()))),
                new Providers(shared.labels()).offeredBy(evidence, opportunity, languages),
                Providers.recordedBy(evidence), evidence.scoreScaled(), evidence.success(), evidenceOf);
    }

    private static String label(SharedKnowledge shared, String iri, List<Locale> languages) {
        return shared.labels().of(iri, languages).orElseGet(() -> ReadableNames.of(iri));
    }
}
