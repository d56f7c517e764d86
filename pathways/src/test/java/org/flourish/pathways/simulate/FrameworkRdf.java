package org.flourish.pathways.simulate;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.flourish.pathways.framework.Combination;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.vocab.FL;

/** Writes a prerequisite graph as a Flourish framework that passes the SHACL shapes (labels in en, fr and es). */
final class FrameworkRdf {

    private FrameworkRdf() {
    }

    static Model write(String frameworkIri, String title, List<String> competencies, PrerequisiteGraph graph) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("fl", FL.NS);
        model.setNsPrefix("skos", SKOS.uri);
        Resource framework = model.createResource(frameworkIri, FL.Framework);
        labels(model, framework, title);
        for (String iri : competencies) {
            String code = Vocabulary.code(iri);
            Resource competency = model.createResource(iri, FL.Competency)
                    .addProperty(SKOS.inScheme, framework)
                    .addProperty(SKOS.notation, code);
            labels(model, competency, "competency " + code);
            graph.domainOf(iri).ifPresent(domain -> competency.addProperty(FL.domain, model.createResource(domain)));
            for (PrerequisiteGroup group : graph.prerequisitesOf(iri)) {
                Resource node = model.createResource().addProperty(RDF.type, FL.PrerequisiteGroup)
                        .addProperty(FL.combination, group.combination() == Combination.ALL_OF ? FL.AllOf : FL.AnyOf)
                        .addLiteral(FL.minMastery, model.createTypedLiteral(
                                BigDecimal.valueOf(group.minMastery()).toPlainString(), XSDDatatype.XSDdecimal));
                group.required().stream().sorted(Comparator.naturalOrder())
                        .forEach(required -> node.addProperty(FL.requires, model.createResource(required)));
                competency.addProperty(FL.prerequisite, node);
            }
        }
        return model;
    }

    private static void labels(Model model, Resource subject, String text) {
        subject.addProperty(SKOS.prefLabel, model.createLiteral("Simulated " + text, "en"))
                .addProperty(SKOS.prefLabel, model.createLiteral(text + " (simulée)", "fr"))
                .addProperty(SKOS.prefLabel, model.createLiteral(text + " (simulada)", "es"));
    }
}
