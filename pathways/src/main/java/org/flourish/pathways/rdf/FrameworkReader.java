package org.flourish.pathways.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.framework.Combination;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.vocab.FL;

/**
 * Reads the prerequisite graph of the {@code fl:Competency} resources in an RDF model. A group without a
 * combination or a minimum mastery is rejected, not guessed.
 */
public final class FrameworkReader {

    private FrameworkReader() {
    }

    public static PrerequisiteGraph read(Model framework) {
        Set<String> competencies = new HashSet<>();
        Map<String, String> domains = new HashMap<>();
        Map<String, List<PrerequisiteGroup>> prerequisites = new HashMap<>();
        framework.listResourcesWithProperty(RDF.type, FL.Competency).forEach(competency -> {
            String iri = Properties.iri(competency);
            competencies.add(iri);
            Properties.optionalIri(competency, FL.domain).ifPresent(domain -> domains.put(iri, domain));
            List<PrerequisiteGroup> groups = new ArrayList<>();
            competency.listProperties(FL.prerequisite)
                    .forEach(group -> groups.add(readGroup(group.getObject().asResource())));
            if (!groups.isEmpty()) {
                prerequisites.put(iri, groups);
            }
        });
        return new PrerequisiteGraph(competencies, domains, prerequisites);
    }

    private static PrerequisiteGroup readGroup(Resource group) {
        Set<String> required = new HashSet<>();
        group.listProperties(FL.requires).forEach(requires -> required.add(Properties.iri(requires.getObject())));
        return new PrerequisiteGroup(combinationOf(group), required,
                Properties.requiredLiteral(group, FL.minMastery).getDouble());
    }

    private static Combination combinationOf(Resource group) {
        RDFNode combination = Properties.required(group, FL.combination);
        if (combination.equals(FL.AllOf)) {
            return Combination.ALL_OF;
        }
        if (combination.equals(FL.AnyOf)) {
            return Combination.ANY_OF;
        }
        throw new IllegalArgumentException("unknown combination " + combination + " on a prerequisite group");
    }
}
