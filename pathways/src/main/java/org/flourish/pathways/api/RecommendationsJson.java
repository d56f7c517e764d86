package org.flourish.pathways.api;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.flourish.pathways.explain.ConstraintSentences;
import org.flourish.pathways.explain.ExplanationWords;
import org.flourish.pathways.explain.Named;
import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.MasteryClaim;
import org.flourish.pathways.model.Recommendation;
import org.flourish.pathways.service.LearnerRecommendations;

/**
 * The JSON of a learner's recommendations, each with its explanation in parts: every competency, goal, domain and
 * provider as {@code {"id", "label"}} in the reader's language, every claim about the learner's mastery with its
 * uncertainty and statements, and the sentences a mentor reads.
 */
final class RecommendationsJson {

    /** One factory: every {@code Json.create...} call looks the JSON-P provider up again (tens of us each). */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private final ExplanationWords words;
    private final ConstraintSentences constraints;
    private final LearnerContext learner;

    private RecommendationsJson(ExplanationWords words, LearnerContext learner) {
        this.words = words;
        this.constraints = new ConstraintSentences(words.words(), words.formats());
        this.learner = learner;
    }

    /** {@code learner} is the context the recommender checked the constraints against. */
    static JsonObject of(LearnerRecommendations recommendations, ExplanationWords words) {
        return new RecommendationsJson(words, recommendations.context()).json(recommendations);
    }

    private JsonObject json(LearnerRecommendations recommendations) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        recommendations.recommendations().forEach(recommendation -> list.add(recommendation(recommendation)));
        JsonArrayBuilder goals = JSON.createArrayBuilder();
        recommendations.goals().forEach(goal -> goals.add(named(words.named(goal))));
        return JSON.createObjectBuilder().add("learner", recommendations.learnerKey())
                .add("language", words.words().locale().getLanguage())
                .add("goals", goals)
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

    private JsonObjectBuilder recommendation(Recommendation recommendation) {
        var opportunity = recommendation.opportunity();
        return JSON.createObjectBuilder().add("opportunity", opportunity.iri())
                .add("title", words.opportunity(opportunity).label())
                .add("provider", named(words.named(opportunity.provider())))
                .add("score", recommendation.score())
                .add("explanation", explanation(recommendation));
    }

    /** Each claim about the learner's mastery with its uncertainty and the statements (LRS ids) it rests on. */
    private JsonObjectBuilder explanation(Recommendation recommendation) {
        Explanation explanation = recommendation.explanation();
        JsonArrayBuilder ready = JSON.createArrayBuilder();
        explanation.ready().forEach(claim -> ready.add(claim(claim).add("sentence", words.ready(claim))));
        JsonArrayBuilder prerequisites = JSON.createArrayBuilder();
        explanation.prerequisitesMet().forEach(met -> prerequisites.add(claim(met)
                .add("sentence", words.prerequisite(met))));
        JsonArrayBuilder goals = JSON.createArrayBuilder();
        explanation.goalsServed().forEach(goal -> goals.add(claim(goal.mastery()).add("direct", goal.direct())
                .add("sentence", words.goal(goal))));
        JsonArrayBuilder checks = JSON.createArrayBuilder();
        explanation.constraintChecks().forEach(check -> checks.add(JSON.createObjectBuilder()
                .add("constraint", check.constraint()).add("label", constraints.name(check.constraint()))
                .add("satisfied", check.satisfied())
                .add("reason", constraints.of(check, recommendation.opportunity(), learner))));
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("readyCompetencies", ready)
                .add("prerequisitesMet", prerequisites)
                .add("goalsServed", goals);
        explanation.balance().ifPresent(share -> {
            JsonArrayBuilder assessed = JSON.createArrayBuilder();
            share.assessed().forEach(claim -> assessed.add(claim(claim)));
            json.add("domainBalance", JSON.createObjectBuilder().add("domain", named(words.named(share.domain())))
                    .add("competencies", share.competencies()).add("mastered", share.mastered())
                    .add("masteredOverall", share.masteredOverall()).add("evidence", share.evidence())
                    .add("evidenceMostActive", share.evidenceMostActive()).add("assessed", assessed)
                    .add("statements", JSON.createArrayBuilder(share.assessed().stream()
                            .flatMap(claim -> claim.supportingStatements().stream()).distinct().toList()))
                    .add("sentence", words.balance(share)));
        });
        return json.add("earlierFromSameProvider", explanation.earlierFromSameProvider())
                .add("pinnedByMentor", explanation.pinnedByMentor())
                .add("constraints", checks)
                .add("notes", JSON.createArrayBuilder(words.notes(explanation)))
                .add("statements", JSON.createArrayBuilder(explanation.citedStatements()));
    }

    private JsonObjectBuilder claim(MasteryClaim claim) {
        return named(words.named(claim.competency())).add("mastery", claim.mean())
                .add("uncertainty", claim.uncertainty())
                .add("statements", JSON.createArrayBuilder(claim.supportingStatements()));
    }

    static JsonObjectBuilder named(Named named) {
        return JSON.createObjectBuilder().add("id", named.id()).add("label", named.label());
    }
}
