package org.flourish.lrs.durability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.flourish.lrs.store.jpa.DatabaseSettings;
import org.flourish.lrs.testing.Directories;
import org.flourish.lrs.testing.TestDatabases;

/**
 * The long crash test, run by {@code lrs/bench/run-crash-test.sh}: {@code crash.cycles} kill cycles of
 * {@code crash.loadSeconds} on each backend of {@code crash.backends} ({@code service,embedded}); writes
 * {@code crash.md} to {@code crash.results} and exits non-zero if any acknowledged statement was lost.
 */
public final class CrashTest {

    private CrashTest() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("crash.work", "target/crash-test")).toAbsolutePath();
        CrashCycles.Settings settings = new CrashCycles.Settings(
                Path.of(System.getProperty("crash.payaraJar", "target/payara-micro.jar")),
                Path.of(System.getProperty("crash.war", "target/flourish-lrs.war")), work,
                Integer.parseInt(System.getProperty("crash.cycles", "5")),
                Duration.ofSeconds(Long.parseLong(System.getProperty("crash.loadSeconds", "10"))), 4, 50, "512m");
        StringBuilder report = new StringBuilder("| Backend | Cycle | Also killed | PUT acknowledged → kill | Acknowledged"
                + " in the last second | Restart | Acknowledged so far (statements / requests) | Lost | Partial"
                + " requests | Unacknowledged requests: stored whole / not stored |\n"
                + "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        boolean holds = true;
        for (String name : System.getProperty("crash.backends", "service,embedded").split(",")) {
            Path backendWork = work.resolve(name);
            Directories.delete(backendWork);
            Backend backend;
            if (name.equals("service")) {
                DatabaseSettings database = TestDatabases.freshPostgres("flourish_crash_test");
                backend = Backend.service(database.url(), database.user(), database.password(),
                        backendWork.resolve("data"));
            } else {
                backend = Backend.embedded(backendWork.resolve("data"));
            }
            CrashCycles.Result result = CrashCycles.run(backend,
                    new CrashCycles.Settings(settings.payaraJar(), settings.war(), backendWork, settings.cycles(),
                            settings.load(), settings.batchClients(), settings.batchSize(), settings.heap()));
            for (CrashCycles.Cycle cycle : result.cycles()) {
                Ledger.Check check = cycle.check();
                report.append(String.format(Locale.ROOT, "| %s | %d | %s | %.2f ms | %,d | %.1f s | %,d / %,d | %,d |"
                        + " %,d | %,d / %,d |%n", backend.name(), cycle.number(),
                        cycle.databaseKilled() ? "its PostgreSQL" : "", cycle.putToKillMillis(),
                        cycle.acknowledgedInLastSecond(), cycle.restart().toMillis() / 1000.0,
                        check.acknowledgedStatements(), check.acknowledgedRequests(), check.lostStatements(),
                        check.partialRequests(), check.unacknowledgedStored(),
                        check.unacknowledgedRequests() - check.unacknowledgedStored()));
            }
            holds &= result.holds();
            System.out.print(report);
        }
        Path results = Path.of(System.getProperty("crash.results", "target/crash-results"));
        Files.createDirectories(results);
        Files.writeString(results.resolve("crash.md"), report);
        System.exit(holds ? 0 : 1);
    }
}
