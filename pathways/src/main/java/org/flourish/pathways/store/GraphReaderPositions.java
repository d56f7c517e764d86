package org.flourish.pathways.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.flourish.pathways.lrs.ReaderPosition;
import org.flourish.pathways.lrs.ReaderPositions;
import org.flourish.pathways.vocab.Engine;

/** Keeps the LRS reader's position in its own named graph, so that a restart resumes where it stopped. */
public final class GraphReaderPositions implements ReaderPositions {

    private final RdfStore store;

    public GraphReaderPositions(RdfStore store) {
        this.store = store;
    }

    @Override
    public Optional<ReaderPosition> load() {
        Model graph = store.graph(Graphs.LRS_READER);
        Resource position = graph.createResource(Engine.readerPosition.getURI());
        if (!position.hasProperty(Engine.lastStored)) {
            return Optional.empty();
        }
        Instant lastStored = Instant.parse(position.getProperty(Engine.lastStored).getString());
        Set<String> ids = position.listProperties(Engine.readAtLastStored).mapWith(s -> s.getString())
                .toSet().stream().collect(Collectors.toSet());
        return Optional.of(new ReaderPosition(lastStored, ids));
    }

    @Override
    public void save(ReaderPosition position) {
        Model graph = ModelFactory.createDefaultModel();
        Resource node = graph.createResource(Engine.readerPosition.getURI());
        node.addProperty(Engine.lastStored, graph.createTypedLiteral(position.lastStored().toString(),
                XSDDatatype.XSDdateTime));
        position.readAtLastStored().forEach(id -> node.addProperty(Engine.readAtLastStored, id));
        store.put(Graphs.LRS_READER, graph);
    }
}
