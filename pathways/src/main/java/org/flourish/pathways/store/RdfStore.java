package org.flourish.pathways.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.Isolation;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The engine's RDF store, local (TDB2 directory) or remote (a SPARQL 1.1 endpoint with the Graph Store Protocol),
 * through one {@link RDFConnection}. Queries and updates come as {@link ParameterizedSparqlString}s from
 * {@link SparqlFiles}, with every value bound, never spliced.
 */
public final class RdfStore implements AutoCloseable {

    private static final Query GRAPH_EXISTS = SparqlFiles.parsedQuery("graph-exists.rq");

    private static final String CLEAR_DESCRIPTION = SparqlFiles.update("clear-description.ru").toString();

    private final RDFConnection connection;
    /** The dataset itself when it is in this process: some writes are done on its terms, not through SPARQL. */
    private final Optional<LocalDataset> local;
    private final Runnable onClose;
    private final Runnable compaction;

    /** A dataset in this process, and how it removes a subject's triples as they are stored. */
    private record LocalDataset(DatasetGraph dataset, SubjectRemoval removal) {
    }

    @FunctionalInterface
    private interface SubjectRemoval {
        void remove(DatasetGraph dataset, Node graph, Node subject);
    }

    private RdfStore(RDFConnection connection, Optional<LocalDataset> local, Runnable onClose, Runnable compaction) {
        this.connection = connection;
        this.local = local;
        this.onClose = onClose;
        this.compaction = compaction;
    }

    /** A TDB2 dataset in this directory, created if absent. One process at a time may open it. */
    public static RdfStore tdb2(Path directory) {
        Dataset dataset = TDB2Factory.connectDataset(directory.toString());
        // By node ids: DatasetGraph.deleteAny finds the triples, decodes them and deletes the decoded terms, and
        // TDB2 decodes a stored "5"^^xsd:decimal as 5.0, which it then does not find (Jena 5.6).
        SubjectRemoval byNodeIds = (graphs, graph, subject) -> TDBInternal.getDatasetGraphTDB(graphs).getData()
                .removeAll(graph, subject, Node.ANY, Node.ANY);
        return new RdfStore(RDFConnection.connect(dataset, Isolation.COPY),
                Optional.of(new LocalDataset(dataset.asDatasetGraph(), byNodeIds)), dataset::close,
                () -> DatabaseMgr.compact(dataset.asDatasetGraph(), true));
    }

    /** An in-memory transactional dataset, for tests and demonstrations. */
    public static RdfStore inMemory() {
        Dataset dataset = DatasetFactory.createTxnMem();
        SubjectRemoval byTerms = (graphs, graph, subject) -> graphs.deleteAny(graph, subject, Node.ANY, Node.ANY);
        return new RdfStore(RDFConnection.connect(dataset, Isolation.COPY),
                Optional.of(new LocalDataset(dataset.asDatasetGraph(), byTerms)), () -> { }, () -> { });
    }

    /** A remote store such as Fuseki: {@code url} is the dataset's base, e.g. {@code http://localhost:3030/flourish}. */
    public static RdfStore remote(String url) {
        return new RdfStore(RDFConnection.connect(url), Optional.empty(), () -> { }, () -> { });
    }

    /**
     * Rewrites a TDB2 dataset with only what it holds now and deletes the old files, so that deleted terms (an erased
     * child's) leave the disk too; TDB2 otherwise keeps every term it ever stored in its node table. Readers go on;
     * writers wait until it ends. Nothing to do in memory; a remote store compacts through its own administration.
     */
    public void compact() {
        compaction.run();
    }

    public boolean hasGraph(String graph) {
        return connection.queryAsk(QueryTransformOps.transform(GRAPH_EXISTS,
                Map.of(Var.alloc("graph"), NodeFactory.createURI(graph))));
    }

    /** A copy of the named graph (empty if absent): local connections copy ({@link Isolation#COPY}). */
    public Model graph(String graph) {
        return hasGraph(graph) ? connection.fetch(graph) : ModelFactory.createDefaultModel();
    }

    /** A copy of every graph of the store (for a full dump, as a backup or an erasure check would take it). */
    public Dataset copy() {
        return connection.fetchDataset();
    }

    /**
     * Replaces the named graph's content, in one transaction. Locally the old content goes as a whole graph (on TDB2
     * by node ids, without reading it back) and the new triples are added: the Graph Store put clears a graph triple
     * by triple, decoding each and deleting the decoded term, which took minutes for the evidence rules and never
     * ended when TDB2 decoded a term into one it could not find again (a {@code "1"^^xsd:decimal} read as
     * {@code 1.0}), all inside the write transaction that statement intake waits for.
     */
    public void put(String graph, Model content) {
        if (local.isEmpty()) {
            connection.put(graph, content);
            return;
        }
        DatasetGraph dataset = local.get().dataset();
        Node graphNode = NodeFactory.createURI(graph);
        Txn.executeWrite(dataset, () -> {
            dataset.removeGraph(graphNode);
            content.getGraph().find().forEach(triple -> dataset.add(graphNode, triple.getSubject(),
                    triple.getPredicate(), triple.getObject()));
        });
    }

