package org.flourish.lrs.badinput;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Sends generated requests over several connections at once, and keeps what each got back. */
final class BadInputRun {

    /** What one request got: its status, or -1 and why when it got no answer in time. */
    record Outcome(BadRequest request, int status, String contentType, byte[] body, String failure) {

        boolean refused() {
            return status >= 400;
        }

        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private BadInputRun() {
    }

    /** Every request's outcome; fails if they are not all answered (or timed out) before {@code deadlineAfter}. */
    static List<Outcome> send(URI root, String authorization, List<BadRequest> requests, int connections,
            Duration deadlineAfter) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        // The client's own executor, not the pool: the pool's threads wait in send, and would starve it.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        try {
            List<Future<Outcome>> pending = new ArrayList<>(requests.size());
            for (BadRequest request : requests) {
                pending.add(pool.submit(() -> exchange(http, root, authorization, request)));
            }
            List<Outcome> outcomes = new ArrayList<>(requests.size());
            long deadline = System.nanoTime() + deadlineAfter.toNanos();
            for (Future<Outcome> outcome : pending) {
                outcomes.add(outcome.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return outcomes;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the LRS did not answer every request within " + deadlineAfter);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome exchange(HttpClient http, URI root, String authorization, BadRequest request)
            throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(root.resolve(request.pathAndQuery())).timeout(TIMEOUT)
                .header("Authorization", authorization).header("X-Experience-API-Version", "2.0.0")
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Outcome(request, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), null);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(request, -1, "", new byte[0], e.toString());
        }
    }
}
