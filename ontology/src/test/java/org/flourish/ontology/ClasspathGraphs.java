package org.flourish.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads the Turtle files this module ships, the way the pathway engine does: from the classpath stream, because
 * {@code RDFDataMgr.loadGraph} cannot open {@code jar:} URLs inside a WAR.
 */
final class ClasspathGraphs {

    static final String VOCABULARY = "flourish/ontology/flourish.ttl";
    static final String SHAPES = "flourish/ontology/flourish-shapes.ttl";
    static final String FRAMEWORK = "flourish/samples/foundations-framework.ttl";
    static final String CATALOGUE = "flourish/samples/thies-catalogue.ttl";
    static final String EVIDENCE_RULES = "flourish/samples/thies-evidence-rules.ttl";
    static final String LEARNERS = "flourish/samples/thies-learners.ttl";

    static final List<String> SAMPLES = List.of(FRAMEWORK, CATALOGUE, EVIDENCE_RULES, LEARNERS);
    static final List<String> SHIPPED = List.of(VOCABULARY, SHAPES, FRAMEWORK, CATALOGUE, EVIDENCE_RULES, LEARNERS);

    private ClasspathGraphs() {
    }

    static Graph load(String resource) {
        try (InputStream in = ClasspathGraphs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No such classpath resource: " + resource);
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Graph union(List<String> resources) {
        Graph graph = GraphFactory.createDefaultGraph();
        resources.forEach(resource -> load(resource).find().forEach(graph::add));
        return graph;
    }
}
