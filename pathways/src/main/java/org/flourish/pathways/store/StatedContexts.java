package org.flourish.pathways.store;

import java.util.Optional;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.model.StatedContext;
import org.flourish.pathways.rdf.LearnerContextReader;
import org.flourish.pathways.rdf.LearnerContextWriter;

/**
 * The contexts stated through the API, each kept as one {@code fl:Learner} node in the learner's own graph (so it
 * goes wherever the learner's data goes, and never into the shared graphs or the SPARQL endpoint).
 */
public final class StatedContexts {

    private final RdfStore store;

    public StatedContexts(RdfStore store) {
        this.store = store;
    }

    public Optional<StatedContext> find(String learnerKey) {
        ParameterizedSparqlString query = SparqlFiles.query("learner-context.rq");
        query.setIri("graph", Graphs.ofLearner(learnerKey));
        query.setIri("context", Graphs.contextOf(learnerKey));
        Model found = store.construct(query);
        return found.isEmpty() ? Optional.empty()
                : Optional.of(LearnerContextReader.stated(found.getResource(Graphs.contextOf(learnerKey))));
    }

    /**
     * Replaces the learner's stated context in one update: readers see the old one or the new one, and every field
     * has only its new value, whatever the datatype of the old one.
     */
    public void replace(String learnerKey, Model context) {
        store.replaceDescription(Graphs.ofLearner(learnerKey), Graphs.contextOf(learnerKey), context);
    }

    /** The context as the RDF it is kept as: the learner node named {@link Graphs#contextOf}. */
    public static Model asRdf(String learnerKey, StatedContext context) {
        return LearnerContextWriter.write(Graphs.contextOf(learnerKey), learnerKey, context);
    }
}