    /**
     * Adds the triples to the named graph in write transactions of about {@code step} each (at least one triple
     * each), so that other writers (statement intake) wait at most about that long; readers see the graph grow, so
     * write only to a graph nobody reads yet. A remote store gets them in one request.
     */
    public void addInSteps(String graph, Model content, Duration step) {
        if (local.isEmpty()) {
            connection.load(graph, content);
            return;
        }
        DatasetGraph dataset = local.get().dataset();
        Node graphNode = NodeFactory.createURI(graph);
        List<Triple> triples = content.getGraph().find().toList();
        int[] next = {0};
        while (next[0] < triples.size()) {
            Txn.executeWrite(dataset, () -> {
                long end = System.nanoTime() + step.toNanos();
                do {
                    Triple triple = triples.get(next[0]++);
                    dataset.add(graphNode, triple.getSubject(), triple.getPredicate(), triple.getObject());
                } while (next[0] < triples.size() && System.nanoTime() < end);
            });
        }
    }

    /**
     * Removes the named graph in write transactions of about {@code step} each, subject by subject as stored (see
     * {@link #replaceDescription}), so that other writers wait at most about that long. A remote store drops it in
     * one request.
     */
    public void dropInSteps(String graph, Duration step) {
        if (local.isEmpty()) {
            connection.delete(graph);
            return;
        }
        DatasetGraph dataset = local.get().dataset();
        SubjectRemoval removal = local.get().removal();
        Node graphNode = NodeFactory.createURI(graph);
        List<Node> subjects = Txn.calculateRead(dataset, () -> Iter.toList(Iter.distinct(Iter.map(
                dataset.find(graphNode, Node.ANY, Node.ANY, Node.ANY), Quad::getSubject))));
        int[] next = {0};
        while (next[0] < subjects.size()) {
            Txn.executeWrite(dataset, () -> {
                long end = System.nanoTime() + step.toNanos();
                do {
                    removal.remove(dataset, graphNode, subjects.get(next[0]++));
                } while (next[0] < subjects.size() && System.nanoTime() < end);
            });
        }
        Txn.executeWrite(dataset, () -> dataset.removeGraph(graphNode));
    }

    public void select(ParameterizedSparqlString query, Consumer<QuerySolution> row) {
        connection.querySelect(query.asQuery(), row);
    }

    /**
     * Runs a query parsed once (see {@link SparqlFiles#parsedQuery}) with its variables bound to values, by a syntax
     * transformation of the parsed query: no text is spliced and nothing is parsed again.
     */
    public void select(Query query, Map<String, RDFNode> values, Consumer<QuerySolution> row) {
        Map<Var, Node> bound = new HashMap<>();
        values.forEach((name, value) -> bound.put(Var.alloc(name), value.asNode()));
        connection.querySelect(QueryTransformOps.transform(query, bound), row);
    }

    public void update(ParameterizedSparqlString update) {
        connection.update(UpdateFactory.create(update.toString()));
    }

    /** Runs the operations of one request together (one transaction locally, one HTTP request remotely). */
    public void update(UpdateRequest request) {
        connection.update(request);
    }

    /**
     * Replaces, in one transaction, every triple of the named graph whose subject is {@code subject} or a blank node
     * it points to, by the triples of {@code description}: each property keeps only its new values, whatever the
     * datatype of the old ones. Locally the old triples are removed by subject, as stored: a SPARQL {@code DELETE}
     * removes the values it read back, and TDB2 reads a stored {@code "5"^^xsd:decimal} back as {@code 5.0}, a term
     * it then does not find, so the old value stayed beside the new one. A remote store gets the SPARQL update (the
     * engine writes decimals in the canonical form, which a remote TDB2 gives back as stored).
     */
    public void replaceDescription(String graph, String subject, Model description) {
        Node graphNode = NodeFactory.createURI(graph);
        Node subjectNode = NodeFactory.createURI(subject);
        if (local.isPresent()) {
            DatasetGraph dataset = local.get().dataset();
            SubjectRemoval removal = local.get().removal();
            Txn.executeWrite(dataset, () -> {
                List<Node> blankObjects = Iter.toList(Iter.map(Iter.filter(
                        dataset.find(graphNode, subjectNode, Node.ANY, Node.ANY),
                        quad -> quad.getObject().isBlank()), Quad::getObject));
                blankObjects.forEach(blank -> removal.remove(dataset, graphNode, blank));
                removal.remove(dataset, graphNode, subjectNode);
                description.getGraph().find().forEach(triple -> dataset.add(Quad.create(graphNode, triple)));
            });
            return;
        }
        ParameterizedSparqlString clear = new ParameterizedSparqlString(CLEAR_DESCRIPTION);
        clear.setParam("graph", graphNode);
        clear.setParam("subject", subjectNode);
        UpdateRequest request = UpdateFactory.create(clear.toString());
        QuadDataAcc quads = new QuadDataAcc();
        description.getGraph().find().forEach(triple -> quads.addQuad(Quad.create(graphNode, triple)));
        request.add(new UpdateDataInsert(quads));
        connection.update(request);
    }

    /** A query whose dataset (FROM, FROM NAMED) the caller set on the parsed query. */
    public void select(Query query, Consumer<QuerySolution> row) {
        connection.querySelect(query, row);
    }

    public boolean ask(ParameterizedSparqlString query) {
        return connection.queryAsk(query.asQuery());
    }

    public Model construct(ParameterizedSparqlString query) {
        return connection.queryConstruct(query.asQuery());
    }

    @Override
    public void close() {
        connection.close();
        onClose.run();
    }
}
