package org.flourish.pathways.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.access.AuditEntry;
import org.flourish.pathways.access.AuditLog;
import org.flourish.pathways.vocab.Engine;

/** The audit log in its own named graph ({@link Graphs#AUDIT}), which the SPARQL endpoint never reads. */
public final class GraphAuditLog implements AuditLog {

    private static final Query NEWEST = SparqlFiles.parsedQuery("audit-newest.rq");

    private final RdfStore store;

    public GraphAuditLog(RdfStore store) {
        this.store = store;
    }

    @Override
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /** One INSERT DATA of the entries' nodes, one transaction: values are RDF terms, never text spliced into SPARQL. */
    public void recordAll(List<AuditEntry> entries) {
        QuadDataAcc quads = new QuadDataAcc();
        entries.forEach(entry -> add(quads, entry));
        store.update(new UpdateRequest(new UpdateDataInsert(quads)));
    }

    private static void add(QuadDataAcc quads, AuditEntry entry) {
        Node graph = NodeFactory.createURI(Graphs.AUDIT);
        Node view = NodeFactory.createURI("urn:uuid:" + UUID.randomUUID());
        quads.addQuad(Quad.create(graph, view, RDF.type.asNode(), Engine.View.asNode()));
        quads.addQuad(Quad.create(graph, view, Engine.at.asNode(),
                NodeFactory.createLiteralDT(entry.at().toString(), XSDDatatype.XSDdateTime)));
        quads.addQuad(Quad.create(graph, view, Engine.userName.asNode(), NodeFactory.createLiteralString(entry.user())));
        quads.addQuad(Quad.create(graph, view, Engine.learner.asNode(),
                NodeFactory.createLiteralString(entry.learner())));
        quads.addQuad(Quad.create(graph, view, Engine.what.asNode(), NodeFactory.createLiteralString(entry.what())));
    }

    @Override
    public List<AuditEntry> newest(int offset, int limit) {
        Query page = NEWEST.cloneQuery();
        page.setOffset(offset);
        page.setLimit(limit);
        List<AuditEntry> entries = new ArrayList<>();
        store.select(page, Map.of("graph", ResourceFactory.createResource(Graphs.AUDIT)), row -> entries.add(
                new AuditEntry(java.time.OffsetDateTime.parse(row.getLiteral("at").getLexicalForm()).toInstant(),
                        row.getLiteral("user").getString(), row.getLiteral("learner").getString(),
                        row.getLiteral("what").getString())));
        return entries;
    }

    @Override
    public void replaceLearner(String learnerKey, String replacement) {
        ParameterizedSparqlString update = SparqlFiles.update("audit-replace-learner.ru");
        update.setIri("graph", Graphs.AUDIT);
        update.setLiteral("learner", learnerKey);
        update.setLiteral("replacement", replacement);
        store.update(update);
    }
}
