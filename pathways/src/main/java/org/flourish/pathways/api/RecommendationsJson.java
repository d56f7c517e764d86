package org.flourish.pathways.api;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.MasteryClaim;
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
                .add("recommendations", list).build();
    }

    private static JsonObjectBuilder recommendation(Recommendation recommendation) {
        var opportunity = recommendation.opportunity();
        return JSON.createObjectBuilder().add("opportunity", opportunity.iri()).add("title", opportunity.title())
                .add("provider", opportunity.provider()).add("score", recommendation.score())
                .add("explanation", explanation(recommendation.explanation()));
    }

    /** Each claim about the learner's mastery with its uncertainty and the statements (LRS ids) it rests on. */
    private static JsonObjectBuilder explanation(Explanation explanation) {
        JsonArrayBuilder ready = JSON.createArrayBuilder();
        explanation.ready().forEach(claim -> ready.add(claim(claim)));
        JsonArrayBuilder prerequisites = JSON.createArrayBuilder();
        explanation.prerequisitesMet().forEach(met -> prerequisites.add(claim(met)));
        JsonArrayBuilder goals = JSON.createArrayBuilder();
        explanation.goalsServed().forEach(goal -> goals.add(claim(goal.mastery()).add("direct", goal.direct())));
        JsonArrayBuilder constraints = JSON.createArrayBuilder();
        explanation.constraintChecks().forEach(check -> constraints.add(JSON.createObjectBuilder()
                .add("constraint", check.constraint()).add("satisfied", check.satisfied())
                .add("reason", check.reason())));
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("readyCompetencies", ready)
                .add("prerequisitesMet", prerequisites)
                .add("goalsServed", goals);
        explanation.balance().ifPresent(share -> {
            JsonArrayBuilder assessed = JSON.createArrayBuilder();
            share.assessed().forEach(claim -> assessed.add(claim(claim)));
            json.add("domainBalance", JSON.createObjectBuilder().add("domain", share.domain())
                    .add("competencies", share.competencies()).add("mastered", share.mastered())
                    .add("masteredOverall", share.masteredOverall()).add("assessed", assessed)
                    .add("statements", JSON.createArrayBuilder(share.assessed().stream()
                            .flatMap(claim -> claim.supportingStatements().stream()).distinct().toList())));
        });
        return json.add("earlierFromSameProvider", explanation.earlierFromSameProvider())
                .add("constraints", constraints)
                .add("notes", JSON.createArrayBuilder(notes(explanation)))
                .add("statements", JSON.createArrayBuilder(explanation.citedStatements()));
    }

    private static JsonObjectBuilder claim(MasteryClaim claim) {
        return JSON.createObjectBuilder().add("id", claim.competency()).add("mastery", claim.mean())
                .add("uncertainty", claim.uncertainty())
                .add("statements", JSON.createArrayBuilder(claim.supportingStatements()));
    }

    private static java.util.List<String> notes(Explanation explanation) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        explanation.goalsServed().forEach(goal -> notes.add(goal.direct()
                ? "develops the goal " + goal.mastery().competency() + " directly"
                : "leads towards the goal " + goal.mastery().competency()));
        explanation.balance().ifPresent(share -> notes.add("domain " + share.domain() + " holds " + share.mastered()
                + " of the learner's " + share.masteredOverall() + " mastered competencies"));
        if (explanation.earlierFromSameProvider() > 0) {
            notes.add(explanation.earlierFromSameProvider()
                    + " earlier recommendation(s) from the same provider lowered its rank");
        }
        return notes;
    }
}
