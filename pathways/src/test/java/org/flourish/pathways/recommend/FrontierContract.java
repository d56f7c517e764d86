package org.flourish.pathways.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Cases every {@link Frontier} must pass, on the literacy framework fixture; one subclass per implementation. */
abstract class FrontierContract {

    abstract Frontier frontierOf(Model framework, MasteryThreshold threshold);

    private SortedSet<String> frontierFor(Map<String, Double> means) {
        return frontierOf(Fixtures.literacyFramework(), MasteryThreshold.DEFAULT)
                .readyToLearn(Fixtures.masteryOf(means));
    }

    private static SortedSet<String> competencies(String... localNames) {
        SortedSet<String> iris = new TreeSet<>();
        for (String localName : localNames) {
            iris.add(Fixtures.ex(localName));
        }
        return iris;
    }

    @Test
    void learnerWithoutEvidenceIsReadyForTheCompetenciesWithoutPrerequisites() {
        assertEquals(competencies("counting", "letters", "oralStories"),
                frontierOf(Fixtures.literacyFramework(), MasteryThreshold.DEFAULT)
                        .readyToLearn(LearnerMastery.empty(Fixtures.LEARNER)));
    }

    @Test
    void masteringAPrerequisiteOpensTheNextCompetencyAndClosesItself() {
        assertEquals(competencies("counting", "oralStories", "syllables"), frontierFor(Map.of("letters", 0.9)));
    }

    @Test
    void meanExactlyAtTheMinimumMeetsTheGroup() {
        assertEquals(competencies("counting", "oralStories", "syllables"), frontierFor(Map.of("letters", 0.8)));
    }

    @Test
    void meanJustBelowTheMinimumDoesNotMeetTheGroup() {
        assertEquals(competencies("counting", "letters", "oralStories"), frontierFor(Map.of("letters", 0.79)));
    }

    @Test
    void allOfGroupNeedsEveryRequiredCompetency() {
        assertEquals(competencies("counting", "oralStories", "syllables"),
                frontierFor(Map.of("letters", 0.9, "syllables", 0.6)));
        assertEquals(competencies("counting", "oralStories", "syllables", "words"),
                frontierFor(Map.of("letters", 0.9, "syllables", 0.7)));
    }

    @Test
    void anyOfGroupIsMetByOneRequiredCompetency() {
        assertEquals(competencies("counting", "letters", "oralStories", "storytelling"),
                frontierFor(Map.of("oralStories", 0.6)));
    }

    @Test
    void everyGroupOfACompetencyMustBeMet() {
        Set<String> onlyAllOfMet = frontierFor(Map.of("counting", 0.9, "addition", 0.9));
        assertEquals(false, onlyAllOfMet.contains(Fixtures.ex("measuring")));
        Set<String> bothMet = frontierFor(Map.of("counting", 0.9, "addition", 0.9, "oralStories", 0.9,
                "storytelling", 0.5));
        assertEquals(true, bothMet.contains(Fixtures.ex("measuring")));
    }

    @Test
    void masteredCompetencyIsNotOnTheFrontierEvenWithoutPrerequisites() {
        assertEquals(competencies("addition", "letters", "oralStories"), frontierFor(Map.of("counting", 1.0)));
    }

    @Test
    void lowerThresholdCountsLowerMeansAsMastered() {
        // Both means reach 0.5, so both count as mastered; syllables still needs letters at 0.8.
        assertEquals(competencies("counting", "storytelling"),
                frontierOf(Fixtures.literacyFramework(), new MasteryThreshold(0.5))
                        .readyToLearn(Fixtures.masteryOf(Map.of("letters", 0.6, "oralStories", 0.6))));
    }
}
