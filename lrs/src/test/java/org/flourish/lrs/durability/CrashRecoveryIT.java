package org.flourish.lrs.durability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.flourish.lrs.store.jpa.DatabaseSettings;
import org.flourish.lrs.testing.Directories;
import org.flourish.lrs.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The short version of the crash test, on both backends: two kill cycles each under 4 batch clients (batches of 50)
 * and a client PUTting singles. The long version and its figures: {@code lrs/bench/run-crash-test.sh}.
 */
class CrashRecoveryIT {

    private static final int CYCLES = 2;

    @Test
    void noAcknowledgedStatementIsLostNorAnyBatchPartlyStoredWhenTheLrsOnThePostgresqlServiceIsKilled()
            throws Exception {
        DatabaseSettings database = TestDatabases.freshPostgres("flourish_crash_it");
        Path work = work("service");
        assertHolds(CrashCycles.run(Backend.service(database.url(), database.user(), database.password(),
                work.resolve("data")), settings(work)));
    }

    @Test
    void noAcknowledgedStatementIsLostNorAnyBatchPartlyStoredWhenTheEmbeddedDefaultIsKilledWithOrWithoutItsDatabase()
            throws Exception {
        Path work = work("embedded");
        assertHolds(CrashCycles.run(Backend.embedded(work.resolve("data")), settings(work)));
    }

    private static void assertHolds(CrashCycles.Result result) {
        CrashCycles.Cycle last = result.cycles().get(result.cycles().size() - 1);
        String report = result.backend().name() + ": " + result.cycles();
        assertTrue(last.check().acknowledgedStatements() > 0, "nothing was acknowledged: " + report);
        assertTrue(result.holds(), report);
    }

    private static CrashCycles.Settings settings(Path work) {
        return new CrashCycles.Settings(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("flourish.war")), work, CYCLES, Duration.ofSeconds(4), 4, 50, "512m");
    }

    private static Path work(String backend) throws Exception {
        Path work = TestDatabases.embeddedDirectory("crash-it").resolve(backend);
        Directories.delete(work);
        return work;
    }
}
