package org.flourish.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

/**
 * Checks acyclicity independently of the SHACL-SPARQL constraint, by depth-first search over the graph, so a
 * mistake in the shape cannot hide a cycle in the sample framework.
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
    void theSearchFindsACycleWhenThereIsOne() {
        Graph cyclic = ClasspathGraphs.load("broken/prerequisite-cycle.ttl");
        Map<Node, List<Node>> requires = requirements(cyclic);
        Map<Node, Visit> visits = new HashMap<>();
        List<Node> cycles = new ArrayList<>();
        requires.keySet().forEach(competency -> visit(competency, requires, visits, cycles));
        assertFalse(cycles.isEmpty(), "the fixture's cycle was not found");
    }

    @Test
    void theSampleFrameworkHasPrerequisitesOfBothCombinations() {
        List<Node> combinations = SparqlRows.column(framework,
                "SELECT DISTINCT ?k WHERE { ?g a fl:PrerequisiteGroup ; fl:combination ?k }", "k");
        assertEquals(2, combinations.size());
        long withPrerequisites = requirements(framework).values().stream().filter(r -> !r.isEmpty()).count();
        assertTrue(withPrerequisites > 100, "only " + withPrerequisites + " competencies have prerequisites");
    }

    private static Map<Node, List<Node>> requirements(Graph graph) {
        Map<Node, List<Node>> requires = new HashMap<>();
        graph.find(Node.ANY, FL.prerequisite, Node.ANY).forEach(link -> {
            List<Node> required = requires.computeIfAbsent(link.getSubject(), k -> new ArrayList<>());
            graph.find(link.getObject(), FL.requires, Node.ANY).mapWith(Triple::getObject).forEach(required::add);
        });
        return requires;
    }

    private static void visit(Node competency, Map<Node, List<Node>> requires, Map<Node, Visit> visits,
            List<Node> cycles) {
        Visit state = visits.get(competency);
        if (state == Visit.DONE) {
            return;
        }
        if (state == Visit.IN_PROGRESS) {
            // Reached again while its own requirements are being explored: a back edge, so a cycle.
            cycles.add(competency);
            return;
        }
        visits.put(competency, Visit.IN_PROGRESS);
        requires.getOrDefault(competency, List.of()).forEach(next -> visit(next, requires, visits, cycles));
        visits.put(competency, Visit.DONE);
    }
}
