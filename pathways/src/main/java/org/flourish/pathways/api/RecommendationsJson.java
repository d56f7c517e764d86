package org.flourish.pathways.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.Recommendation;
import org.flourish.pathways.service.LearnerRecommendations;

/** The JSON of a learner's recommendations, each with its explanation in parts. */
final class RecommendationsJson {

    private RecommendationsJson() {
    }

    static JsonObject of(LearnerRecommendations recommendations) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        recommendations.recommendations().forEach(recommendation -> list.add(recommendation(recommendation)));
        return Json.createObjectBuilder().add("learner", recommendations.learnerKey())
                .add("goals", Json.createArrayBuilder(recommendations.goals()))
                .add("pinned", Json.createArrayBuilder(recommendations.pinned()))
                .add("vetoed", Json.createArrayBuilder(recommendations.vetoed()))
                .add("recommendations", list).build();
    }

    private static JsonObjectBuilder recommendation(Recommendation recommendation) {
        var opportunity = recommendation.opportunity();
        return Json.createObjectBuilder().add("opportunity", opportunity.iri()).add("title", opportunity.title())
                .add("provider", opportunity.provider()).add("score", recommendation.score())
                .add("explanation", explanation(recommendation.explanation()));
    }

    private static JsonObjectBuilder explanation(Explanation explanation) {
        JsonArrayBuilder prerequisites = Json.createArrayBuilder();
        explanation.prerequisitesMet().forEach(met -> prerequisites.add(Json.createObjectBuilder()
                .add("competency", met.competency()).add("mastery", met.mean())
                .add("statements", Json.createArrayBuilder(met.supportingStatements()))));
        JsonArrayBuilder constraints = Json.createArrayBuilder();
        explanation.constraintChecks().forEach(check -> constraints.add(Json.createObjectBuilder()
                .add("constraint", check.constraint()).add("satisfied", check.satisfied())
                .add("reason", check.reason())));
        return Json.createObjectBuilder()
                .add("readyCompetencies", Json.createArrayBuilder(explanation.readyCompetencies()))
                .add("prerequisitesMet", prerequisites)
                .add("goalsServed", Json.createArrayBuilder(explanation.goalsServed()))
                .add("constraints", constraints)
                .add("notes", Json.createArrayBuilder(explanation.rankingNotes()));
    }
}
