package org.flourish.pathways.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.flourish.pathways.vocab.Engine;

/**
 * The graphs every learner shares: ontology, shapes, framework, catalogue, evidence rules and the sample learners'
 * context. On first start each is loaded from the ontology module's classpath resources into its named graph,
 * SHACL-validated; later starts keep what the store holds (uploads included).
 *
 * <p>An upload is written to a new named graph in short write transactions (statement intake waits for one step at a
 * time, never for the whole upload), then {@link Graphs#SHARED_VERSIONS} is pointed at it in one small transaction
 * (a reader, or a restart, sees the old graph or the new one, never half of one), then the old graph is dropped in
 * short steps too. A crash before the swap leaves an unused graph behind, never a half-replaced one.
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

    /** How long one write transaction of an upload may last, about: what statement intake may wait. */
    static final Duration UPLOAD_STEP = Duration.ofMillis(50);

    private final RdfStore store;

    public SharedGraphs(RdfStore store) {
        this.store = store;
    }

    /** Loads each absent graph from its resource; returns the named graphs it loaded. */
    public List<String> seedAbsent() {
        List<Seed> absent = SEEDS.stream().filter(seed -> !store.hasGraph(storedIn(seed.graph()))).toList();
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

    /** A copy of the shared graph's current content (empty if absent). */
    public Model read(String graph) {
        return store.graph(storedIn(graph));
    }

    /** The named graph holding the shared graph now: the one an upload last wrote, else the graph's own name. */
    public String storedIn(String graph) {
        return store.graph(Graphs.SHARED_VERSIONS).listObjectsOfProperty(ResourceFactory.createResource(graph),
                Engine.storedIn).nextOptional().map(node -> node.asResource().getURI()).orElse(graph);
    }

    /** Replaces the shared graph's content, holding statement intake back for one short step at a time. */
    public void replace(String graph, Model content) {
        String previous = storedIn(graph);
        String next = graph + ":version:" + UUID.randomUUID();
        store.addInSteps(next, content, UPLOAD_STEP);
        Model versions = store.graph(Graphs.SHARED_VERSIONS);
        Resource shared = versions.createResource(graph);
        versions.removeAll(shared, Engine.storedIn, null).add(shared, Engine.storedIn, versions.createResource(next));
        store.put(Graphs.SHARED_VERSIONS, versions);
        store.dropInSteps(previous, UPLOAD_STEP);
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
