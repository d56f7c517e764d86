package org.flourish.pathways.recommend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.flourish.pathways.model.LearnerMastery;

/**
 * The {@link Frontier} as one SPARQL query ({@code sparql/frontier.rq}) over a dataset whose default graph holds
 * the framework and whose named graph {@code ?learnerGraph} holds the learner's {@code fl:masteryMean} triples.
 * The threshold and the learner graph are bound by substitution, never spliced into the query text.
 */
public final class SparqlFrontier implements Frontier {

    static final String QUERY_RESOURCE = "/org/flourish/pathways/sparql/frontier.rq";
    private static final Query QUERY = QueryFactory.create(readQuery());
    private static final Resource TRANSIENT_LEARNER_GRAPH = ResourceFactory.createResource("urn:x-flourish:learner");

    private final Model framework;
    private final MasteryThreshold threshold;

    public SparqlFrontier(Model framework, MasteryThreshold threshold) {
        this.framework = framework;
        this.threshold = threshold;
    }

    /** Builds a transient dataset of the framework (shared, not copied) and the learner's mastery triples. */
    @Override
    public SortedSet<String> readyToLearn(LearnerMastery mastery) {
        Dataset dataset = DatasetFactory.create(framework);
        dataset.addNamedModel(TRANSIENT_LEARNER_GRAPH, MasteryTriples.of(mastery));
        return readyToLearn(dataset, TRANSIENT_LEARNER_GRAPH, threshold);
    }

    /** Runs the frontier query on a dataset that already holds the learner's mastery in {@code learnerGraph}. */
    public static SortedSet<String> readyToLearn(Dataset dataset, Resource learnerGraph, MasteryThreshold threshold) {
        SortedSet<String> frontier = new TreeSet<>();
        try (QueryExecution execution = QueryExecution.dataset(dataset)
                .query(QUERY)
                .substitution("learnerGraph", learnerGraph)
                .substitution("threshold", ResourceFactory.createTypedLiteral(threshold.value()))
                .build()) {
            execution.execSelect().forEachRemaining(row -> frontier.add(row.getResource("competency").getURI()));
        }
        return frontier;
    }

    private static String readQuery() {
        try (InputStream in = SparqlFrontier.class.getResourceAsStream(QUERY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + QUERY_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
