package org.flourish.pathways.lrs;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * An xAPI client over HTTP: Basic credentials (xAPI-Communication 4.1), the version header on every request
 * (xAPI-Communication 3.3), JSON bodies. {@code base} is the LRS's xAPI root, e.g. {@code http://lrs/xapi/}. It also
 * reads the Flourish LRS's erasure feed, by default at {@code admin/erasures/feed} beside the xAPI root.
 */
public final class XapiLrsClient implements StatementFeed, StatementSender, ErasureFeed {

    static final String VERSION_HEADER = "X-Experience-API-Version";
    static final String VERSION = "2.0.0";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** One factory: {@code Json.createReader} would look the JSON-P provider up on every page. */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    private final URI base;
    private final URI erasureFeed;
    private final String authorization;

    public XapiLrsClient(URI base, String key, String secret) {
        this(base, erasureFeedBeside(base), key, secret);
    }

    public XapiLrsClient(URI base, URI erasureFeed, String key, String secret) {
        this.base = withSlash(base);
        this.erasureFeed = erasureFeed;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** The Flourish LRS serves its erasure feed at {@code admin/erasures/feed} beside the xAPI root. */
    public static URI erasureFeedBeside(URI xapiBase) {
        return withSlash(xapiBase).resolve("../admin/erasures/feed");
    }

    private static URI withSlash(URI uri) {
        return uri.toString().endsWith("/") ? uri : URI.create(uri + "/");
    }

    @Override
    public StatementPage since(Optional<Instant> since, int limit) {
        String query = "statements?ascending=true&limit=" + limit
                + since.map(instant -> "&since=" + URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8))
                        .orElse("");
        return page(get(base.resolve(query)));
    }

    /** {@code more} is relative to the LRS's host (xAPI-Data 2.5.s2), resolved here against the base. */
    @Override
    public StatementPage more(String more) {
        return page(get(base.resolve(more)));
    }

    @Override
    public String send(JsonObject statement) {
        HttpRequest request = request(base.resolve("statements")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statement.toString())).build();
        JsonValue ids = parse(exchange(request));
        if (ids instanceof JsonArray array && !array.isEmpty() && array.get(0) instanceof JsonString id) {
            return id.getString();
        }
        throw new LrsUnavailableException("the LRS answered a statement POST without ids");
    }

    @Override
    public List<ErasureNotice> after(long position, int limit) {
        String body = get(URI.create(erasureFeed + "?after=" + position + "&limit=" + limit));
        if (!(parse(body) instanceof JsonObject result) || !(result.get("erasures") instanceof JsonArray entries)) {
            throw new LrsUnavailableException("the LRS answered its erasure feed without erasures");
        }
        List<ErasureNotice> notices = new ArrayList<>();
        for (JsonValue entry : entries) {
            if (!(entry instanceof JsonObject notice) || !(notice.get("position") instanceof JsonNumber at)) {
                throw new LrsUnavailableException("the LRS answered an erasure without a position");
            }
            notices.add(new ErasureNotice(at.longValueExact(), strings(notice, "agents"),
                    strings(notice, "statements")));
        }
        return notices;
    }

    private static Set<String> strings(JsonObject notice, String member) {
        if (!(notice.get(member) instanceof JsonArray array)) {
            throw new LrsUnavailableException("the LRS answered an erasure without " + member);
        }
        Set<String> values = new HashSet<>();
        array.forEach(value -> {
            if (value instanceof JsonString text) {
                values.add(text.getString());
            }
        });
        return values;
    }

    private String get(URI uri) {
        return exchange(request(uri).GET().build());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header(VERSION_HEADER, VERSION)
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private String exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new LrsUnavailableException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new LrsUnavailableException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LrsUnavailableException("interrupted while calling the LRS", e);
        }
    }

    private static StatementPage page(String body) {
        if (!(parse(body) instanceof JsonObject result) || !(result.get("statements") instanceof JsonArray list)) {
            throw new LrsUnavailableException("the LRS answered without a StatementResult");
        }
        Optional<String> more = result.get("more") instanceof JsonString next ? Optional.of(next.getString())
                : Optional.empty();
        return new StatementPage(list.getValuesAs(JsonObject.class), more);
    }

    private static JsonValue parse(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (jakarta.json.JsonException e) {
            throw new LrsUnavailableException("the LRS answered with malformed JSON", e);
        }
    }
}
