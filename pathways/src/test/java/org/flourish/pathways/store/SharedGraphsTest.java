package org.flourish.pathways.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.vocab.FL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedGraphsTest {

    @Test
    void firstStartLoadsEverySampleIntoItsGraphAndTheNextStartKeepsThemInTdb2(@TempDir Path directory) {
        try (RdfStore store = RdfStore.tdb2(directory)) {
            assertEquals(SharedGraphs.SEEDS.stream().map(SharedGraphs.Seed::graph).toList(),
                    new SharedGraphs(store).seedAbsent());
        }
        try (RdfStore reopened = RdfStore.tdb2(directory)) {
            assertEquals(List.of(), new SharedGraphs(reopened).seedAbsent());
            assertTrue(reopened.graph(Graphs.CATALOGUE).listResourcesWithProperty(RDF.type, FL.LearningOpportunity)
                    .toList().size() >= 300);
        }
    }

    @Test
    void learnerGraphNamesRoundTripTheirKey() {
        String key = "account:https://school.example/a b|Ada";
        assertEquals(key, Graphs.learnerKeyOf(Graphs.ofLearner(key)).orElseThrow());
        assertFalse(Graphs.learnerKeyOf(Graphs.CATALOGUE).isPresent());
    }

    @Test
    void opportunityWithoutProviderIsRefusedWithItsNodeNamed() {
        GraphValidation validation = new GraphValidation(SharedGraphs.turtleResource(
                "/flourish/ontology/flourish-shapes.ttl"));
        Model broken = ModelFactory.createDefaultModel();
        Resource opportunity = broken.createResource("https://example.org/opportunity/nowhere")
                .addProperty(RDF.type, FL.LearningOpportunity);
        InvalidGraphException refused = assertThrows(InvalidGraphException.class,
                () -> validation.requireConforming("upload", broken));
        assertTrue(refused.problems().stream().anyMatch(p -> p.contains(opportunity.getURI())), refused.problems()::toString);
    }
}
