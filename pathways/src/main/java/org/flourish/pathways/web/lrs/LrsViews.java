package org.flourish.pathways.web.lrs;

import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/** The LRS admin API's JSON as the admin pages show it. */
public final class LrsViews {

    private LrsViews() {
    }

    /** A provider with its credentials. */
    public record Provider(long id, String name, String homepage, boolean enabled, List<Credential> credentials) {
    }

    /** A credential: its key (never its secret), scopes and whether it is enabled. */
    public record Credential(String key, String scopes, boolean enabled) {
    }

    /** A forwarding subscription and its delivery status. */
    public record Subscription(long id, String name, String target, boolean enabled, long delivered,
                               double lagSeconds, Optional<String> lastError) {
    }

    public static Provider provider(JsonObject json) {
        return new Provider(json.getJsonNumber("id").longValue(), json.getString("name"),
                json.getString("homepage"), json.getBoolean("enabled"),
                json.getJsonArray("credentials").getValuesAs(JsonObject.class).stream()
                        .map(c -> new Credential(c.getString("key"), String.join(", ",
                                c.getJsonArray("scopes").getValuesAs(JsonString.class).stream()
                                        .map(JsonString::getString).toList()), c.getBoolean("enabled")))
                        .toList());
    }

    public static Subscription subscription(JsonObject json) {
        JsonObject status = json.getJsonObject("status");
        return new Subscription(json.getJsonNumber("id").longValue(), json.getString("name"),
                json.getString("target"), json.getBoolean("enabled"),
                status.getJsonNumber("deliveredCount").longValue(),
                status.getJsonNumber("lagSeconds").doubleValue(),
                Optional.ofNullable(status.getString("lastError", null)));
    }
}
