package org.flourish.lrs.store.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.flourish.lrs.store.jpa.DatabaseSettings;
import org.flourish.lrs.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL's life: created once, kept across starts, recovered after a kill, never shared. */
class EmbeddedPostgresTest {

    @Test
    void aFirstStartCreatesTheClusterAndALaterStartFindsItsData() throws Exception {
        Path directory = freshDirectory("restart");
        try (EmbeddedPostgres server = EmbeddedPostgres.start(directory, OptionalInt.empty())) {
            execute(server.settings(1), "CREATE TABLE note (text TEXT)", "INSERT INTO note VALUES ('kept')");
        }
        assertTrue(EmbeddedPostgres.runningPostmaster(directory.resolve("cluster")).isEmpty(), "stopped on close");
        try (EmbeddedPostgres server = EmbeddedPostgres.start(directory, OptionalInt.empty())) {
            assertEquals(List.of("kept"), notes(server.settings(1)));
        }
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(directory.resolve("password"))));
        assertEquals("rwx------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(directory.resolve("cluster"))));
    }

    @Test
    void theServerCommitsDurablyListensOnLoopbackOnlyAndWantsItsPassword() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(freshDirectory("settings"), OptionalInt.empty())) {
            DatabaseSettings settings = server.settings(1);
            assertEquals("on", show(settings, "fsync"));
            assertEquals("on", show(settings, "synchronous_commit"));
            assertEquals("on", show(settings, "full_page_writes"));
            assertEquals("127.0.0.1", show(settings, "listen_addresses"));
            assertEquals("", show(settings, "unix_socket_directories"));
            assertThrows(SQLException.class, () -> DriverManager.getConnection(settings.url(), settings.user(),
                    "not-the-password").close());
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsRestartedAndADirectoryInUseIsRefused() throws Exception {
        Path directory = freshDirectory("killed");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldEmbeddedPostgres.class.getName(),
                directory.toString()).redirectErrorStream(true).start();
        try {
            awaitReady(holder);
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> EmbeddedPostgres.start(directory, OptionalInt.empty()));
            assertTrue(refused.getMessage().contains("in use by another Flourish process"), refused.getMessage());

            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            long leftOver = EmbeddedPostgres.runningPostmaster(directory.resolve("cluster")).orElseThrow();

            try (EmbeddedPostgres server = EmbeddedPostgres.start(directory, OptionalInt.empty())) {
                assertEquals(List.of("committed before the kill"), notes(server.settings(1)));
                assertFalse(running(leftOver), "the server left running was stopped");
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void asRootTheServerRunsUnprivileged() throws Exception {
        assumeTrue((int) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0, "runs as root only");
        Path directory = freshDirectory("unprivileged");
        try (EmbeddedPostgres server = EmbeddedPostgres.start(directory, OptionalInt.empty())) {
            long pid = EmbeddedPostgres.runningPostmaster(directory.resolve("cluster")).orElseThrow();
            String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
            assertTrue(status.contains("\nUid:\t65534\t65534\t65534\t65534"), status);
            assertEquals(65534, Files.getAttribute(directory.resolve("cluster"), "unix:uid"));
        }
    }

    @Test
    void asRootADataDirectoryTheServerCannotReachKeepsItsClusterWhereItCanOwnedByItAlone() throws Exception {
        assumeTrue((int) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0, "runs as root only");
        Path closed = Files.createTempDirectory("flourish-closed");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        Path asked = closed.resolve("data").resolve("postgres");
        Path elsewhere = ServerHome.ELSEWHERE.resolve(ServerHome.idOf(asked));
        try {
            try (EmbeddedPostgres server = EmbeddedPostgres.start(asked, OptionalInt.empty())) {
                execute(server.settings(1), "CREATE TABLE note (text TEXT)", "INSERT INTO note VALUES ('kept')");
            }
            assertEquals(elsewhere + "\n", Files.readString(asked.resolve(ServerHome.LOCATION)));
            Path cluster = elsewhere.resolve("cluster");
            assertEquals(65534, Files.getAttribute(cluster, "unix:uid"));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cluster)));
            try (EmbeddedPostgres server = EmbeddedPostgres.start(asked, OptionalInt.empty())) {
                assertEquals(List.of("kept"), notes(server.settings(1)));
            }
        } finally {
            PostgresBinaries.deleteTree(closed);
            PostgresBinaries.deleteTree(elsewhere);
        }
    }

    private static Path freshDirectory(String name) throws IOException {
        Path directory = TestDatabases.embeddedDirectory("embedded-postgres-test").resolve(name);
        PostgresBinaries.deleteTree(directory);
        return directory;
    }

    /** Whether {@code pid} runs (a stopped process may stay a zombie until its new parent reaps it). */
    private static boolean running(long pid) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                if (stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z")) {
                    return false;
                }
            } catch (IOException gone) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private static void awaitReady(Process holder) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("ready ")) {
                return;
            }
            lines.add(line);
        }
        throw new AssertionError("the holding process ended: " + String.join("\n", lines));
    }

    private static void execute(DatabaseSettings settings, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(),
                settings.password()); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private static List<String> notes(DatabaseSettings settings) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(),
                settings.password()); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT text FROM note")) {
            List<String> notes = new ArrayList<>();
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
            return notes;
        }
    }

    private static String show(DatabaseSettings settings, String setting) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(),
                settings.password()); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SHOW " + setting)) {
            row.next();
            return row.getString(1);
        }
    }
}
