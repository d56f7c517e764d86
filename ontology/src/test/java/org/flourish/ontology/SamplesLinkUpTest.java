package org.flourish.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

/**
 * What the shapes cannot see in one file: the catalogue and the evidence rules name competencies of the framework,
 * the rules name the catalogue's activity ids, and learners' goals name competencies.
 */
class SamplesLinkUpTest {

    private final Graph samples = ClasspathGraphs.union(ClasspathGraphs.SAMPLES);

    @Test
    void everyDevelopedCompetencyIsInTheFramework() {
        assertEquals(List.of(), unknown("SELECT DISTINCT ?x WHERE { ?o fl:develops ?x FILTER NOT EXISTS { ?x a fl:Competency } }"));
    }

    @Test
    void everyRequiredCompetencyIsInTheFramework() {
        assertEquals(List.of(), unknown("SELECT DISTINCT ?x WHERE { ?g fl:requires ?x FILTER NOT EXISTS { ?x a fl:Competency } }"));
    }

    @Test
    void everyEvidenceRuleIsEvidenceOfAFrameworkCompetency() {
        assertEquals(List.of(), unknown("SELECT DISTINCT ?x WHERE { ?r fl:evidenceOf ?x FILTER NOT EXISTS { ?x a fl:Competency } }"));
    }

    @Test
    void everyLearnersGoalTargetsAFrameworkCompetency() {
        assertEquals(List.of(), unknown("SELECT DISTINCT ?x WHERE { ?g fl:targetCompetency ?x FILTER NOT EXISTS { ?x a fl:Competency } }"));
    }

    @Test
    void everyEvidenceRuleActivityIsAnOpportunitysActivityId() {
        assertEquals(List.of(), unknown("SELECT DISTINCT ?x WHERE { ?r fl:activity ?x FILTER NOT EXISTS { ?o fl:activityId ?x } }"));
    }

    @Test
    void everyDevelopedCompetencyOfAnOpportunityHasAnEvidenceRule() {
        assertEquals(List.of(), unknown("""
                SELECT DISTINCT ?o WHERE {
                  ?o fl:develops ?c ; fl:activityId ?a .
                  FILTER NOT EXISTS { ?r fl:activity ?a ; fl:evidenceOf ?c }
                }"""));
    }

    private List<Node> unknown(String select) {
        String variable = select.contains("?x") ? "x" : "o";
        return SparqlRows.column(samples, select, variable);
    }
}
