package org.flourish.lrs.testing;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** An HTTP client of the LRS as a provider's tool would be: Basic credentials, a version header, JSON bodies. */
public final class XapiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI root;
    private final String authorization;
    private final String version;

    private XapiClient(URI root, String authorization, String version) {
        this.root = root;
        this.authorization = authorization;
        this.version = version;
    }

    public static XapiClient at(URI root) {
        return new XapiClient(root, null, "2.0.0");
    }

    public XapiClient as(String key, String secret) {
        String basic = Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return new XapiClient(root, "Basic " + basic, version);
    }

    public XapiClient version(String header) {
        return new XapiClient(root, authorization, header);
    }

    /** The response of one request, with its body parsed as JSON when it is JSON. */
    public record Reply(int status, HttpResponse<String> response) {
        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }
    }

    public static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static Map<String, String> params(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public Reply get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    public Reply get(String pathAndQuery, String header, String value) {
        return send(request(pathAndQuery).header(header, value).GET());
    }

    public Reply head(String pathAndQuery) {
        return send(request(pathAndQuery).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    public Reply options(String pathAndQuery, String origin) {
        return send(request(pathAndQuery).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    public Reply post(String pathAndQuery, String json) {
        return post(pathAndQuery, json, "application/json");
    }

    public Reply post(String pathAndQuery, String body, String contentType) {
        return send(request(pathAndQuery).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply put(String pathAndQuery, String json) {
        return send(request(pathAndQuery).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply patch(String pathAndQuery, String json) {
        return send(request(pathAndQuery).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String pathAndQuery) {
        return send(request(pathAndQuery).DELETE());
    }

    /** The response of a request whose body is kept as bytes, for documents of any content type. */
    public record BinaryReply(int status, HttpResponse<byte[]> response) {
        public byte[] bytes() {
            return response.body();
        }

        public String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(text()))) {
                return reader.read();
            }
        }
    }

    /**
     * A request of any method; {@code body} may be null (no body) and {@code contentType} null (no Content-Type);
     * {@code headers} are extra header names and values in pairs.
     */
    public BinaryReply send(String method, String pathAndQuery, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder builder = request(pathAndQuery).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryReply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Any request with these extra headers and body, answered as bytes: multipart bodies carry binary data. Headers
     * given here replace this client's own of the same name.
     */
    public HttpResponse<byte[]> exchange(String method, String pathAndQuery, Map<String, String> headers,
            byte[] body) {
        HttpRequest.Builder builder = request(pathAndQuery);
        headers.forEach(builder::setHeader);
        builder.method(method, body.length == 0 && !method.equals("POST") && !method.equals("PUT")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        String relative = pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery;
        HttpRequest.Builder builder = HttpRequest.newBuilder(root.resolve(relative)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (version != null) {
            builder.header("X-Experience-API-Version", version);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
