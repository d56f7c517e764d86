package org.flourish.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

/** The sample data is big and varied enough to exercise the pathway engine (sizes asked for in the issue). */
class SampleCountsTest {

    private final Graph framework = ClasspathGraphs.load(ClasspathGraphs.FRAMEWORK);
    private final Graph catalogue = ClasspathGraphs.load(ClasspathGraphs.CATALOGUE);

    @Test
    void theFrameworkHasAtLeast150Competencies() {
        long competencies = SparqlRows.count(framework,
                "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a fl:Competency }");
        assertTrue(competencies >= 150, "only " + competencies + " competencies");
    }

    @Test
    void everyCompetencyIsLabelledInEachLanguageTheEngineSpeaks() {
        List<Node> unlabelled = SparqlRows.column(framework, """
                SELECT ?c WHERE {
                  ?c a fl:Competency .
                  VALUES ?lang { "en" "fr" "es" "pt" "ar" }
                  FILTER NOT EXISTS { ?c skos:prefLabel ?label FILTER (lang(?label) = ?lang) }
                }""", "c");
        assertEquals(List.of(), unlabelled);
    }

    @Test
    void everyHolisticDomainIsLabelledInEachLanguageTheEngineSpeaks() {
        Graph vocabulary = ClasspathGraphs.load(ClasspathGraphs.VOCABULARY);
        List<Node> unlabelled = SparqlRows.column(vocabulary, """
                SELECT ?d WHERE {
                  ?d a fl:Domain .
                  VALUES ?lang { "en" "fr" "es" "pt" "ar" }
                  FILTER NOT EXISTS { ?d skos:prefLabel ?label FILTER (lang(?label) = ?lang) }
                }""", "d");
        assertEquals(List.of(), unlabelled);
    }

    @Test
    void theFrameworkCoversEveryHolisticDomain() {
        long domains = SparqlRows.count(framework,
                "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?c a fl:Competency ; fl:domain ?d }");
        assertEquals(9, domains);
    }

    @Test
    void theCatalogueHasAtLeast300Opportunities() {
        long opportunities = SparqlRows.count(catalogue,
                "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a fl:LearningOpportunity }");
        assertTrue(opportunities >= 300, "only " + opportunities + " opportunities");
    }

    @Test
    void theCatalogueHasAtLeastEightProvidersOfAtLeastFiveKinds() {
        long providers = SparqlRows.count(catalogue,
                "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?o fl:offeredBy ?p }");
        long kinds = SparqlRows.count(catalogue,
                "SELECT (COUNT(DISTINCT ?k) AS ?n) WHERE { ?o fl:offeredBy ?p . ?p fl:providerKind ?k }");
        assertTrue(providers >= 8, "only " + providers + " providers offer something");
        assertTrue(kinds >= 5, "only " + kinds + " kinds of provider");
    }

    @Test
    void theCatalogueIsTaughtInAtLeastThreeLanguages() {
        Set<String> languages = SparqlRows.column(catalogue,
                        "SELECT DISTINCT ?lang WHERE { ?o schema:inLanguage ?lang }", "lang").stream()
                .map(Node::getLiteralLexicalForm)
                .collect(Collectors.toSet());
        assertTrue(languages.size() >= 3, "only " + languages);
    }

    @Test
    void everyOpportunityDevelopsOneToFourCompetencies() {
        List<Node> outOfRange = SparqlRows.column(catalogue, """
                SELECT ?o WHERE {
                  { SELECT ?o (COUNT(?c) AS ?n) WHERE { ?o a fl:LearningOpportunity . OPTIONAL { ?o fl:develops ?c } }
                    GROUP BY ?o }
                  FILTER (?n < 1 || ?n > 4)
                }""", "o");
        assertEquals(List.of(), outOfRange);
    }

    @Test
    void mostOpportunitiesAreFree() {
        long all = SparqlRows.count(catalogue,
                "SELECT (COUNT(?o) AS ?n) WHERE { ?o a fl:LearningOpportunity }");
        long free = SparqlRows.count(catalogue,
                "SELECT (COUNT(?o) AS ?n) WHERE { ?o fl:costPerMonth ?cost FILTER (?cost = 0) }");
        assertTrue(free * 2 > all, free + " of " + all + " are free");
    }

    @Test
    void everyModalityIsOffered() {
        long modalities = SparqlRows.count(catalogue,
                "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?o fl:modality ?m }");
        assertEquals(5, modalities);
    }
}
