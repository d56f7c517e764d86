package org.flourish.pathways.service;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.store.GraphValidation;
import org.flourish.pathways.store.Graphs;
import org.flourish.pathways.store.RdfStore;

/**
 * A coordinator replaces the framework, the catalogue or the evidence rules. The upload must conform to the
 * Flourish shapes and still make a consistent whole with the other shared graphs (e.g. every prerequisite names a
 * competency), else nothing changes; once stored, every learner's mastery is recomputed on its next request.
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
        Model previous = store.graph(graph);
        store.put(graph, upload);
        try {
            publish.accept(SharedKnowledge.load(store));
        } catch (RuntimeException e) {
            store.put(graph, previous);
            throw new IllegalArgumentException("the upload conforms to the shapes but cannot be used with the other "
                    + "shared graphs: " + e.getMessage(), e);
        }
        states.forgetAll();
    }
}
