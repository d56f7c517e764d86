package org.flourish.pathways.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.flourish.pathways.access.MentorAssignments;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.access.Users;
import org.flourish.pathways.service.LearnerLinking;

/**
 * A coordinator assigns mentors to a learner; a mentor then sees and acts on that learner only. Mentors are
 * named by their user name, which must be a configured mentor.
 * <pre>
 * curl -u coordinator:secret -X PUT http://localhost:8080/pathways/api/learners/mbox:mailto:ada@example.org/mentors/awa
 * curl -u coordinator:secret http://localhost:8080/pathways/api/learners/mbox:mailto:ada@example.org/mentors
 * </pre>
 */
@Path("learners/{key}/mentors")
@RequestScoped
@Tag(name = "assignments")
public class MentorAssignmentsResource {

    @Inject
    MentorAssignments assignments;

    @Inject
    Users users;

    /** Mentors are assigned to the canonical learner, also when named by an alias key. */
    @Inject
    LearnerLinking links;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The mentors assigned to the learner: {\"mentors\": [name, ...]}")
    public JsonObject mentors(@PathParam("key") String keyAsGiven) {
        Callers.requireRole(security, Role.COORDINATOR);
        String key = links.canonical(keyAsGiven);
        var names = Json.createArrayBuilder();
        assignments.mentorsOf(key).forEach(names::add);
        return Json.createObjectBuilder().add("mentors", names).build();
    }

    @PUT
    @Path("{mentor}")
    @Operation(summary = "Assign the mentor to the learner (204; again changes nothing)")
    public Response assign(@PathParam("key") String keyAsGiven, @PathParam("mentor") String mentor) {
        Callers.requireRole(security, Role.COORDINATOR);
        String key = links.canonical(keyAsGiven);
        if (users.roleOf(mentor).filter(Role.MENTOR::equals).isEmpty()) {
            throw new BadRequestException("mentor: no user named " + mentor + " has the role mentor");
        }
        assignments.assign(mentor, key);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{mentor}")
    @Operation(summary = "End the mentor's assignment to the learner (204)")
    public Response unassign(@PathParam("key") String keyAsGiven, @PathParam("mentor") String mentor) {
        Callers.requireRole(security, Role.COORDINATOR);
        String key = links.canonical(keyAsGiven);
        assignments.unassign(mentor, key);
        return Response.noContent().build();
    }
}
