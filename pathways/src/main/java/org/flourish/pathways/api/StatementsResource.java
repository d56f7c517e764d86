package org.flourish.pathways.api;

import java.io.StringReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.service.StatementIntake;
import org.flourish.pathways.service.StatementIntake.Outcome;

/**
 * Push endpoint: statements forwarded as the LRS stores them (a statement or an array), applied at once for
 * near-real-time updates. The same statements read later from the LRS count once.
 * <pre>
 * curl -u forwarder:secret -H 'Content-Type: application/json' -d @statements.json \
 *      http://localhost:8080/pathways/api/statements
 * </pre>
 */
@Path("statements")
@RequestScoped
@Tag(name = "statements")
public class StatementsResource {

    @Inject
    StatementIntake intake;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply forwarded statements; answers how many were kept, already kept, voided or ignored")
    public JsonObject push(String text) {
        Callers.requireRole(security, Role.FORWARDER);
        JsonValue body = parse(text);
        List<JsonValue> statements = body instanceof JsonArray array ? array : List.of(body);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, 0);
        }
        for (JsonValue statement : statements) {
            if (!(statement instanceof JsonObject object)) {
                throw new BadRequestException("the body is a statement or an array of statements");
            }
            outcomes.merge(intake.take(object), 1, Integer::sum);
        }
        var json = Json.createObjectBuilder();
        outcomes.forEach((outcome, count) -> json.add(outcome.name().toLowerCase(Locale.ROOT), count));
        return json.build();
    }

    private static JsonValue parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new BadRequestException("the body is not JSON");
        }
    }
}
