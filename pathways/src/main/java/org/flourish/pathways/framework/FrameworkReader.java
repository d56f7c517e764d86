package org.flourish.pathways.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
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
            String iri = iriOf(competency);
            competencies.add(iri);
            Statement domain = competency.getProperty(FL.domain);
            if (domain != null) {
                domains.put(iri, iriOf(domain.getObject()));
            }
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
        group.listProperties(FL.requires).forEach(requires -> required.add(iriOf(requires.getObject())));
        return new PrerequisiteGroup(combinationOf(group), required, minMasteryOf(group));
    }

    private static Combination combinationOf(Resource group) {
        Statement combination = requiredProperty(group, FL.combination.getLocalName(), group.getProperty(FL.combination));
        if (combination.getObject().equals(FL.AllOf)) {
            return Combination.ALL_OF;
        }
        if (combination.getObject().equals(FL.AnyOf)) {
            return Combination.ANY_OF;
        }
        throw new IllegalArgumentException("unknown combination " + combination.getObject() + " on " + group);
    }

    private static double minMasteryOf(Resource group) {
        return requiredProperty(group, FL.minMastery.getLocalName(), group.getProperty(FL.minMastery)).getDouble();
    }

    private static Statement requiredProperty(Resource group, String name, Statement statement) {
        if (statement == null) {
            throw new IllegalArgumentException("prerequisite group " + group + " has no fl:" + name);
        }
        return statement;
    }

    private static String iriOf(RDFNode node) {
        if (!node.isURIResource()) {
            throw new IllegalArgumentException("expected an IRI, found " + node);
        }
        return node.asResource().getURI();
    }
}
