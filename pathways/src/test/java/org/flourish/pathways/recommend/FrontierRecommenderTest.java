package org.flourish.pathways.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.learner.BayesianMasteryModel;
import org.flourish.pathways.learner.MasteryTracker;
import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.Recommendation;
import org.flourish.pathways.rdf.EvidenceRuleReader;
import org.flourish.pathways.rdf.FrameworkReader;
import org.flourish.pathways.rdf.OpportunityReader;
import org.flourish.pathways.recommend.constraints.HardConstraints;
import org.flourish.pathways.testing.Catalogue;
import org.flourish.pathways.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** From statements to explained recommendations, with framework, rules and catalogue read from fixture files. */
class FrontierRecommenderTest {

    private final Model framework = Fixtures.literacyFramework();
    private final PrerequisiteGraph graph = FrameworkReader.read(framework);
    private final Model catalogue = Fixtures.thiesCatalogue();
    private final MasteryTracker tracker = new MasteryTracker(BayesianMasteryModel.withUniformPrior(),
            EvidenceRuleReader.read(catalogue));
    private final Recommender recommender = new FrontierRecommender(
            new SparqlFrontier(framework, MasteryThreshold.DEFAULT),
            new Ranker(graph, HardConstraints.standard(), MasteryThreshold.DEFAULT, RankingWeights.DEFAULT),
            OpportunityReader.read(catalogue));

    private LearnerMastery afterQuizzes(int passed) {
        List<Evidence> quizzes = new ArrayList<>();
        for (int quiz = 0; quiz < passed; quiz++) {
            quizzes.add(Fixtures.succeeded("quiz-" + quiz, Fixtures.COMPLETED, Fixtures.QUIZ, true));
        }
        return tracker.applyAll(LearnerMastery.empty(Fixtures.LEARNER), quizzes);
    }

    @Test
    void learnerWhoMasteredLettersIsOfferedTheReadingClubWithTheQuizzesAsEvidence() {
        LearnerMastery mastery = afterQuizzes(2);
        List<Recommendation> recommendations = recommender.recommend(mastery, Catalogue.amina()
                .hasMaterials(true).maxCostPerMonth(new BigDecimal("2000")).build());
        Recommendation club = recommendations.stream()
                .filter(r -> r.opportunity().title().equals("Reading club")).findFirst().orElseThrow();
        assertEquals(List.of(Fixtures.ex("syllables")), club.explanation().readyCompetencies());
        assertEquals(List.of("quiz-0", "quiz-1"),
                club.explanation().prerequisitesMet().get(0).supportingStatements());
    }

    @Test
    void learnerStillLearningLettersIsNotOfferedTheReadingClub() {
        List<Recommendation> recommendations = recommender.recommend(afterQuizzes(1), Catalogue.amina()
                .hasMaterials(true).maxCostPerMonth(new BigDecimal("2000")).build());
        assertEquals(List.of("Compter avec la radio"),
                recommendations.stream().map(r -> r.opportunity().title()).toList());
    }

    @Test
    void readingClubIsLeftOutForALearnerWithoutMaterials() {
        assertTrue(recommender.recommend(afterQuizzes(2), Catalogue.amina().maxCostPerMonth(new BigDecimal("2000"))
                .build()).stream().noneMatch(r -> r.opportunity().title().equals("Reading club")));
    }
}
