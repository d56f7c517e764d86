package org.flourish.lrs.testing;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in xAPI target on loopback that records the statement batches posted to it, and can be told to fail the
 * next requests with 503, to test forwarding against a target that fails and recovers.
 */
public final class RecordingTarget implements AutoCloseable {

    private final HttpServer server;
    private final List<JsonArray> batches = new ArrayList<>();
    private final List<String> versions = new ArrayList<>();
    private final AtomicInteger failuresToGive = new AtomicInteger();

    public RecordingTarget() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/xapi/statements", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                if (failuresToGive.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                try (JsonReader reader = Json.createReader(new java.io.StringReader(text))) {
                    synchronized (batches) {
                        batches.add(reader.readArray());
                        versions.add(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"));
                    }
                }
                exchange.sendResponseHeaders(200, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** The xAPI base address to subscribe with. */
    public URI xapi() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/xapi");
    }

    public void failNext(int requests) {
        failuresToGive.set(requests);
    }

    public List<JsonArray> batches() {
        synchronized (batches) {
            return List.copyOf(batches);
        }
    }

    public List<String> versions() {
        synchronized (batches) {
            return List.copyOf(versions);
        }
    }

    /** Ids of every statement received, in the order received. */
    public List<String> receivedIds() {
        return batches().stream().flatMap(b -> b.stream().map(s -> s.asJsonObject().getString("id"))).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
