package org.flourish.pathways.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.framework.Combination;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.testing.Fixtures;
import org.flourish.pathways.vocab.FL;
import org.junit.jupiter.api.Test;

class FrameworkReaderTest {

    private final PrerequisiteGraph graph = FrameworkReader.read(Fixtures.literacyFramework());

    @Test
    void everyCompetencyOfTheFrameworkIsRead() {
        assertEquals(8, graph.competencies().size());
        assertTrue(graph.competencies().contains(Fixtures.ex("measuring")));
    }

    @Test
    void domainOfACompetencyIsRead() {
        assertEquals(Optional.of(Fixtures.ex("numeracy")), graph.domainOf(Fixtures.ex("addition")));
    }

    @Test
    void allOfGroupIsReadWithItsRequirementsAndMinimum() {
        assertEquals(List.of(new PrerequisiteGroup(Combination.ALL_OF,
                        Set.of(Fixtures.ex("letters"), Fixtures.ex("syllables")), 0.7)),
                graph.prerequisitesOf(Fixtures.ex("words")));
    }

    @Test
    void competencyWithTwoGroupsKeepsBoth() {
        assertEquals(Set.of(Combination.ALL_OF, Combination.ANY_OF), Set.copyOf(
                graph.prerequisitesOf(Fixtures.ex("measuring")).stream().map(PrerequisiteGroup::combination).toList()));
    }

    @Test
    void competencyWithoutPrerequisitesHasNoGroups() {
        assertTrue(graph.prerequisitesOf(Fixtures.ex("letters")).isEmpty());
    }

    @Test
    void groupWithoutMinimumMasteryIsRejected() {
        Model framework = Fixtures.literacyFramework();
        Resource group = framework.getResource(Fixtures.ex("addition")).getPropertyResourceValue(FL.prerequisite);
        group.removeAll(FL.minMastery);
        assertThrows(IllegalArgumentException.class, () -> FrameworkReader.read(framework));
    }

    @Test
    void groupWithAnUnknownCombinationIsRejected() {
        Model framework = Fixtures.literacyFramework();
        Resource group = framework.getResource(Fixtures.ex("addition")).getPropertyResourceValue(FL.prerequisite);
        group.removeAll(FL.combination).addProperty(FL.combination, RDF.nil);
        assertThrows(IllegalArgumentException.class, () -> FrameworkReader.read(framework));
    }
}
