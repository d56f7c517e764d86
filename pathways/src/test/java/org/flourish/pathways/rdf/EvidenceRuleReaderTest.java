package org.flourish.pathways.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.learner.EvidenceRule;
import org.flourish.pathways.model.EvidenceKind;
import org.flourish.pathways.testing.Fixtures;
import org.flourish.pathways.vocab.FL;
import org.junit.jupiter.api.Test;

class EvidenceRuleReaderTest {

    @Test
    void rulesAreReadInCompetencyOrderWithTheirKindAndWeight() {
        assertEquals(List.of(
                EvidenceRule.forActivityType(Fixtures.ATTENDED, "http://id.tincanapi.com/activitytype/radio-lesson",
                        Fixtures.ex("counting"), 1.0, EvidenceKind.PARTICIPATION),
                EvidenceRule.forActivity(Fixtures.COMPLETED, Fixtures.QUIZ, Fixtures.ex("letters"), 2.0,
                        EvidenceKind.ASSESSED)),
                EvidenceRuleReader.read(Fixtures.thiesCatalogue()));
    }

    @Test
    void ruleWithoutEvidenceKindIsRejected() {
        Model model = Fixtures.thiesCatalogue();
        Resource rule = model.listResourcesWithProperty(RDF.type, FL.EvidenceRule).next();
        rule.removeAll(FL.evidenceKind);
        assertThrows(IllegalArgumentException.class, () -> EvidenceRuleReader.read(model));
    }

    @Test
    void ruleNamingNeitherActivityNorTypeIsRejected() {
        Model model = Fixtures.thiesCatalogue();
        model.listResourcesWithProperty(RDF.type, FL.EvidenceRule).toList()
                .forEach(rule -> rule.removeAll(FL.activity).removeAll(FL.activityType));
        assertThrows(IllegalArgumentException.class, () -> EvidenceRuleReader.read(model));
    }
}
