package org.flourish.pathways.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.flourish.pathways.rdf.FrameworkReader;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.MasteryClaim;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.model.Recommendation;
import org.flourish.pathways.recommend.constraints.HardConstraints;
import org.flourish.pathways.testing.Catalogue;
import org.flourish.pathways.testing.Fixtures;
import org.junit.jupiter.api.Test;

class RankerTest {

    private final PrerequisiteGraph graph = FrameworkReader.read(Fixtures.literacyFramework());
    private final Ranker ranker = new Ranker(graph, HardConstraints.standard(), MasteryThreshold.DEFAULT,
            RankingWeights.DEFAULT);

    private static Opportunity course(String name, String provider, String... develops) {
        String[] iris = Arrays.stream(develops).map(Fixtures::ex).toArray(String[]::new);
        return Opportunity.builder("https://example.org/opportunities/" + name, name, provider)
                .develops(iris).languages("fr").build();
    }

    private List<Recommendation> rank(LearnerMastery mastery, LearnerContext learner, Opportunity... catalogue) {
        return ranker.rank(new JavaFrontier(graph, MasteryThreshold.DEFAULT).readyToLearn(mastery), mastery, learner,
                List.of(catalogue));
    }

    private static List<String> titles(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> r.opportunity().title()).toList();
    }

    @Test
    void opportunityForACompetencyNotYetReadyIsLeftOut() {
        List<Recommendation> ranked = rank(LearnerMastery.empty(Fixtures.LEARNER), Catalogue.amina().build(),
                course("words", Catalogue.NGO, "words"), course("letters", Catalogue.NGO, "letters"));
        assertEquals(List.of("letters"), titles(ranked));
    }

    @Test
    void opportunityViolatingAHardConstraintIsLeftOut() {
        Opportunity paid = Opportunity.builder("https://example.org/opportunities/paid", "paid", Catalogue.NGO)
                .develops(Fixtures.ex("letters")).languages("fr").costPerMonth(new BigDecimal("500")).build();
        assertTrue(rank(LearnerMastery.empty(Fixtures.LEARNER), Catalogue.amina().build(), paid).isEmpty());
    }

    @Test
    void opportunityServingAGoalDirectlyRanksFirst() {
        List<Recommendation> ranked = rank(LearnerMastery.empty(Fixtures.LEARNER),
                Catalogue.amina().goals(Fixtures.ex("counting")).build(),
                course("letters", Catalogue.NGO, "letters"), course("counting", Catalogue.RADIO, "counting"));
        assertEquals(List.of("counting", "letters"), titles(ranked));
        assertEquals(List.of(Fixtures.ex("counting")), ranked.get(0).explanation().goalCompetencies());
    }

    @Test
    void opportunityOnTheWayToAGoalRanksAboveOneThatIsNot() {
        List<Recommendation> ranked = rank(LearnerMastery.empty(Fixtures.LEARNER),
                Catalogue.amina().goals(Fixtures.ex("words")).build(),
                course("counting", Catalogue.RADIO, "counting"), course("letters", Catalogue.NGO, "letters"));
        assertEquals(List.of("letters", "counting"), titles(ranked));
        assertEquals(List.of(new Explanation.GoalServed(MasteryClaim.of(LearnerMastery.empty(Fixtures.LEARNER),
                Fixtures.ex("words")), false)), ranked.get(0).explanation().goalsServed());
    }

    @Test
    void aPrerequisiteAGoalRequiresRanksAboveOneTwoStepsAway() {
        LearnerMastery knowsLetters = Fixtures.masteryOf(Map.of("letters", 0.9));
        List<Recommendation> ranked = rank(knowsLetters, Catalogue.amina().goals(Fixtures.ex("storytelling")).build(),
                course("syllables", Catalogue.NGO, "syllables"), course("stories", Catalogue.RADIO, "oralStories"));
        assertEquals(List.of("stories", "syllables"), titles(ranked));
        assertTrue(ranked.get(0).score() > ranked.get(1).score());
        assertEquals(ranked.get(0).explanation().goalsServed(), ranked.get(1).explanation().goalsServed(),
                "both are on the way to the same goal; the nearer one ranks first");
    }

    @Test
    void explanationStatesTheGoalThatDecidedNotOneServedLessWell() {
        LearnerMastery readsSyllables = Fixtures.masteryOf(Map.of("letters", 0.9, "syllables", 0.9));
        List<Recommendation> ranked = rank(readsSyllables,
                Catalogue.amina().goals(Fixtures.ex("words"), Fixtures.ex("storytelling")).build(),
                course("words", Catalogue.NGO, "words"));
        assertEquals(List.of(Fixtures.ex("words")), ranked.get(0).explanation().goalCompetencies(),
                "words is a goal itself; that it also leads to storytelling changed nothing");
    }

    @Test
    void aPrerequisiteStatedIsOneWithoutWhichTheCompetencyWouldNotBeReady() {
        Opportunity storytelling = course("storytelling", Catalogue.NGO, "storytelling");
        LearnerMastery oneWay = Fixtures.masteryOf(Map.of("words", 0.7));
        assertEquals(List.of(Fixtures.ex("words")), rank(oneWay, Catalogue.amina().build(), storytelling).get(0)
                .explanation().prerequisitesMet().stream().map(MasteryClaim::competency).toList());
        LearnerMastery bothWays = Fixtures.masteryOf(Map.of("words", 0.7, "oralStories", 0.7));
        assertEquals(List.of(), rank(bothWays, Catalogue.amina().build(), storytelling).get(0).explanation()
                .prerequisitesMet(), "either member of the any-of group would do: neither decided");
    }

    @Test
    void prerequisitesOfEveryCompetencyGivingThePickItsScoreAreStated() {
        LearnerMastery readsLetters = Fixtures.masteryOf(Map.of("letters", 0.9));
        Opportunity readingClub = course("club", Catalogue.NGO, "syllables", "oralStories");
        assertEquals(List.of(Fixtures.ex("letters")), rank(readsLetters, Catalogue.amina().build(), readingClub)
                .get(0).explanation().prerequisitesMet().stream().map(MasteryClaim::competency).toList(),
                "syllables and oral stories tie on the score: what holds syllables open is stated");
        Opportunity mixed = course("mixed", Catalogue.NGO, "syllables", "counting");
        assertEquals(List.of(), rank(readsLetters, Catalogue.amina().build(), mixed).get(0).explanation()
                .prerequisitesMet(), "counting, in the domain the child has not touched, gives the score alone");
    }

    @Test
    void underServedDomainIsPreferredWhenNoGoalDecides() {
        LearnerMastery readsWell = Fixtures.masteryOf(Map.of("letters", 0.9, "syllables", 0.9));
        List<Recommendation> ranked = rank(readsWell, Catalogue.amina().build(),
                course("stories", Catalogue.NGO, "oralStories"), course("counting", Catalogue.RADIO, "counting"));
        assertEquals(List.of("counting", "stories"), titles(ranked));
    }

    @Test
    void aDomainTheChildHasDoneNothingInIsPreferredBeforeAnythingIsMastered() {
        LearnerMastery countsOnly = Fixtures.masteryOf(Map.of("counting", 0.5));
        List<Recommendation> ranked = rank(countsOnly, Catalogue.amina().build(),
                course("counting", Catalogue.RADIO, "counting"), course("stories", Catalogue.NGO, "oralStories"));
        assertEquals(List.of("stories", "counting"), titles(ranked));
        Explanation.DomainShare reading = ranked.get(0).explanation().balance().orElseThrow();
        assertEquals(0, reading.evidence());
        assertEquals(1, reading.evidenceMostActive());
        assertEquals(0, reading.masteredOverall());
    }

    @Test
    void rankingLimitedToTwoGivesTheFirstTwoOfTheFullRanking() {
        LearnerMastery readsWell = Fixtures.masteryOf(Map.of("letters", 0.9, "syllables", 0.9));
        LearnerContext wantsWords = Catalogue.amina().goals(Fixtures.ex("words")).build();
        List<Opportunity> catalogue = List.of(course("words-a", Catalogue.NGO, "words"),
                course("words-b", Catalogue.NGO, "words"), course("counting", Catalogue.RADIO, "counting"));
        List<Recommendation> limited = ranker.rank(new JavaFrontier(graph, MasteryThreshold.DEFAULT)
                .readyToLearn(readsWell), readsWell, wantsWords, catalogue, 2);
        assertEquals(List.of("words-a", "counting"), titles(limited));
    }

    @Test
    void secondOpportunityFromTheSameProviderGivesWayToAnotherProvider() {
        LearnerMastery readsWell = Fixtures.masteryOf(Map.of("letters", 0.9, "syllables", 0.9));
        LearnerContext wantsWords = Catalogue.amina().goals(Fixtures.ex("words")).build();
        List<Recommendation> ranked = rank(readsWell, wantsWords,
                course("words-a", Catalogue.NGO, "words"), course("words-b", Catalogue.NGO, "words"),
                course("counting", Catalogue.RADIO, "counting"));
        // words-b alone would score 0.6 and counting 0.4; one earlier NGO pick lowers words-b to 0.3.
        assertEquals(List.of("words-a", "counting", "words-b"), titles(ranked));
        assertEquals(0.3, ranked.get(2).score(), 1e-12);
        assertEquals(1, ranked.get(2).explanation().earlierFromSameProvider());
    }

    @Test
    void explanationNamesTheStatementsBehindEachMetPrerequisite() {
        LearnerMastery mastery = Fixtures.masteryOf(Map.of("letters", 0.9));
        Recommendation syllables = rank(mastery, Catalogue.amina().build(),
                course("syllables", Catalogue.NGO, "syllables")).get(0);
        assertEquals(List.of(Fixtures.ex("syllables")), syllables.explanation().readyCompetencies());
        var letters = mastery.estimateFor(Fixtures.ex("letters")).orElseThrow();
        assertEquals(List.of(new MasteryClaim(Fixtures.ex("letters"), 0.9, letters.uncertainty(),
                        letters.supportingStatements())),
                syllables.explanation().prerequisitesMet());
    }

    @Test
    void everyMasteryClaimOfTheExplanationCitesItsStatementsAndUncertainty() {
        LearnerMastery mastery = Fixtures.masteryOf(Map.of("letters", 0.9, "syllables", 0.4));
        Recommendation syllables = rank(mastery, Catalogue.amina().goals(Fixtures.ex("syllables")).build(),
                course("syllables", Catalogue.NGO, "syllables")).get(0);
        Explanation why = syllables.explanation();
        var estimate = mastery.estimateFor(Fixtures.ex("syllables")).orElseThrow();
        MasteryClaim taught = new MasteryClaim(Fixtures.ex("syllables"), estimate.mean(), estimate.uncertainty(),
                estimate.supportingStatements());
        assertEquals(List.of(taught), why.ready());
        assertEquals(List.of(new Explanation.GoalServed(taught, true)), why.goalsServed());
        Explanation.DomainShare share = why.balance().orElseThrow();
        assertEquals(share.assessed().stream().map(MasteryClaim::competency).toList(),
                mastery.estimates().keySet().stream().filter(c -> share.domain().equals(
                        graph.domainOf(c).orElse(""))).sorted().toList());
        assertTrue(why.citedStatements().containsAll(estimate.supportingStatements()), why::toString);
        assertTrue(why.citedStatements().containsAll(mastery.estimateFor(Fixtures.ex("letters")).orElseThrow()
                .supportingStatements()), why::toString);
    }

    @Test
    void explanationSaysWhyTheOpportunityFitsEveryConstraint() {
        Recommendation letters = rank(LearnerMastery.empty(Fixtures.LEARNER), Catalogue.amina().build(),
                course("letters", Catalogue.NGO, "letters")).get(0);
        List<ConstraintCheck> checks = letters.explanation().constraintChecks();
        assertEquals(9, checks.size());
        assertTrue(checks.stream().allMatch(ConstraintCheck::satisfied));
    }

    private List<String> rankMarked(int limit, MentorMarks marks, LearnerMastery mastery,
                                    List<Opportunity> catalogue) {
        return titles(ranker.rank(new JavaFrontier(graph, MasteryThreshold.DEFAULT).readyToLearn(mastery), mastery,
                Catalogue.amina().build(), new CatalogueIndex(catalogue), limit, marks));
    }

    /** Thirteen courses on letters from thirteen providers, ranked in IRI order: letters-01 first, letters-13 last. */
    private static List<Opportunity> thirteenLetterCourses() {
        List<Opportunity> courses = new java.util.ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            courses.add(course(String.format("letters-%02d", i), "https://example.org/providers/p" + i, "letters"));
        }
        return courses;
    }

    private static String iri(String name) {
        return "https://example.org/opportunities/" + name;
    }

    @Test
    void pinnedOpportunityRankedThirteenthComesFirstAtEveryLimit() {
        MentorMarks marks = new MentorMarks(java.util.Set.of(iri("letters-13")), java.util.Set.of());
        List<Opportunity> catalogue = thirteenLetterCourses();
        assertEquals("letters-13", titles(rank(LearnerMastery.empty(Fixtures.LEARNER), Catalogue.amina().build(),
                catalogue.toArray(Opportunity[]::new))).get(12), "unpinned, it ranks 13th");
        for (int limit : List.of(1, 2, 3, 12, 13, 20)) {
            List<String> ranked = rankMarked(limit, marks, LearnerMastery.empty(Fixtures.LEARNER), catalogue);
            assertEquals("letters-13", ranked.get(0), "limit " + limit);
            assertEquals(Math.min(limit, 13), ranked.size(), "limit " + limit);
            assertEquals(1, ranked.stream().filter("letters-13"::equals).count());
        }
        Recommendation pinned = ranker.rank(new JavaFrontier(graph, MasteryThreshold.DEFAULT)
                        .readyToLearn(LearnerMastery.empty(Fixtures.LEARNER)), LearnerMastery.empty(Fixtures.LEARNER),
                Catalogue.amina().build(), new CatalogueIndex(catalogue), 1, marks).get(0);
        assertTrue(pinned.explanation().pinnedByMentor());
    }

    @Test
    void vetoedOpportunityNeverAppearsEvenWhenAlsoPinned() {
        MentorMarks marks = new MentorMarks(java.util.Set.of(iri("letters-02")),
                java.util.Set.of(iri("letters-01"), iri("letters-02")));
        for (int limit : List.of(1, 3, 13)) {
            List<String> ranked = rankMarked(limit, marks, LearnerMastery.empty(Fixtures.LEARNER),
                    thirteenLetterCourses());
            assertFalse(ranked.contains("letters-01") || ranked.contains("letters-02"), ranked::toString);
            assertEquals("letters-03", ranked.get(0));
        }
    }

    @Test
    void pinnedOpportunityThatBreaksAHardConstraintIsNotRecommended() {
        Opportunity paid = Opportunity.builder(iri("paid"), "paid", Catalogue.NGO).develops(Fixtures.ex("letters"))
                .languages("fr").costPerMonth(new BigDecimal("500")).build();
        List<Opportunity> catalogue = new java.util.ArrayList<>(thirteenLetterCourses());
        catalogue.add(paid);
        List<String> ranked = rankMarked(3, new MentorMarks(java.util.Set.of(iri("paid")), java.util.Set.of()),
                LearnerMastery.empty(Fixtures.LEARNER), catalogue);
        assertEquals(List.of("letters-01", "letters-02", "letters-03"), ranked);
    }

    @Test
    void pinnedOpportunityOffTheFrontierStillComesFirst() {
        List<Opportunity> catalogue = new java.util.ArrayList<>(thirteenLetterCourses());
        catalogue.add(course("words", Catalogue.NGO, "words"));
        List<String> ranked = rankMarked(2, new MentorMarks(java.util.Set.of(iri("words")), java.util.Set.of()),
                LearnerMastery.empty(Fixtures.LEARNER), catalogue);
        assertEquals(List.of("words", "letters-01"), ranked);
    }
}
