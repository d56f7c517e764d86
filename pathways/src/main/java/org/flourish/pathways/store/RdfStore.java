package org.flourish.pathways.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The engine's RDF store, local (TDB2 directory) or remote (a SPARQL 1.1 endpoint with the Graph Store Protocol),
 * through one {@link RDFConnection}. Queries and updates come as {@link ParameterizedSparqlString}s from
 * {@link SparqlFiles}, with every value bound, never spliced.
 */
public final class RdfStore implements AutoCloseable {

    private static final Query GRAPH_EXISTS = SparqlFiles.parsedQuery("graph-exists.rq");

    private final RDFConnection connection;
    private final Runnable onClose;
    private final Runnable compaction;

    private RdfStore(RDFConnection connection, Runnable onClose, Runnable compaction) {
        this.connection = connection;
        this.onClose = onClose;
        this.compaction = compaction;
    }

    /** A TDB2 dataset in this directory, created if absent. One process at a time may open it. */
    public static RdfStore tdb2(Path directory) {
        Dataset dataset = TDB2Factory.connectDataset(directory.toString());
        return new RdfStore(RDFConnection.connect(dataset, Isolation.COPY), dataset::close,
                () -> DatabaseMgr.compact(dataset.asDatasetGraph(), true));
    }

    /** An in-memory transactional dataset, for tests and demonstrations. */
    public static RdfStore inMemory() {
        return new RdfStore(RDFConnection.connect(DatasetFactory.createTxnMem(), Isolation.COPY), () -> { },
                () -> { });
    }

    /** A remote store such as Fuseki: {@code url} is the dataset's base, e.g. {@code http://localhost:3030/flourish}. */
    public static RdfStore remote(String url) {
        return new RdfStore(RDFConnection.connect(url), () -> { }, () -> { });
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

    /** Replaces the named graph's content. */
    public void put(String graph, Model content) {
        connection.put(graph, content);
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
