package org.flourish.pathways.testing;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.framework.Combination;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.vocab.FL;

/** Writes an in-memory prerequisite graph as framework triples, the way the ontology module models them. */
public final class FrameworkTriples {

    private FrameworkTriples() {
    }

    public static Model of(PrerequisiteGraph graph) {
        Model model = ModelFactory.createDefaultModel();
        for (String iri : graph.competencies()) {
            Resource competency = model.createResource(iri, FL.Competency);
            graph.domainOf(iri).ifPresent(domain -> competency.addProperty(FL.domain, model.createResource(domain)));
            for (PrerequisiteGroup group : graph.prerequisitesOf(iri)) {
                competency.addProperty(FL.prerequisite, groupResource(model, group));
            }
        }
        return model;
    }

    private static Resource groupResource(Model model, PrerequisiteGroup group) {
        Resource resource = model.createResource()
                .addProperty(RDF.type, FL.PrerequisiteGroup)
                .addProperty(FL.combination, group.combination() == Combination.ALL_OF ? FL.AllOf : FL.AnyOf)
                .addLiteral(FL.minMastery, model.createTypedLiteral(
                        BigDecimal.valueOf(group.minMastery()).toPlainString(), XSDDatatype.XSDdecimal));
        group.required().forEach(required -> resource.addProperty(FL.requires, model.createResource(required)));
        return resource;
    }
}
