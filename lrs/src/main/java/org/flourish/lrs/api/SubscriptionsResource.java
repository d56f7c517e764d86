package org.flourish.lrs.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import org.flourish.lrs.boot.LrsSettings;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.error.NotFoundException;
import org.flourish.lrs.forward.Subscription;
import org.flourish.lrs.forward.SubscriptionFilter;
import org.flourish.lrs.forward.SubscriptionStore;
import org.flourish.lrs.store.StatementStore;
import org.flourish.lrs.store.StoredStatement;
import org.flourish.lrs.xapi.Jsons;

/**
 * Statement forwarding subscriptions (admin only), with each one's delivery status.
 * <pre>
 * curl -u admin:PASSWORD -H 'Content-Type: application/json' -d '{"name":"pathways","target":"http://localhost:8081/xapi",
 *      "key":"K","secret":"S","filter":{"verb":"http://adlnet.gov/expapi/verbs/passed"},"from":"now"}' \
 *      http://localhost:8080/admin/subscriptions
 * </pre>
 */
@Path("admin/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

    @Inject
    SubscriptionStore subscriptions;

    @Inject
    StatementStore statements;

    @Inject
    LrsSettings settings;

    @Context
    HttpServletRequest request;

    @GET
    public JsonValue list() {
        AdminRequests.requireAdmin(request);
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        subscriptions.all().forEach(s -> list.add(describe(s)));
        return list.build();
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") long id) {
        AdminRequests.requireAdmin(request);
        return describe(subscriptions.find(id).orElseThrow(() -> noSubscription(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(InputStream body) {
        AdminRequests.requireAdmin(request);
        JsonObject json = AdminRequests.object(body, settings.maxRequestBytes());
        String name = AdminRequests.requiredString(json, "name");
        if (subscriptions.all().stream().anyMatch(s -> s.name().equals(name))) {
            throw new InvalidRequestException("a subscription named " + name + " already exists");
        }
        String from = json.getString("from", "now");
        if (!from.equals("now") && !from.equals("beginning")) {
            throw new InvalidRequestException("from must be now or beginning, not " + from);
        }
        Subscription added = subscriptions.add(name,
                AdminRequests.absoluteUri("target", AdminRequests.requiredString(json, "target")),
                AdminRequests.requiredString(json, "key"), AdminRequests.requiredString(json, "secret"),
                filterOf(json), from.equals("now") ? statements.settledPosition() : 0);
        return Response.status(Response.Status.CREATED).entity(describe(added)).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject change(@PathParam("id") long id, InputStream body) {
        AdminRequests.requireAdmin(request);
        boolean enabled = AdminRequests.enabledOf(AdminRequests.object(body, settings.maxRequestBytes()));
        return describe(subscriptions.setEnabled(id, enabled).orElseThrow(() -> noSubscription(id)));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        AdminRequests.requireAdmin(request);
        if (!subscriptions.delete(id)) {
            throw noSubscription(id);
        }
        return Response.noContent().build();
    }

    private static SubscriptionFilter filterOf(JsonObject json) {
        JsonValue filter = json.get("filter");
        if (filter == null || filter == JsonValue.NULL) {
            return SubscriptionFilter.ALL;
        }
        if (filter.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidRequestException("filter must be an object with verb, activity and/or providerId");
        }
        JsonObject f = filter.asJsonObject();
        OptionalLong provider = f.containsKey("providerId")
                ? OptionalLong.of(f.getJsonNumber("providerId").longValueExact()) : OptionalLong.empty();
        return new SubscriptionFilter(Optional.ofNullable(f.getString("verb", null)),
                Optional.ofNullable(f.getString("activity", null)), provider);
    }

    /** A subscription's settings and status; never its target secret. */
    private JsonObject describe(Subscription s) {
        JsonObjectBuilder filter = Jsons.createObjectBuilder();
        s.filter().verb().ifPresent(v -> filter.add("verb", v));
        s.filter().activity().ifPresent(a -> filter.add("activity", a));
        s.filter().providerId().ifPresent(p -> filter.add("providerId", p));
        JsonObjectBuilder status = Jsons.createObjectBuilder()
                .add("deliveredThrough", s.progress().deliveredThrough())
                .add("deliveredCount", s.progress().deliveredCount())
                .add("failures", s.progress().failures())
                .add("lagSeconds", lagSeconds(s));
        s.progress().lastDeliveredAt().ifPresent(t -> status.add("lastDeliveredAt", t.toString()));
        s.progress().lastError().ifPresent(e -> status.add("lastError", e));
        s.progress().lastErrorAt().ifPresent(t -> status.add("lastErrorAt", t.toString()));
        s.progress().nextAttemptAt().ifPresent(t -> status.add("nextAttemptAt", t.toString()));
        return Jsons.createObjectBuilder()
                .add("id", s.id())
                .add("name", s.name())
                .add("target", s.target().toString())
                .add("key", s.targetKey())
                .add("filter", filter)
                .add("enabled", s.enabled())
                .add("created", s.created().toString())
                .add("status", status)
                .build();
    }

    /** How long the oldest statement not yet forwarded has waited; 0 when nothing waits. */
    private double lagSeconds(Subscription s) {
        return statements.readAfter(s.progress().deliveredThrough(), 1).stream().findFirst()
                .map(StoredStatement::stored)
                .map(oldest -> Duration.between(oldest, OffsetDateTime.now()).toMillis() / 1000.0)
                .orElse(0.0);
    }

    private static NotFoundException noSubscription(long id) {
        return new NotFoundException("no subscription with id " + id);
    }
}
