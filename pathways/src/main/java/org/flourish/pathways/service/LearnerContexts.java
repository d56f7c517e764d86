package org.flourish.pathways.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.StatedContext;
import org.flourish.pathways.store.GraphValidation;
import org.flourish.pathways.store.StatedContexts;

/**
 * Each learner's context: the one stated through the API, kept in the learner's graph, else the one the shared
 * learners' graph states (the samples). The API's replaces the other whole; goals stay those of the shared graph
 * until a mentor sets some. Ages are computed on the day asked.
 */
public final class LearnerContexts {

    private final StatedContexts stored;
    private final Supplier<SharedKnowledge> knowledge;
    private final GraphValidation validation;
    private final Clock clock;

    public LearnerContexts(StatedContexts stored, Supplier<SharedKnowledge> knowledge, GraphValidation validation,
                           Clock clock) {
        this.stored = stored;
        this.knowledge = knowledge;
        this.validation = validation;
        this.clock = clock;
    }

    public Optional<StatedContext> stated(String learnerKey) {
        return stored.find(learnerKey).or(() -> knowledge.get().statedContextOf(learnerKey));
    }

    /** The context the constraints check today. */
    public Optional<LearnerContext> contextOf(String learnerKey) {
        Optional<StatedContext> own = stored.find(learnerKey);
        if (own.isEmpty()) {
            return knowledge.get().contextOf(learnerKey);
        }
        Set<String> goals = knowledge.get().contextOf(learnerKey).map(LearnerContext::goals).orElse(Set.of());
        return Optional.of(own.get().on(today(), goals));
    }

    /**
     * Keeps the context, after checking its RDF against the Flourish shapes.
     *
     * @throws org.flourish.pathways.store.InvalidGraphException if it does not conform
     * @throws IllegalArgumentException if the learner key has no RDF identity (only mbox and account have)
     */
    public void state(String learnerKey, StatedContext context) {
        Model rdf = StatedContexts.asRdf(learnerKey, context);
        validation.requireConforming("the learner context", rdf);
        stored.replace(learnerKey, rdf);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
