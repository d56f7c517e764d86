package org.flourish.pathways.api;

import java.io.StringReader;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.flourish.pathways.access.LearnerAccess;
import org.flourish.pathways.service.LearnerLinking;
import org.flourish.pathways.service.LearnerContexts;

/**
 * What a learner can reach: languages, age or birth date, place and travel distance, budget, modalities, free
 * time, materials and accessibility needs (see {@link ContextJson} for the fields). Only the mentors assigned to
 * the learner read or write it; it is kept in the learner's own graph and checked against the Flourish shapes.
 * <pre>
 * curl -u mentor:secret -X PUT -H 'Content-Type: application/json' \
 *      -d '{"languages":["wo"],"age":9,"maxTravelKm":2,"maxCostPerMonth":0,"modalities":["offline","radio"]}' \
 *      http://localhost:8080/pathways/api/learners/mbox:mailto:ada@example.org/context
 * curl -u mentor:secret http://localhost:8080/pathways/api/learners/mbox:mailto:ada@example.org/context
 * </pre>
 */
@Path("learners/{key}/context")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "learners")
public class LearnerContextResource {

    @Inject
    LearnerContexts contexts;

    @Inject
    LearnerAccess access;

    /** The context is the canonical learner's, also when asked for with an alias key. */
    @Inject
    LearnerLinking links;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The learner's context: the one stated through the API, else the shared learners' graph's; "
            + "404 if none")
    public JsonObject context(@PathParam("key") String keyAsGiven) {
        String key = links.canonical(keyAsGiven);
        Callers.mayReadLearner(security, access, key);
        return ContextJson.of(contexts.stated(key).orElseThrow(() ->
                new NotFoundException("no context is known for this learner")));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the learner's context: {languages, age or birthDate, location, maxTravelKm, "
            + "maxCostPerMonth, modalities, availability, hasMaterials, accessibilityNeeds}; 400 names the field")
    public JsonObject replace(@PathParam("key") String keyAsGiven, String body) {
        String key = links.canonical(keyAsGiven);
        Callers.mayReadLearner(security, access, key);
        var stated = ContextJson.parse(parse(body), contexts.today());
        contexts.state(key, stated);
        return ContextJson.of(stated);
    }

    private static JsonValue parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new BadRequestException("the body is not JSON");
        }
    }
}
