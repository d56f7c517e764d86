package org.flourish.pathways.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.access.User;
import org.flourish.pathways.service.LearnerRoster;
import org.flourish.pathways.service.LearnerRoster.Page;
import org.flourish.pathways.store.LearnerDirectory;
import org.flourish.pathways.web.view.LearnerViews;

/**
 * The list of learners, a page at a time: a mentor's own learners with names, or, for a coordinator, every learner
 * and whether a mentor is assigned (no learner's data). Anyone else: 403.
 * <pre>
 * curl -u mentor:secret 'http://localhost:8080/pathways/api/learners?page=0&amp;size=50'
 * </pre>
 */
@Path("learners")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "learners")
public class LearnerListResource {

    private static final int MAX_SIZE = 500;

    @Inject
    LearnerDirectory directory;

    @Inject
    LearnerViews views;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "A mentor's learners with names, or for a coordinator every learner and whether a mentor is "
            + "assigned; paged (page from 0, size up to 500, a 'more' link while more remain)")
    public JsonObject list(@QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("50") int size) {
        User caller = Callers.of(security);
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("page is 0 or more and size between 1 and " + MAX_SIZE);
        }
        LearnerRoster roster = new LearnerRoster(directory, key -> views.names().of(key));
        JsonArrayBuilder learners = Json.createArrayBuilder();
        Page<?> shown;
        if (caller.role() == Role.MENTOR) {
            Page<LearnerRoster.Assigned> mine = roster.assignedTo(caller.name(), page, size);
            mine.items().forEach(learner -> learners.add(Json.createObjectBuilder()
                    .add("learner", learner.learnerKey()).add("name", learner.name())));
            shown = mine;
        } else if (caller.role() == Role.COORDINATOR) {
            Page<LearnerRoster.Known> all = roster.all(page, size);
            all.items().forEach(learner -> learners.add(Json.createObjectBuilder()
                    .add("learner", learner.learnerKey()).add("hasMentor", learner.hasMentor())));
            shown = all;
        } else {
            throw new ForbiddenException("the list of learners is for mentors (their own) and coordinators");
        }
        JsonObjectBuilder answer = Json.createObjectBuilder().add("learners", learners).add("page", shown.page())
                .add("size", shown.size()).add("total", shown.total());
        if (shown.hasMore()) {
            answer.add("more", "learners?page=" + (shown.page() + 1) + "&size=" + shown.size());
        }
        return answer.build();
    }
}
