package org.flourish.pathways.api;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.Recommendation;
import org.flourish.pathways.service.LearnerRecommendations;

/** The JSON of a learner's recommendations, each with its explanation in parts. */
final class RecommendationsJson {

    /** One factory: every {@code Json.create...} call looks the JSON-P provider up again (tens of us each). */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private RecommendationsJson() {
    }

    static JsonObject of(LearnerRecommendations recommendations) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        recommendations.recommendations().forEach(recommendation -> list.add(recommendation(recommendation)));
        return JSON.createObjectBuilder().add("learner", recommendations.learnerKey())
                .add("goals", JSON.createArrayBuilder(recommendations.goals()))
                .add("pinned", JSON.createArrayBuilder(recommendations.pinned()))
                .add("vetoed", JSON.createArrayBuilder(recommendations.vetoed()))
                .add("recommendations", list)
                .add("pinnedNoLongerFitting", pinsNotFitting(recommendations)).build();
    }

    /** Each pinned opportunity left out, with the constraints it breaks (e.g. after the context changed). */
    private static JsonArrayBuilder pinsNotFitting(LearnerRecommendations recommendations) {
        JsonArrayBuilder pins = JSON.createArrayBuilder();
        recommendations.pinsNotFitting().forEach(pin -> {
            JsonArrayBuilder broken = JSON.createArrayBuilder();
            pin.broken().forEach(check -> broken.add(JSON.createObjectBuilder()
                    .add("constraint", check.constraint()).add("reason", check.reason())));
            pins.add(JSON.createObjectBuilder().add("opportunity", pin.opportunity()).add("brokenConstraints", broken));
        });
        return pins;
    }

    private static JsonObjectBuilder recommendation(Recommendation recommendation) {
        var opportunity = recommendation.opportunity();
        return JSON.createObjectBuilder().add("opportunity", opportunity.iri()).add("title", opportunity.title())
                .add("provider", opportunity.provider()).add("score", recommendation.score())
                .add("explanation", explanation(recommendation.explanation()));
    }

    private static JsonObjectBuilder explanation(Explanation explanation) {
        JsonArrayBuilder prerequisites = JSON.createArrayBuilder();
        explanation.prerequisitesMet().forEach(met -> prerequisites.add(JSON.createObjectBuilder()
                .add("competency", met.competency()).add("mastery", met.mean())
                .add("statements", JSON.createArrayBuilder(met.supportingStatements()))));
        JsonArrayBuilder constraints = JSON.createArrayBuilder();
        explanation.constraintChecks().forEach(check -> constraints.add(JSON.createObjectBuilder()
                .add("constraint", check.constraint()).add("satisfied", check.satisfied())
                .add("reason", check.reason())));
        return JSON.createObjectBuilder()
                .add("readyCompetencies", JSON.createArrayBuilder(explanation.readyCompetencies()))
                .add("prerequisitesMet", prerequisites)
                .add("goalsServed", JSON.createArrayBuilder(explanation.goalsServed()))
                .add("constraints", constraints)
                .add("notes", JSON.createArrayBuilder(explanation.rankingNotes()));
    }
}
