package org.flourish.pathways.store;

import java.util.Optional;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
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

    /** Replaces the learner's stated context in one update: readers see the old one or the new one. */
    public void replace(String learnerKey, Model context) {
        ParameterizedSparqlString clear = SparqlFiles.update("clear-learner-context.ru");
        clear.setIri("graph", Graphs.ofLearner(learnerKey));
        clear.setIri("context", Graphs.contextOf(learnerKey));
        UpdateRequest request = UpdateFactory.create(clear.toString());
        QuadDataAcc quads = new QuadDataAcc();
        var graph = NodeFactory.createURI(Graphs.ofLearner(learnerKey));
        context.getGraph().find().forEach(triple -> quads.addQuad(Quad.create(graph, triple)));
        request.add(new UpdateDataInsert(quads));
        store.update(request);
    }

    /** The context as the RDF it is kept as: the learner node named {@link Graphs#contextOf}. */
    public static Model asRdf(String learnerKey, StatedContext context) {
        return LearnerContextWriter.write(Graphs.contextOf(learnerKey), learnerKey, context);
    }
}
