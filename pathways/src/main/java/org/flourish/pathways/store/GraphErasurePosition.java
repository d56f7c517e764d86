package org.flourish.pathways.store;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.flourish.pathways.lrs.ErasurePosition;
import org.flourish.pathways.vocab.Engine;

/** Keeps the erasure reader's position in its own named graph, so that a restart resumes where it stopped. */
public final class GraphErasurePosition implements ErasurePosition {

    private final RdfStore store;

    public GraphErasurePosition(RdfStore store) {
        this.store = store;
    }

    @Override
    public long load() {
        Resource position = store.graph(Graphs.ERASURE_READER).createResource(Engine.erasurePosition.getURI());
        return position.hasProperty(Engine.lastApplied) ? position.getProperty(Engine.lastApplied).getLong() : 0;
    }

    @Override
    public void save(long position) {
        Model graph = ModelFactory.createDefaultModel();
        graph.createResource(Engine.erasurePosition.getURI()).addLiteral(Engine.lastApplied, position);
        store.put(Graphs.ERASURE_READER, graph);
    }
}
