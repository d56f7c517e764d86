package org.flourish.pathways.simulate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.learner.MasteryTracker;
import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.Recommendation;
import org.flourish.pathways.recommend.Recommender;
import org.flourish.pathways.service.MentorVerbs;
import org.flourish.pathways.service.SharedKnowledge;
import org.flourish.pathways.store.Graphs;
import org.flourish.pathways.store.RdfStore;
import org.flourish.pathways.store.SharedGraphs;
import org.flourish.pathways.xapi.StatementEvidence;

/**
 * The engine's own classes without the server around them, for the large grid: the shared graphs loaded by
 * {@link SharedKnowledge} (framework, catalogue, evidence rules, learners' contexts, exactly as the service loads
 * them), each statement reduced by {@link StatementEvidence} and applied by the engine's mastery tracker, and
 * recommendations from the engine's recommender with mentors' pins and vetoes applied as {@code Pathways} applies
 * them. What the served mode adds is the LRS, the store and HTTP in between; a test shows the two agree.
 */
final class InProcessEngine {

    private final SharedKnowledge knowledge;
    private final Map<String, LearnerMastery> mastery = new HashMap<>();
    private final Recommender recommender;
    private final MasteryTracker tracker;

    InProcessEngine(Model framework, Model catalogue, Model rules, Model learners) {
        try (RdfStore store = RdfStore.inMemory()) {
            store.put(Graphs.FRAMEWORK, framework);
            store.put(Graphs.CATALOGUE, catalogue);
            store.put(Graphs.EVIDENCE_RULES, rules);
            store.put(Graphs.LEARNERS, learners);
            new SharedGraphs(store).seedAbsent(); // the ontology and the shapes
            this.knowledge = SharedKnowledge.load(store);
        }
        this.recommender = knowledge.recommender();
        this.tracker = knowledge.tracker();
    }

    SharedKnowledge knowledge() {
        return knowledge;
    }

    /** As the intake takes a statement: mentors' own statements are not evidence. */
    void take(JsonObject statement) {
        StatementEvidence.read(statement).filter(evidence -> !MentorVerbs.isMentorVerb(evidence.verb()))
                .ifPresent(this::apply);
    }

    private void apply(Evidence evidence) {
        LearnerMastery current = mastery.computeIfAbsent(evidence.learnerKey(), LearnerMastery::empty);
        mastery.put(evidence.learnerKey(), tracker.apply(current, evidence));
    }

    LearnerMastery masteryOf(String learnerKey) {
        return mastery.computeIfAbsent(learnerKey, LearnerMastery::empty);
    }

    LearnerContext contextOf(String learnerKey) {
        return knowledge.contextOf(learnerKey).orElseThrow(() -> new IllegalStateException("no context for "
                + learnerKey));
    }

    /** {@code Pathways.recommendations}: room for vetoed and pinned ones, vetoed dropped, pinned ahead. */
    List<Recommendation> recommend(String learnerKey, LearnerContext context, List<String> pinned,
                                   Set<String> vetoed, int limit) {
        return recommend(masteryOf(learnerKey), context, pinned, vetoed, limit);
    }

    /** As above, for a given mastery. */
    List<Recommendation> recommend(LearnerMastery mastery, LearnerContext context, List<String> pinned,
                                   Set<String> vetoed, int limit) {
        int wanted = limit + vetoed.size() + pinned.size();
        return recommender.recommend(mastery, context, wanted).stream()
                .filter(r -> !vetoed.contains(r.opportunity().iri()))
                .sorted(Comparator.comparing((Recommendation r) -> !pinned.contains(r.opportunity().iri())))
                .limit(limit).toList();
    }

    /** The raw ranking for a mastery and context, for explanation checks that change one of them. */
    List<Recommendation> recommend(LearnerMastery someMastery, LearnerContext context, int limit) {
        return recommender.recommend(someMastery, context, limit);
    }
}
