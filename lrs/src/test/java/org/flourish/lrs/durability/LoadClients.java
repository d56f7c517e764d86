package org.flourish.lrs.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Clients posting to the LRS in a closed loop until stopped: some post batches with ids they chose, one PUTs single
 * statements; each request goes into the {@link Ledger}. Statements are about 1.5 KB, as in the measurements.
 */
final class LoadClients {

    private static final String PADDING = "x".repeat(900);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI root;
    private final String authorization;
    private final Ledger ledger;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    LoadClients(URI root, String key, String secret, Ledger ledger) {
        this.root = root;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
        this.ledger = ledger;
    }

    /** Starts {@code batchClients} clients posting batches of {@code batchSize}, and one client PUTting singles. */
    void start(int batchClients, int batchSize) {
        for (int client = 0; client < batchClients; client++) {
            int number = client;
            startThread("crash-batches-" + client, () -> postBatch(number, batchSize));
        }
        startThread("crash-puts", () -> put() != -1);
    }

    /** A client's loop; it ends when stopped or when the server is gone (a request failed without an answer). */
    private void startThread(String name, BooleanSupplier request) {
        Thread thread = new Thread(() -> {
            boolean answered = true;
            while (running.get() && answered) {
                answered = request.getAsBoolean();
            }
        }, name);
        thread.start();
        threads.add(thread);
    }

    /** Stops the clients (after a kill their requests fail at once) and waits for them. */
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(60).toMillis());
        }
    }

    /** PUTs one statement; returns the status the LRS answered (204 when stored), or -1 for no answer. */
    int put() {
        UUID id = UUID.randomUUID();
        HttpRequest request = request("xapi/statements?statementId=" + id)
                .PUT(HttpRequest.BodyPublishers.ofString(statement(id, 99))).build();
        int status = send(request);
        ledger.record(List.of(id), status == 204);
        return status;
    }

    /** POSTs a batch of {@code size}; returns whether the LRS answered at all. */
    private boolean postBatch(int client, int size) {
        List<UUID> ids = new ArrayList<>(size);
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            body.append(i == 0 ? "" : ",").append(statement(id, client));
        }
        HttpRequest request = request("xapi/statements").POST(HttpRequest.BodyPublishers.ofString(
                body.append(']').toString())).build();
        int status = send(request);
        ledger.record(ids, status == 200);
        return status != -1;
    }

    private int send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException killed) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("X-Experience-API-Version", "2.0.0")
                .header("Content-Type", "application/json");
    }

    private static String statement(UUID id, int client) {
        return "{\"id\":\"" + id + "\",\"actor\":{\"objectType\":\"Agent\",\"mbox\":\"mailto:learner-" + client
                + "@crash.example.org\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/answered\"},"
                + "\"object\":{\"id\":\"https://crash.example.org/activities/" + (id.hashCode() & 1023) + "\"},"
                + "\"result\":{\"success\":true,\"response\":\"" + PADDING + "\"},"
                + "\"context\":{\"registration\":\"" + UUID.randomUUID() + "\"}}";
    }
}
