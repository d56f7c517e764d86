package org.flourish.pathways.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.rdf.FrameworkReader;
import org.flourish.pathways.store.SharedGraphs;

/**
 * The ontology module's sample framework (Foundations for Life, 176 competencies) as a second curriculum. Its level
 * is its depth in the prerequisite graph; its strand is its domain, in notation order (LIT-01, LIT-02, ...).
 */
final class SampleCurriculum {

    static final String RESOURCE = "/flourish/samples/foundations-framework.ttl";

    private SampleCurriculum() {
    }

    static Curriculum load() {
        Model rdf = SharedGraphs.turtleResource(RESOURCE);
        PrerequisiteGraph graph = FrameworkReader.read(rdf);
        Map<String, Integer> levels = new HashMap<>();
        graph.competencies().forEach(competency -> depth(graph, competency, levels));
        List<String> ordered = new ArrayList<>(graph.competencies());
        ordered.sort(Comparator.comparing((String c) -> levels.get(c)).thenComparing(Comparator.naturalOrder()));
        List<String> byNotation = new ArrayList<>(graph.competencies());
        byNotation.sort(Comparator.naturalOrder());
        Map<String, String> next = new HashMap<>();
        for (int i = 0; i + 1 < byNotation.size(); i++) {
            String here = byNotation.get(i);
            String after = byNotation.get(i + 1);
            if (graph.domainOf(here).equals(graph.domainOf(after))) {
                next.put(here, after);
            }
        }
        return new Curriculum("sample framework (Foundations for Life, " + ordered.size() + " competencies)",
                ordered, graph, graph, levels, next, rdf);
    }

    private static int depth(PrerequisiteGraph graph, String competency, Map<String, Integer> levels) {
        Integer known = levels.get(competency);
        if (known != null) {
            return known;
        }
        levels.put(competency, 1); // a cycle, which the shapes refuse, would stop here
        int depth = 1;
        for (PrerequisiteGroup group : graph.prerequisitesOf(competency)) {
            for (String required : group.required()) {
                depth = Math.max(depth, depth(graph, required, levels) + 1);
            }
        }
        levels.put(competency, depth);
        return depth;
    }
}
