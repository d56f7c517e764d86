package org.flourish.lrs.conformance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * Exercises a freshly started LRS until it answers at its usual speed, storing nothing, before the suite runs. The
 * suite measures its clock's margin from its first statement POST (the time before sending it minus its
 * {@code stored}) and later queries with {@code since} set from it: a first answer seconds late, as a cold server
 * on a busy machine gives, puts that {@code since} in the future and fails XAPI-00162 with nothing wrong in the LRS.
 */
final class WarmUp {

    private static final int MAX_ROUNDS = 40;
    private static final Duration FAST_ROUND = Duration.ofMillis(300);
    private static final String VERSION = "2.0.0";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI xapi;
    private final String authorization;

    private WarmUp(URI xapi, String key, String secret) {
        this.xapi = URI.create(xapi.toString().endsWith("/") ? xapi.toString() : xapi + "/");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Rounds of refused statement batches, queries and a state document written and deleted; returns the rounds. */
    static int run(URI xapi, String key, String secret) throws IOException, InterruptedException {
        WarmUp warmUp = new WarmUp(xapi, key, secret);
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            long started = System.nanoTime();
            warmUp.round();
            if (round >= 3 && System.nanoTime() - started < FAST_ROUND.toNanos()) {
                return round;
            }
        }
        return MAX_ROUNDS;
    }

    private void round() throws IOException, InterruptedException {
        String valid = "{\"actor\":{\"mbox\":\"mailto:warm-up@example.org\"},\"verb\":{\"id\":"
                + "\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":{\"id\":\"https://example.org/warm-up\"}}";
        // The second statement has no verb: the whole batch is refused, nothing is stored.
        expect(400, send("POST", "statements", "[" + valid + ",{\"actor\":{\"mbox\":\"mailto:w@example.org\"},"
                + "\"object\":{\"id\":\"https://example.org/warm-up\"}}]"));
        expect(200, send("GET", "statements?limit=1", null));
        expect(404, send("GET", "statements?statementId=" + UUID.randomUUID(), null));
        String state = "activities/state?activityId=https%3A%2F%2Fexample.org%2Fwarm-up&stateId=s&agent="
                + "%7B%22mbox%22%3A%22mailto%3Awarm-up%40example.org%22%7D";
        expect(204, send("PUT", state, "{\"warm\":true}"));
        expect(200, send("GET", state, null));
        expect(204, send("DELETE", state, null));
    }

    private int send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(xapi.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("X-Experience-API-Version", VERSION);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void expect(int status, int actual) {
        if (status != actual) {
            throw new IllegalStateException("warming the LRS up: expected " + status + ", got " + actual);
        }
    }
}
