package org.flourish.pathways.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.learner.BayesianMasteryModel;
import org.flourish.pathways.learner.EvidenceRule;
import org.flourish.pathways.learner.MasteryTracker;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.model.StatedContext;
import org.flourish.pathways.rdf.EvidenceRuleReader;
import org.flourish.pathways.rdf.FrameworkReader;
import org.flourish.pathways.rdf.Labels;
import org.flourish.pathways.rdf.LearnerContextReader;
import org.flourish.pathways.rdf.OpportunityReader;
import org.flourish.pathways.recommend.FrontierRecommender;
import org.flourish.pathways.recommend.JavaFrontier;
import org.flourish.pathways.recommend.MasteryThreshold;
import org.flourish.pathways.recommend.Ranker;
import org.flourish.pathways.recommend.RankingWeights;
import org.flourish.pathways.recommend.Recommender;
import org.flourish.pathways.recommend.constraints.HardConstraints;
import org.flourish.pathways.store.Graphs;
import org.flourish.pathways.store.RdfStore;
import org.flourish.pathways.store.SharedGraphs;

/**
 * What every learner shares, read once from the store's shared graphs: framework, evidence rules, catalogue,
 * learners' contexts, labels, and the tracker and recommender built on them. Immutable: an upload builds a new one.
 */
public final class SharedKnowledge {

    private final Model ontologyAndCatalogue;
    private final PrerequisiteGraph framework;
    private final List<Opportunity> catalogue;
    private final Map<String, Opportunity> byActivity;
    private final Map<String, Opportunity> byIri;
    private final Map<String, LearnerContext> contexts;
    private final Map<String, StatedContext> statedContexts;
    private final Labels labels;
    private final MasteryTracker tracker;
    private final HardConstraints constraints = HardConstraints.standard();
    private final Recommender recommender;

    private SharedKnowledge(Model ontology, Model frameworkGraph, Model catalogueGraph, Model rulesGraph,
                            Model learnersGraph) {
        this.ontologyAndCatalogue = ModelFactory.createDefaultModel().add(ontology).add(frameworkGraph)
                .add(catalogueGraph).add(rulesGraph);
        this.framework = FrameworkReader.read(frameworkGraph);
        this.catalogue = OpportunityReader.read(catalogueGraph);
        this.byActivity = catalogue.stream().filter(o -> o.activityId().isPresent())
                .collect(Collectors.toUnmodifiableMap(o -> o.activityId().orElseThrow(), Function.identity()));
        this.byIri = catalogue.stream().collect(Collectors.toUnmodifiableMap(Opportunity::iri, Function.identity(),
                (first, second) -> first));
        this.contexts = Map.copyOf(LearnerContextReader.read(learnersGraph));
        this.statedContexts = Map.copyOf(LearnerContextReader.readStated(learnersGraph));
        this.labels = new Labels(ontologyAndCatalogue);
        // The catalogue's rules, and the rule that makes a mentor's observation evidence of its competency.
        List<EvidenceRule> rules = new ArrayList<>(EvidenceRuleReader.read(rulesGraph));
        rules.addAll(Observations.rules(framework));
        this.tracker = new MasteryTracker(BayesianMasteryModel.withUniformPrior(), rules);
        this.recommender = new FrontierRecommender(new JavaFrontier(framework, MasteryThreshold.DEFAULT),
                new Ranker(framework, constraints, MasteryThreshold.DEFAULT, RankingWeights.DEFAULT),
                catalogue);
    }

    public static SharedKnowledge load(RdfStore store) {
        SharedGraphs shared = new SharedGraphs(store);
        return of(shared::read);
    }

    /**
     * What the shared knowledge would be with {@code graph} replaced by {@code content}, built in memory: an upload
     * is checked and built before anything is written.
     */
    public static SharedKnowledge withReplaced(RdfStore store, String graph, Model content) {
        SharedGraphs shared = new SharedGraphs(store);
        return of(name -> name.equals(graph) ? content : shared.read(name));
    }

    private static SharedKnowledge of(Function<String, Model> graphs) {
        return new SharedKnowledge(graphs.apply(Graphs.ONTOLOGY), graphs.apply(Graphs.FRAMEWORK),
                graphs.apply(Graphs.CATALOGUE), graphs.apply(Graphs.EVIDENCE_RULES), graphs.apply(Graphs.LEARNERS));
    }

    /** Ontology, framework, catalogue and evidence rules in one graph: never any learner data. */
    public Model ontologyAndCatalogue() {
        return ontologyAndCatalogue;
    }

    public PrerequisiteGraph framework() {
        return framework;
    }

    public List<Opportunity> catalogue() {
        return catalogue;
    }

    /** The catalogue's opportunity with this IRI. */
    public Optional<Opportunity> opportunity(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The hard constraints the recommender applies. */
    public HardConstraints constraints() {
        return constraints;
    }

    public Optional<Opportunity> opportunityOfActivity(String activityId) {
        return Optional.ofNullable(byActivity.get(activityId));
    }

    public Optional<LearnerContext> contextOf(String learnerKey) {
        return Optional.ofNullable(contexts.get(learnerKey));
    }

    /** The context as the shared learners' graph states it (the samples), for showing it back. */
    public Optional<StatedContext> statedContextOf(String learnerKey) {
        return Optional.ofNullable(statedContexts.get(learnerKey));
    }

    public Labels labels() {
        return labels;
    }

    public MasteryTracker tracker() {
        return tracker;
    }

    public Recommender recommender() {
        return recommender;
    }
}
