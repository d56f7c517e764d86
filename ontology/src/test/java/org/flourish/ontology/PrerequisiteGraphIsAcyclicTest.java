package org.flourish.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

/**
 * Checks acyclicity independently of the SHACL-SPARQL constraint, by depth-first search in Java, so a mistake in
 * the shape cannot hide a cycle in the sample framework.
 */
class PrerequisiteGraphIsAcyclicTest {

    private enum Visit { IN_PROGRESS, DONE }

    private final Graph framework = ClasspathGraphs.load(ClasspathGraphs.FRAMEWORK);

    @Test
    void theSampleFrameworkHasNoPrerequisiteCycle() {
        Map<Node, List<Node>> requires = requirements(framework);
        Map<Node, Visit> visits = new HashMap<>();
        List<Node> cycles = new ArrayList<>();
        requires.keySet().forEach(competency -> visit(competency, requires, visits, cycles));
        assertEquals(List.of(), cycles);
    }

    @Test
    void theSampleFrameworkHasPrerequisitesOfBothCombinations() {
        List<Node> combinations = SparqlCounts.column(framework,
                "SELECT DISTINCT ?k WHERE { ?g a fl:PrerequisiteGroup ; fl:combination ?k }", "k");
        assertEquals(2, combinations.size());
        assertFalse(requirements(framework).isEmpty());
    }

    private static Map<Node, List<Node>> requirements(Graph graph) {
        Map<Node, List<Node>> requires = new HashMap<>();
        List<Node> competencies = SparqlCounts.column(graph, "SELECT ?c WHERE { ?c a fl:Competency }", "c");
        competencies.forEach(c -> requires.put(c, new ArrayList<>()));
        String edges = "SELECT ?c ?r WHERE { ?c fl:prerequisite/fl:requires ?r }";
        List<Node> from = SparqlCounts.column(graph, edges + " ORDER BY ?c ?r", "c");
        List<Node> to = SparqlCounts.column(graph, edges + " ORDER BY ?c ?r", "r");
        for (int i = 0; i < from.size(); i++) {
            requires.computeIfAbsent(from.get(i), k -> new ArrayList<>()).add(to.get(i));
        }
        return requires;
    }

    private static void visit(Node competency, Map<Node, List<Node>> requires, Map<Node, Visit> visits,
            List<Node> cycles) {
        Visit state = visits.get(competency);
        if (state == Visit.DONE) {
            return;
        }
        if (state == Visit.IN_PROGRESS) {
            cycles.add(competency);
            return;
        }
        visits.put(competency, Visit.IN_PROGRESS);
        requires.getOrDefault(competency, List.of()).forEach(next -> visit(next, requires, visits, cycles));
        visits.put(competency, Visit.DONE);
    }
}
