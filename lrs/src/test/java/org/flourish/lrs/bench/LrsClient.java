package org.flourish.lrs.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The LRS as a provider's tool reaches it: HTTP/1.1 keep-alive, Basic credentials, xAPI 2.0.0 header. */
final class LrsClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI root;
    private final String authorization;

    LrsClient(URI root, String key, String secret) {
        this.root = root;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs one statement or an array; returns the status (200 when stored). */
    int post(String statements) throws IOException, InterruptedException {
        HttpRequest request = request("xapi/statements").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statements)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** GETs a path relative to the root, e.g. {@code xapi/statements?verb=...}, or an absolute path. */
    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        String relative = pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery;
        return HttpRequest.newBuilder(root.resolve(relative)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("X-Experience-API-Version", "2.0.0");
    }
}
