package org.flourish.pathways.simulate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.framework.PrerequisiteGraph;

/**
 * A curriculum as the simulated world knows it ({@code truth}: how learning really depends on prerequisites) and as
 * the framework given to the engine states it ({@code stated}, written as {@code rdf}); the two differ only in the
 * robustness runs that perturb prerequisite edges.
 *
 * @param competencies every competency IRI in curriculum order (level, then strand): the order a course lists them
 * @param levels       each competency's level in its strand, from 1
 * @param nextSibling  the next level of the same strand, where there is one
 */
record Curriculum(String name, List<String> competencies, PrerequisiteGraph truth, PrerequisiteGraph stated,
                  Map<String, Integer> levels, Map<String, String> nextSibling, Model rdf) {

    Curriculum {
        competencies = List.copyOf(competencies);
        levels = Map.copyOf(levels);
        nextSibling = Map.copyOf(nextSibling);
    }

    int level(String competency) {
        return levels.getOrDefault(competency, 1);
    }

    Optional<String> next(String competency) {
        return Optional.ofNullable(nextSibling.get(competency));
    }

    String domainOf(String competency) {
        return truth.domainOf(competency).orElse("");
    }

    /** The same curriculum with the engine told another prerequisite graph. */
    Curriculum stating(PrerequisiteGraph otherStated, Model otherRdf) {
        return new Curriculum(name, competencies, truth, otherStated, levels, nextSibling, otherRdf);
    }
}
