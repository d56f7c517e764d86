package org.flourish.pathways.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The graphs every learner shares: ontology, shapes, framework, catalogue, evidence rules and the sample learners'
 * context. On first start each is loaded from the ontology module's classpath resources into its named graph,
 * SHACL-validated; later starts keep what the store holds (uploads included).
 */
public final class SharedGraphs {

    /** Which classpath resource seeds which named graph, and whether it is data the shapes apply to. */
    record Seed(String graph, String resource, boolean validated) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed(Graphs.ONTOLOGY, "/flourish/ontology/flourish.ttl", false),
            new Seed(Graphs.SHAPES, "/flourish/ontology/flourish-shapes.ttl", false),
            new Seed(Graphs.FRAMEWORK, "/flourish/samples/foundations-framework.ttl", true),
            new Seed(Graphs.CATALOGUE, "/flourish/samples/thies-catalogue.ttl", true),
            new Seed(Graphs.EVIDENCE_RULES, "/flourish/samples/thies-evidence-rules.ttl", true),
            new Seed(Graphs.LEARNERS, "/flourish/samples/thies-learners.ttl", true));

    private final RdfStore store;

    public SharedGraphs(RdfStore store) {
        this.store = store;
    }

    /** Loads each absent graph from its resource; returns the named graphs it loaded. */
    public List<String> seedAbsent() {
        List<Seed> absent = SEEDS.stream().filter(seed -> !store.hasGraph(seed.graph())).toList();
        if (absent.isEmpty()) {
            return List.of();
        }
        GraphValidation validation = new GraphValidation(turtleResource("/flourish/ontology/flourish-shapes.ttl"));
        for (Seed seed : absent) {
            Model content = turtleResource(seed.resource());
            store.put(seed.graph(), seed.validated() ? validation.requireConforming(seed.resource(), content) : content);
        }
        return absent.stream().map(Seed::graph).toList();
    }

    /** Parsed from the stream, not opened by URL: a {@code jar:} URL inside a WAR cannot be (STACK pitfall 9). */
    public static Model turtleResource(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = SharedGraphs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }
}
