package org.flourish.pathways.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.flourish.pathways.store.GraphLearnerLinks;
import org.flourish.pathways.store.Graphs;
import org.flourish.pathways.store.InvalidGraphException;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.store.RdfStore;
import org.flourish.pathways.store.SharedGraphs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uploads replace a shared graph only when it conforms and still fits the other graphs. */
class CatalogueUploadsTest {

    private static final RdfStore STORE = RdfStore.inMemory();
    private final List<SharedKnowledge> published = new ArrayList<>();
    private final CatalogueUploads uploads = new CatalogueUploads(STORE, published::add,
            new LearnerStates(new LearnerRecords(STORE), new GraphLearnerLinks(STORE),
                    () -> published.get(published.size() - 1)));

    @BeforeAll
    static void seed() {
        new SharedGraphs(STORE).seedAbsent();
    }

    private static Model fixture(String name, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = CatalogueUploadsTest.class.getResourceAsStream("/org/flourish/pathways/uploads/" + name)) {
            RDFParser.source(in).lang(lang).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    @Test
    void catalogueWithoutAProviderIsRefusedAndTheStoredOneKept() {
        long before = new SharedGraphs(STORE).read(Graphs.CATALOGUE).size();
        InvalidGraphException refused = assertThrows(InvalidGraphException.class, () -> uploads.replace(
                Graphs.CATALOGUE, fixture("catalogue-without-provider.ttl", Lang.TURTLE)));
        assertTrue(refused.problems().stream().anyMatch(p -> p.contains("https://example.org/o/lonely")),
                refused.problems()::toString);
        assertEquals(before, new SharedGraphs(STORE).read(Graphs.CATALOGUE).size());
        assertTrue(published.isEmpty());
    }

    @Test
    void conformingJsonLdCatalogueReplacesTheCatalogueAndIsPublished() {
        Model previous = new SharedGraphs(STORE).read(Graphs.CATALOGUE);
        try {
            uploads.replace(Graphs.CATALOGUE, fixture("one-opportunity.jsonld", Lang.JSONLD));
            assertEquals(1, published.size());
            assertEquals(1, published.get(0).catalogue().size());
            assertEquals("Evening reading circle", published.get(0).catalogue().get(0).title());
        } finally {
            new SharedGraphs(STORE).replace(Graphs.CATALOGUE, previous);
        }
    }

    @Test
    void onlyFrameworkCatalogueAndEvidenceRulesCanBeUploaded() {
        assertEquals(Graphs.FRAMEWORK, CatalogueUploads.graphNamed("framework").orElseThrow());
        assertTrue(CatalogueUploads.graphNamed("learners").isEmpty());
        assertTrue(CatalogueUploads.graphNamed("ontology").isEmpty());
    }
}
