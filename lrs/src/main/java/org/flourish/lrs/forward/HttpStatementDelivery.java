package org.flourish.lrs.forward;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.flourish.lrs.store.StoredStatement;

/**
 * Delivers a batch as one xAPI POST of a statement array (xAPI-Communication 2.1.2) to {@code target/statements},
 * with the target's Basic credentials. The statements carry their ids, so a re-delivery after a lost answer is an
 * identical re-post the target accepts without storing twice.
 */
public final class HttpStatementDelivery implements StatementDelivery {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public void deliver(Subscription subscription, List<StoredStatement> batch) {
        String body = batch.stream().map(StoredStatement::json).collect(Collectors.joining(",", "[", "]"));
        String credentials = subscription.targetKey() + ":" + subscription.targetSecret();
        HttpRequest request = HttpRequest.newBuilder(statementsOf(subscription.target()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Experience-API-Version", versionFor(batch))
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailedException("target answered " + response.statusCode() + ": "
                        + abbreviate(response.body()));
            }
        } catch (IOException e) {
            throw new DeliveryFailedException("target unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted", e);
        }
    }

    /**
     * 2.0.0 when a statement of the batch was made under 2.0 (a 2.0 LRS also takes 1.0.x statements), else 1.0.3.
     * The stored JSON is the LRS's own compact serialization, so its version property reads exactly like this.
     */
    private static String versionFor(List<StoredStatement> batch) {
        return batch.stream().anyMatch(s -> s.json().contains("\"version\":\"2.")) ? "2.0.0" : "1.0.3";
    }

    private static URI statementsOf(URI target) {
        String base = target.toString();
        return URI.create(base.endsWith("/") ? base + "statements" : base + "/statements");
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
