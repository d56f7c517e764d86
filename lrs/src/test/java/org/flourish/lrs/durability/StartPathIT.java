package org.flourish.lrs.durability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.flourish.lrs.store.jpa.DatabaseSettings;
import org.flourish.lrs.testing.Directories;
import org.flourish.lrs.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The LRS as docker and {@code -Pstart} run it: through {@code lrs/src/start/run-payara.sh}, deployed at {@code /},
 * in a Payara Micro process of its own, on a database of the PostgreSQL service.
 */
class StartPathIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static DatabaseSettings database;

    @BeforeAll
    static void database() {
        database = TestDatabases.freshPostgres("flourish_start_it");
    }

    @Test
    void theStartPathNamesNoServerSoftwareAndServesNoApiDescriptionWithoutACredential() throws Exception {
        Path work = work("headers");
        try (LrsServer server = start(work, work.resolve("payara-runtime"))) {
            for (String path : List.of("xapi/about", "xapi/statements", "openapi", "openapi/", "openapi/ui",
                    "application.wadl", "nothing-here")) {
                HttpResponse<String> response = get(server.root().resolve(path));
                assertTrue(response.headers().firstValue("Server").isEmpty(), path + ": " + response.headers());
                assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), path + ": " + response.headers());
                if (!path.equals("xapi/about")) {
                    assertTrue(response.statusCode() == 404 || response.statusCode() == 401,
                            path + ": " + response.statusCode());
                    assertFalse(response.body().contains("openapi:") || response.body().contains("wadl"),
                            path + ": " + response.body());
                }
            }
        }
    }

    private static LrsServer start(Path work, Path runtime) throws IOException, InterruptedException {
        return LrsServer.startThroughScript(script(), payaraJar(), war(), runtime, work, Map.of(
                "FLOURISH_DB_URL", database.url(), "FLOURISH_DB_USER", database.user(),
                "FLOURISH_DB_PASSWORD", database.password(), "FLOURISH_DATA_DIR", work.resolve("data").toString()),
                "512m");
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Path work(String name) throws IOException {
        Path work = TestDatabases.embeddedDirectory("start-it").resolve(name);
        Directories.delete(work);
        return work;
    }

    private static Path script() {
        return Path.of(System.getProperty("flourish.start.script"));
    }

    private static Path payaraJar() {
        return Path.of(System.getProperty("payara.microJar"));
    }

    private static Path war() {
        return Path.of(System.getProperty("flourish.war"));
    }
}
