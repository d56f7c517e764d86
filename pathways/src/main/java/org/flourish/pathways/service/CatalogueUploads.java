package org.flourish.pathways.service;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.store.GraphValidation;
import org.flourish.pathways.store.Graphs;
import org.flourish.pathways.store.RdfStore;
import org.flourish.pathways.store.SharedGraphs;

/**
 * A coordinator replaces the framework, the catalogue or the evidence rules. The upload must conform to the
 * Flourish shapes and still make a consistent whole with the other shared graphs (e.g. every prerequisite names a
 * competency), else nothing changes. The new shared knowledge is built in memory first, then the graph is written
 * in short steps ({@link SharedGraphs#replace}, statement intake goes on between them) and the knowledge swapped in;
 * every learner's mastery is then derived again on their next request, not all at once.
 */
public final class CatalogueUploads {

    /** The shared graphs an upload may replace, by the name the API uses. */
    private static final Map<String, String> REPLACEABLE = Map.of(
            "framework", Graphs.FRAMEWORK, "catalogue", Graphs.CATALOGUE, "evidence-rules", Graphs.EVIDENCE_RULES);

    private final RdfStore store;
    private final Consumer<SharedKnowledge> publish;
    private final LearnerStates states;

    public CatalogueUploads(RdfStore store, Consumer<SharedKnowledge> publish, LearnerStates states) {
        this.store = store;
        this.publish = publish;
        this.states = states;
    }

    public static Optional<String> graphNamed(String name) {
        return Optional.ofNullable(REPLACEABLE.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Validates and stores the upload.
     *
     * @throws org.flourish.pathways.store.InvalidGraphException if it does not conform to the shapes
     * @throws IllegalArgumentException                         if the engine cannot read it with the other graphs
     */
    public synchronized void replace(String graph, Model upload) {
        new GraphValidation(store.graph(Graphs.SHAPES)).requireConforming(graph, upload);
        SharedKnowledge next;
        try {
            next = SharedKnowledge.withReplaced(store, graph, upload);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the upload conforms to the shapes but cannot be used with the other "
                    + "shared graphs: " + e.getMessage(), e);
        }
        new SharedGraphs(store).replace(graph, upload);
        publish.accept(next);
        // Each learner's mastery is derived again from their statements on their next request, one at a time.
        states.forgetAll();
    }
}
