package org.flourish.lrs.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import java.util.List;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.service.LearnerErasure;
import org.flourish.lrs.store.ErasureNotice;
import org.flourish.lrs.xapi.Jsons;

/**
 * The erasure feed, for the readers that keep copies of the record (scope {@code erasures/read} only): each entry
 * names an erased learner's identifier keys and the erased statements' ids. Asking for the entries after a position
 * acknowledges those up to it; an entry is deleted once every reader has acknowledged it.
 * <pre>
 * curl -u ENGINE_KEY:SECRET 'http://localhost:8080/admin/erasures/feed?after=0'
 * → {"erasures":[{"position":1,"erasedAt":"…","agents":["mbox:mailto:ama@example.org"],"statements":["…"]}]}
 * </pre>
 */
@Path("admin/erasures/feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ErasureFeedResource {

    @Inject
    LearnerErasure erasure;

    @Context
    HttpServletRequest request;

    @GET
    public JsonObject read(@QueryParam("after") @DefaultValue("0") String after,
            @QueryParam("limit") @DefaultValue("20") String limit) {
        long position = number("after", after);
        long pageSize = number("limit", limit);
        if (pageSize < 1 || pageSize > LearnerErasure.MAX_FEED_PAGE) {
            throw new InvalidRequestException("limit must be between 1 and " + LearnerErasure.MAX_FEED_PAGE);
        }
        List<ErasureNotice> notices = erasure.feed(Callers.of(request), position, (int) pageSize);
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        notices.forEach(notice -> list.add(Jsons.createObjectBuilder()
                .add("position", notice.position())
                .add("erasedAt", notice.erasedAt().toString())
                .add("agents", sorted(notice.agentKeys()))
                .add("statements", sorted(notice.statementIds()))));
        return Jsons.createObjectBuilder().add("erasures", list).build();
    }

    private static JsonArrayBuilder sorted(Collection<String> values) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        values.stream().sorted().forEach(array::add);
        return array;
    }

    private static long number(String name, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number");
        }
    }
}
