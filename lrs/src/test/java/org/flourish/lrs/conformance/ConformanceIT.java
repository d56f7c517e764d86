package org.flourish.lrs.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;
import org.flourish.lrs.durability.Backend;
import org.flourish.lrs.durability.LrsServer;
import org.flourish.lrs.store.jpa.DatabaseSettings;
import org.flourish.lrs.testing.Directories;
import org.flourish.lrs.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The official xAPI conformance suite, both versions, against the built WAR on the PostgreSQL service and on the
 * embedded default, started by the start script as docker and {@code -Pstart} start it: every test must pass. Each run gets a fresh, empty LRS started with
 * {@code FLOURISH_XAPI_DEFAULT_VERSION} set to the version under test (the one setting where the two versions' tests
 * contradict each other), and warmed up first ({@link WarmUp}). The two backends run at the same time, each version
 * after the other. The suite comes from
 * {@code flourish.conformance.dir} (default {@code ../shared/conformance} beside the project); each run's files,
 * {@code failing.txt} among them, are under {@code target/conformance/}.
 */
class ConformanceIT {

    /** The suite's test count per version; every one must pass. */
    private static final Map<String, Integer> TESTS = Map.of("1.0.3", 1365, "2.0.0", 1442);
    private static final String KEY = "conformance-key";
    private static final String SECRET = "conformance-secret";

    private static CompletableFuture<List<ConformanceSuite.Score>> service;
    private static CompletableFuture<List<ConformanceSuite.Score>> embedded;

    @BeforeAll
    static void runBothBackendsAtOnce() throws Exception {
        ConformanceSuite suite = ConformanceSuite.prepare(Path.of(System.getProperty("flourish.conformance.dir")),
                Path.of(System.getProperty("flourish.conformance.cache")));
        service = CompletableFuture.supplyAsync(() -> runBothVersions(suite, "service", (version, data) -> {
            DatabaseSettings database = TestDatabases.freshPostgres("flourish_conformance_"
                    + version.replace(".", ""));
            return Backend.service(database.url(), database.user(), database.password(), data);
        }));
        embedded = CompletableFuture.supplyAsync(() -> runBothVersions(suite, "embedded",
                (version, data) -> Backend.embedded(data)));
    }

    @Test
    void theLrsOnThePostgresqlServicePassesEveryConformanceTestOfBothVersions() throws Exception {
        assertAll(passesEveryTest(service));
    }

    @Test
    void theLrsOnTheEmbeddedDefaultPassesEveryConformanceTestOfBothVersions() throws Exception {
        assertAll(passesEveryTest(embedded));
    }

    private static List<Executable> passesEveryTest(CompletableFuture<List<ConformanceSuite.Score>> run)
            throws InterruptedException, ExecutionException {
        List<Executable> checks = new ArrayList<>();
        for (ConformanceSuite.Score score : run.get()) {
            int expected = TESTS.get(score.version());
            checks.add(() -> assertTrue(score.failed() == 0 && score.passed() >= expected, score + ", expected "
                    + expected + "/" + expected + "; failing (" + score.output().resolve("failing.txt") + "):\n"
                    + String.join("\n", score.failing())));
        }
        return checks;
    }

    private static List<ConformanceSuite.Score> runBothVersions(ConformanceSuite suite, String name,
            BiFunction<String, Path, Backend> backendFor) {
        List<ConformanceSuite.Score> scores = new ArrayList<>();
        try {
            for (String version : List.of("1.0.3", "2.0.0")) {
                Path work = work(name + "-" + version);
                Backend backend = backendFor.apply(version, work.resolve("data"));
                Map<String, String> settings = new HashMap<>(backend.settings());
                settings.put("FLOURISH_SEED_KEY", KEY);
                settings.put("FLOURISH_SEED_SECRET", SECRET);
                settings.put("FLOURISH_ADMIN_PASSWORD", "conformance-admin-secret");
                settings.put("FLOURISH_XAPI_DEFAULT_VERSION", version);
                long started = System.nanoTime();
                try (LrsServer server = LrsServer.startThroughScript(
                        Path.of(System.getProperty("flourish.start.script")),
                        Path.of(System.getProperty("payara.microJar")), Path.of(System.getProperty("flourish.war")),
                        work.resolve("runtime"), work, settings, "512m")) {
                    int rounds = WarmUp.run(server.root().resolve("xapi/"), KEY, SECRET);
                    long ready = System.nanoTime();
                    ConformanceSuite.Score score = suite.run(server.root().resolve("xapi"), KEY, SECRET, version,
                            Path.of("target", "conformance", name + "-" + version).toAbsolutePath());
                    System.out.printf("ConformanceIT %s %s (server ready and warm in %d s, %d rounds; suite %d s)%n",
                            backend.name(), score, (ready - started) / 1_000_000_000L, rounds,
                            (System.nanoTime() - ready) / 1_000_000_000L);
                    score.failing().forEach(line -> System.out.println("  " + line));
                    scores.add(score);
                }
            }
            return scores;
        } catch (Exception e) {
            throw new IllegalStateException("the conformance run on " + name + " failed: " + e.getMessage(), e);
        }
    }

    private static Path work(String name) {
        Path work = TestDatabases.embeddedDirectory("conformance-it").resolve(name);
        try {
            Directories.delete(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return work;
    }
}
