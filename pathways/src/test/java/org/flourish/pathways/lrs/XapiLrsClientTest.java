package org.flourish.pathways.lrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a small HTTP server standing in for an LRS at {@code /lrs/xapi/}. */
class XapiLrsClientTest {

    private final List<String> requests = new ArrayList<>();
    private final List<String> versions = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();
    private HttpServer server;
    private XapiLrsClient client;
    private int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/lrs/xapi/statements", this::answer);
        server.createContext("/lrs/admin/erasures/feed", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = ("{\"erasures\":[{\"position\":7,\"erasedAt\":\"2026-11-03T08:00:00Z\","
                    + "\"agents\":[\"mbox:mailto:awa@example.org\"],"
                    + "\"statements\":[\"a1b2c3d4-0000-4000-8000-000000000003\"]}]}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        client = new XapiLrsClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/lrs/xapi"),
                "engine", "s3cret");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        versions.add(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"));
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        String body = exchange.getRequestMethod().equals("POST") ? "[\"a1b2c3d4-0000-4000-8000-000000000001\"]"
                : "{\"statements\":[{\"id\":\"a1b2c3d4-0000-4000-8000-000000000002\"}],"
                        + "\"more\":\"/lrs/xapi/statements?more=page2\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void asksInAscendingStoredOrderSinceTheInstantWithVersionHeaderAndBasicCredentials() {
        StatementPage page = client.since(Optional.of(Instant.parse("2026-11-02T09:00:00Z")), 50);
        assertEquals(List.of("GET /lrs/xapi/statements?ascending=true&limit=50&since=2026-11-02T09%3A00%3A00Z"),
                requests);
        assertEquals(List.of("2.0.0"), versions);
        assertEquals(List.of("Basic ZW5naW5lOnMzY3JldA=="), authorizations);
        assertEquals(1, page.statements().size());
        assertEquals(Optional.of("/lrs/xapi/statements?more=page2"), page.more());
    }

    @Test
    void moreIsResolvedAgainstTheLrsHost() {
        client.more("/lrs/xapi/statements?more=page2");
        assertEquals(List.of("GET /lrs/xapi/statements?more=page2"), requests);
    }

    @Test
    void sendingAStatementReturnsTheIdTheLrsKeptItUnder() {
        assertEquals("a1b2c3d4-0000-4000-8000-000000000001",
                client.send(Json.createObjectBuilder().add("verb", "x").build()));
        assertTrue(requests.get(0).startsWith("POST /lrs/xapi/statements"));
    }

    @Test
    void theErasureFeedIsReadBesideTheXapiRootWithTheSameCredential() {
        List<ErasureNotice> notices = client.after(6, 20);
        assertEquals(List.of("GET /lrs/admin/erasures/feed?after=6&limit=20"), requests);
        assertEquals(List.of("Basic ZW5naW5lOnMzY3JldA=="), authorizations);
        assertEquals(List.of(new ErasureNotice(7, java.util.Set.of("mbox:mailto:awa@example.org"),
                java.util.Set.of("a1b2c3d4-0000-4000-8000-000000000003"))), notices);
    }

    @Test
    void aRefusedErasureFeedMakesTheLrsUnavailable() {
        status = 403;
        assertThrows(LrsUnavailableException.class, () -> client.after(0, 20));
    }

    @Test
    void anErrorStatusMakesTheLrsUnavailable() {
        status = 503;
        assertThrows(LrsUnavailableException.class, () -> client.since(Optional.empty(), 10));
    }
}
