package org.flourish.pathways.simulate;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.flourish.pathways.vocab.FL;

/**
 * The evidence rules of the simulated catalogue, written as the samples write theirs: attending an opportunity is
 * participation in each competency it develops (weight 0.1); an assessment of a competency (an activity of its
 * assessment type, passed or failed, with a scaled score) is assessed evidence (weight 0.8). Observations need no
 * rule here: the engine makes every competency observable itself.
 */
final class EvidenceRulesRdf {

    private EvidenceRulesRdf() {
    }

    static Model write(List<SimOpportunity> opportunities, List<String> competencies) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("fl", FL.NS);
        for (SimOpportunity opportunity : opportunities) {
            opportunity.offer().develops().stream().sorted().forEach(competency -> rule(model, Vocabulary.ATTENDED,
                    FL.activity, opportunity.activity(), competency, FL.Participation, "0.10"));
        }
        for (String competency : competencies) {
            for (String verb : List.of(Vocabulary.PASSED, Vocabulary.FAILED)) {
                rule(model, verb, FL.activityType, Vocabulary.assessmentType(competency), competency, FL.Assessed,
                        "0.80");
            }
        }
        return model;
    }

    private static void rule(Model model, String verb, org.apache.jena.rdf.model.Property by, String object,
                             String competency, Resource kind, String weight) {
        model.createResource(FL.EvidenceRule)
                .addProperty(FL.verb, model.createResource(verb))
                .addProperty(by, model.createResource(object))
                .addProperty(FL.evidenceOf, model.createResource(competency))
                .addProperty(FL.evidenceKind, kind)
                .addLiteral(FL.weight, model.createTypedLiteral(weight, XSDDatatype.XSDdecimal));
    }
}
