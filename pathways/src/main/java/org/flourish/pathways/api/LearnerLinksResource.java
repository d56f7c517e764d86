package org.flourish.pathways.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import org.flourish.pathways.access.Role;
import org.flourish.pathways.service.LearnerLinking;

/**
 * A coordinator links the keys one child is known by across providers: {@code {key}} is the canonical learner key,
 * {@code {alias}} another key that from then on stands for it. A link that would make a chain or a cycle, or give
 * an alias two canonical keys, answers 400 saying why.
 * <pre>
 * curl -u coordinator:secret -X PUT \
 *      'http://localhost:8080/pathways/api/learners/account:https:%2F%2Fschool.example%7CTH-0142/links/mbox:mailto:awa@ngo.example'
 * curl -u coordinator:secret http://localhost:8080/pathways/api/learners/mbox:mailto:awa@ngo.example/links
 * </pre>
 */
@Path("learners/{key}/links")
@RequestScoped
@Tag(name = "links")
public class LearnerLinksResource {

    @Inject
    LearnerLinking links;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The learner's canonical key and its aliases: {\"learner\": key, \"aliases\": [key, ...]}; "
            + "asked with an alias, the canonical learner's")
    public JsonObject links(@PathParam("key") String key) {
        Callers.requireRole(security, Role.COORDINATOR);
        var aliases = Json.createArrayBuilder();
        links.aliasesOf(key).forEach(aliases::add);
        return Json.createObjectBuilder().add("learner", links.canonical(key)).add("aliases", aliases).build();
    }

    @PUT
    @Path("{alias}")
    @Operation(summary = "Make the alias key stand for the canonical learner key (204; again changes nothing; 400 "
            + "if the key is itself an alias, or the alias is linked elsewhere or has aliases)")
    public Response link(@PathParam("key") String key, @PathParam("alias") String alias) {
        Callers.requireRole(security, Role.COORDINATOR);
        links.link(key, alias);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{alias}")
    @Operation(summary = "End the link: the alias is a learner of its own again (204)")
    public Response unlink(@PathParam("key") String key, @PathParam("alias") String alias) {
        Callers.requireRole(security, Role.COORDINATOR);
        links.unlink(key, alias);
        return Response.noContent().build();
    }
}
