package org.flourish.pathways.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.flourish.pathways.access.LearnerAccess;
import org.flourish.pathways.boot.SharedKnowledgeHolder;
import org.flourish.pathways.explain.ExplanationWords;
import org.flourish.pathways.explain.Words;
import org.flourish.pathways.model.Goal;
import org.flourish.pathways.service.LearnerLinking;
import org.flourish.pathways.service.LearnerRecommendations;
import org.flourish.pathways.service.MentorActions;
import org.flourish.pathways.service.Pathways;
import org.flourish.pathways.service.SharedKnowledge;

/**
 * One learner's pathway and recommendations, and mentors' actions on them. {@code key} is the learner key
 * percent-encoded as one path segment, e.g. {@code mbox:mailto:ada@example.org}; a request made with an alias key
 * answers for, and acts on, the canonical learner ({@link LearnerLinking}):
 * <pre>
 * curl -u mentor:secret -H 'Accept-Language: fr' \
 *      http://localhost:8080/pathways/api/learners/mbox:mailto:ada@example.org/pathway
 * curl -u mentor:secret -X POST -H 'Content-Type: application/json' \
 *      -d '{"opportunity":"https://w3id.org/flourish/samples/thies/opportunity/x"}' \
 *      http://localhost:8080/pathways/api/learners/mbox:mailto:ada@example.org/pins
 * </pre>
 */
@Path("learners/{key}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "learners")
public class LearnersResource {

    private static final int MAX_RECOMMENDATIONS = 500;

    @Inject
    Pathways pathways;

    @Inject
    MentorActions mentors;

    @Inject
    LearnerAccess access;

    @Inject
    LearnerLinking links;

    @Inject
    SharedKnowledgeHolder knowledge;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @Path("pathway")
    @Operation(summary = "Mastery by domain and competency (labels in Accept-Language) and the timeline of experiences")
    public JsonObject pathway(@PathParam("key") String keyAsGiven) {
        String key = links.canonical(keyAsGiven);
        Callers.mayReadLearner(security, access, key);
        return PathwayJson.of(pathways.pathway(key, readerLanguages()));
    }

    @GET
    @Path("recommendations")
    @Operation(summary = "The best recommendations (limit, default 20), each explained in the words and labels of "
            + "Accept-Language (en, fr, es, pt, ar; else English); 404 if no context is known "
            + "(PUT learners/{key}/context)")
    public JsonObject recommendations(@PathParam("key") String keyAsGiven,
                                      @QueryParam("limit") @DefaultValue("20") int limit) {
        String key = links.canonical(keyAsGiven);
        Callers.mayReadLearner(security, access, key);
        if (limit < 1 || limit > MAX_RECOMMENDATIONS) {
            throw new BadRequestException("limit is between 1 and " + MAX_RECOMMENDATIONS);
        }
        NotFoundException noContext = new NotFoundException("no context (age, languages, place) is known for this "
                + "learner: PUT learners/{key}/context states it");
        LearnerRecommendations found = pathways.recommendations(key, limit).orElseThrow(() -> noContext);
        List<Locale> languages = readerLanguages();
        SharedKnowledge shared = knowledge.current();
        return RecommendationsJson.of(found, new ExplanationWords(iri -> shared.labels().of(iri, languages),
                Words.forReader(languages)));
    }

    /** The reader's languages, best first (Accept-Language); none means English. */
    private List<Locale> readerLanguages() {
        return headers.getAcceptableLanguages().stream().filter(locale -> !locale.getLanguage().equals("*")).toList();
    }

    @PUT
    @Path("goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the learner's goals: [{\"competency\": IRI, \"targetMastery\": 0.8}]")
    public JsonObject goals(@PathParam("key") String keyAsGiven, JsonArray body) {
        String key = links.canonical(keyAsGiven);
        String mentor = Callers.mayReadLearner(security, access, key).name();
        List<Goal> goals = new ArrayList<>();
        for (JsonValue value : body) {
            if (!(value instanceof JsonObject goal) || !(goal.get("competency") instanceof JsonString)) {
                throw new BadRequestException("each goal is an object with a competency IRI");
            }
            if (goal.containsKey("targetMastery") && !(goal.get("targetMastery") instanceof JsonNumber)) {
                throw new BadRequestException("targetMastery: must be a number between 0 and 1");
            }
            goals.add(new Goal(goal.getString("competency"),
                    goal.getJsonNumber("targetMastery") == null ? Goal.DEFAULT_TARGET
                            : goal.getJsonNumber("targetMastery").doubleValue()));
        }
        return recorded(mentors.setGoals(mentor, key, goals));
    }

    @POST
    @Path("pins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pin an opportunity for the learner: {\"opportunity\": IRI}")
    public JsonObject pin(@PathParam("key") String keyAsGiven, JsonObject body) {
        String key = links.canonical(keyAsGiven);
        String mentor = Callers.mayReadLearner(security, access, key).name();
        return recorded(mentors.pin(mentor, key, opportunity(body)));
    }

    @POST
    @Path("vetoes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Veto an opportunity for the learner: {\"opportunity\": IRI}")
    public JsonObject veto(@PathParam("key") String keyAsGiven, JsonObject body) {
        String key = links.canonical(keyAsGiven);
        String mentor = Callers.mayReadLearner(security, access, key).name();
        return recorded(mentors.veto(mentor, key, opportunity(body)));
    }

    private static String opportunity(JsonObject body) {
        if (body == null || !(body.get("opportunity") instanceof JsonString iri)) {
            throw new BadRequestException("the body is {\"opportunity\": IRI}");
        }
        return iri.getString();
    }

    private static JsonObject recorded(String statementId) {
        return Json.createObjectBuilder().add("statement", statementId).build();
    }
}
