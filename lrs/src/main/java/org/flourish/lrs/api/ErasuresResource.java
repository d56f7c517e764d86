package org.flourish.lrs.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.flourish.lrs.boot.LrsSettings;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.service.LearnerErasure;
import org.flourish.lrs.store.ErasureRecord;
import org.flourish.lrs.xapi.Jsons;

/**
 * Erasure of a learner's data (admin only), and its audit.
 * <pre>
 * curl -u admin:PASSWORD -H 'Content-Type: application/json' \
 *      -d '{"agents":[{"mbox":"mailto:ama@example.org"},{"account":{"homePage":"https://school.example.org","name":"A-17"}}]}' \
 *      http://localhost:8080/admin/erasures
 * </pre>
 */
@Path("admin/erasures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ErasuresResource {

    @Inject
    LearnerErasure erasure;

    @Inject
    LrsSettings settings;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject erase(InputStream body) {
        AdminRequests.requireAdmin(request);
        JsonObject json = AdminRequests.object(body, settings.maxRequestBytes());
        JsonValue agents = json.get("agents");
        if (agents == null || agents.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidRequestException("agents is required: an array of the learner's Agent identifiers");
        }
        return describe(erasure.erase(agents.asJsonArray(), Callers.of(request).key()));
    }

    @GET
    public JsonValue audit() {
        AdminRequests.requireAdmin(request);
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        erasure.erasures().forEach(record -> list.add(describe(record)));
        return list.build();
    }

    private static JsonObject describe(ErasureRecord record) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", record.id())
                .add("requestedBy", record.requestedBy())
                .add("requestedAt", record.requestedAt().toString());
        record.identifiersDigest().ifPresent(digest -> json.add("identifiersDigest", digest));
        return json.add("statementsErased", record.statementsErased())
                .add("documentsErased", record.documentsErased())
                .add("attachmentsErased", record.attachmentsErased())
                .build();
    }
}
