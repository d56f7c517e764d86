package org.flourish.pathways.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.service.Pathways;
import org.flourish.pathways.store.LearnerRecords.RecordCounts;

/**
 * Totals for coordinators, never one learner's data.
 * <pre>
 * curl -u coordinator:secret http://localhost:8080/pathways/api/aggregates
 * </pre>
 */
@Path("aggregates")
@RequestScoped
@Tag(name = "aggregates")
public class AggregatesResource {

    @Inject
    Pathways pathways;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How many learners have evidence, and how many statements the engine keeps")
    public JsonObject totals() {
        Callers.requireRole(security, Role.COORDINATOR);
        RecordCounts counts = pathways.totals();
        return Json.createObjectBuilder().add("learners", counts.learners())
                .add("statements", counts.statements()).build();
    }
}
