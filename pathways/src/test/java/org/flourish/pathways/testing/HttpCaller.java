package org.flourish.pathways.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/** An HTTP client as an API user would be: optional Basic credentials, optional xAPI version header, JSON bodies. */
public final class HttpCaller {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI root;
    private final Optional<String> authorization;
    private final Optional<String> xapiVersion;

    private HttpCaller(URI root, Optional<String> authorization, Optional<String> xapiVersion) {
        this.root = root;
        this.authorization = authorization;
        this.xapiVersion = xapiVersion;
    }

    public static HttpCaller at(URI root) {
        return new HttpCaller(root, Optional.empty(), Optional.empty());
    }

    public HttpCaller as(String user, String password) {
        return new HttpCaller(root, Optional.of("Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8))), xapiVersion);
    }

    public HttpCaller xapi() {
        return new HttpCaller(root, authorization, Optional.of("2.0.0"));
    }

    public record Reply(int status, String body) {
        public JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    public Reply get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path, "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String contentType, String body) {
        return send(request(path, "Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(60));
        authorization.ifPresent(value -> builder.header("Authorization", value));
        xapiVersion.ifPresent(value -> builder.header("X-Experience-API-Version", value));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
