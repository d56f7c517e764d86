package org.flourish.pathways.api;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.flourish.pathways.explain.Named;
import org.flourish.pathways.service.LearnerPathway;
import org.flourish.pathways.service.LearnerPathway.CompetencyMastery;
import org.flourish.pathways.service.LearnerPathway.Experience;

/**
 * The JSON of a learner's pathway: {@code {"learner", "domains":[{..., "competencies":[...]}], "frontier":[{"id",
 * "label"}], "timeline":[...]}}, labels in the reader's language.
 */
final class PathwayJson {

    /** One factory: every {@code Json.create...} call looks the JSON-P provider up again (tens of us each). */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private PathwayJson() {
    }

    static JsonObject of(LearnerPathway pathway) {
        JsonArrayBuilder domains = JSON.createArrayBuilder();
        pathway.domains().forEach(domain -> {
            JsonArrayBuilder competencies = JSON.createArrayBuilder();
            domain.competencies().forEach(competency -> competencies.add(competency(competency)));
            domains.add(JSON.createObjectBuilder().add("domain", domain.domain()).add("label", domain.label())
                    .add("competencies", competencies));
        });
        JsonArrayBuilder timeline = JSON.createArrayBuilder();
        pathway.timeline().forEach(experience -> timeline.add(experience(experience)));
        JsonArrayBuilder frontier = JSON.createArrayBuilder();
        pathway.frontier().forEach(competency -> frontier.add(named(competency)));
        return JSON.createObjectBuilder().add("learner", pathway.learnerKey()).add("domains", domains)
                .add("frontier", frontier).add("timeline", timeline).build();
    }

    private static JsonObjectBuilder competency(CompetencyMastery competency) {
        return JSON.createObjectBuilder().add("competency", competency.competency()).add("label", competency.label())
                .add("mastery", competency.mean()).add("uncertainty", competency.uncertainty())
                .add("evidenceCount", competency.evidenceCount())
                .add("statements", JSON.createArrayBuilder(competency.supportingStatements()));
    }

    static JsonObjectBuilder named(Named named) {
        return JSON.createObjectBuilder().add("id", named.id()).add("label", named.label());
    }

    private static JsonObjectBuilder experience(Experience experience) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("statement", experience.statementId())
                .add("timestamp", experience.timestamp().toString()).add("verb", experience.verb())
                .add("activity", experience.activityId()).add("provider", named(experience.provider())).add("recordedBy", named(experience.recordedBy()))
                .add("evidenceOf", JSON.createArrayBuilder(experience.evidenceOf()));
        experience.opportunity().ifPresent(iri -> json.add("opportunity", iri));
        experience.title().ifPresent(title -> json.add("title", title));
        experience.scoreScaled().ifPresent(score -> json.add("scoreScaled", score));
        experience.success().ifPresent(success -> json.add("success", success));
        return json;
    }
}
