package org.flourish.pathways.web.lrs;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * The LRS's administration API ({@code /admin/...}) over HTTP, with the admin credential the engine is configured
 * with: providers and their credentials, forwarding subscriptions, erasures. Answers are the LRS's JSON; a refusal
 * (4xx) carries the LRS's message, anything else means the LRS could not be reached.
 */
public final class LrsAdmin {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    public LrsAdmin(URI base, String key, String secret) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public List<JsonObject> providers() {
        return get("providers").asJsonArray().getValuesAs(JsonObject.class);
    }

    public JsonObject addProvider(String name, String homepage) {
        return send("POST", "providers", Json.createObjectBuilder().add("name", name).add("homepage", homepage)
                .build()).asJsonObject();
    }

    /** The answer carries the new secret, which the LRS shows this once only. */
    public JsonObject issueCredential(long providerId, List<String> scopes) {
        return send("POST", "providers/" + providerId + "/credentials", Json.createObjectBuilder()
                .add("scopes", Json.createArrayBuilder(scopes)).build()).asJsonObject();
    }

    public void setProviderEnabled(long providerId, boolean enabled) {
        send("PATCH", "providers/" + providerId, Json.createObjectBuilder().add("enabled", enabled).build());
    }

    public void setCredentialEnabled(String key, boolean enabled) {
        send("PATCH", "credentials/" + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20"),
                Json.createObjectBuilder().add("enabled", enabled).build());
    }

    public List<JsonObject> subscriptions() {
        return get("subscriptions").asJsonArray().getValuesAs(JsonObject.class);
    }

    public void setSubscriptionEnabled(long id, boolean enabled) {
        send("PATCH", "subscriptions/" + id, Json.createObjectBuilder().add("enabled", enabled).build());
    }

    /** Erases every statement and document of the learner the agents identify; the LRS's audit record comes back. */
    public JsonObject erase(JsonArray agents) {
        return send("POST", "erasures", Json.createObjectBuilder().add("agents", agents).build()).asJsonObject();
    }

    private JsonValue get(String path) {
        return exchange(request(path).GET().build());
    }

    private JsonValue send(String method, String path, JsonObject body) {
        return exchange(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private JsonValue exchange(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LrsAdminException(Optional.empty(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LrsAdminException(Optional.empty(), e);
        }
        int status = response.statusCode();
        if (status / 100 == 4) {
            throw new LrsAdminException(Optional.of(errorMessage(response.body()).orElse("HTTP " + status)), null);
        }
        if (status / 100 != 2) {
            throw new LrsAdminException(Optional.empty(), null);
        }
        if (response.body().isBlank()) {
            return JsonValue.NULL;
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    /** The LRS answers errors as {@code {"error":{"message":...}}}. */
    private static Optional<String> errorMessage(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject error = reader.readObject().getJsonObject("error");
            return Optional.ofNullable(error).map(e -> e.getString("message", null));
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }
}
