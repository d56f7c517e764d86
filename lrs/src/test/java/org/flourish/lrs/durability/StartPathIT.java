package org.flourish.lrs.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
    void aRestartWithTheSameRuntimeDirectoryNeverAnswers503OrAnyErrorAfterTheFirst200() throws Exception {
        Path work = work("restart");
        Path runtime = work.resolve("payara-runtime");
        for (int start = 1; start <= 2; start++) {
            try (LrsServer server = start(work, runtime)) {
                List<String> unexpected = pollAbout(server.root(), Duration.ofSeconds(20));
                assertTrue(unexpected.isEmpty(), "start " + start + " after its first 200: " + unexpected);
            }
        }
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

    @Test
    void anLrsThatCannotReachItsDatabaseEndsTheProcessWithANonZeroStatus() throws Exception {
        Path work = work("unreachable");
        Process process = LrsServer.launchThroughScript(script(), payaraJar(), war(), work.resolve("payara-runtime"),
                work, Map.of("FLOURISH_DB_URL", "jdbc:postgresql://127.0.0.1:9/nowhere", "FLOURISH_DB_USER", "x",
                        "FLOURISH_DATA_DIR", work.resolve("data").toString()), "512m");
        try {
            assertTrue(process.waitFor(4, TimeUnit.MINUTES), "the process still runs; see " + work);
            assertEquals(70, process.exitValue(), "see " + work.resolve("server.log"));
        } finally {
            process.destroyForcibly();
        }
    }

    private static LrsServer start(Path work, Path runtime) throws IOException, InterruptedException {
        return LrsServer.startThroughScript(script(), payaraJar(), war(), runtime, work, Map.of(
                "FLOURISH_DB_URL", database.url(), "FLOURISH_DB_USER", database.user(),
                "FLOURISH_DB_PASSWORD", database.password(), "FLOURISH_DATA_DIR", work.resolve("data").toString()),
                "512m");
    }

    /** Every answer of {@code /xapi/about} other than 200 during {@code period}, with when it came. */
    private static List<String> pollAbout(URI root, Duration period) throws InterruptedException {
        List<String> unexpected = new ArrayList<>();
        long start = System.nanoTime();
        while (System.nanoTime() - start < period.toNanos()) {
            String at = (System.nanoTime() - start) / 1_000_000 + " ms: ";
            try {
                int status = get(root.resolve("xapi/about")).statusCode();
                if (status != 200) {
                    unexpected.add(at + status);
                }
            } catch (IOException e) {
                unexpected.add(at + e);
            }
            Thread.sleep(100);
        }
        return unexpected;
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
