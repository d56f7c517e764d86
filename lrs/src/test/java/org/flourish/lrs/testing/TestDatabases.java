package org.flourish.lrs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;
import org.flourish.lrs.store.embedded.EmbeddedPostgres;
import org.flourish.lrs.store.jpa.DatabaseSettings;

/**
 * Databases the tests create for themselves: on the PostgreSQL service (system properties
 * {@code flourish.test.pg.url|user|password}, set by the build), and in the embedded PostgreSQL that a test run
 * starts once, as the LRS does by default.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /**
     * Drops and creates PostgreSQL database {@code name}, prefixed with {@code flourish.test.pg.prefix} (so that two
     * checkouts can test on one server at once); returns settings that reach it.
     */
    public static DatabaseSettings freshPostgres(String name) {
        return recreateOnService(System.getProperty("flourish.test.pg.prefix", "") + name);
    }

    /** Drops and creates database {@code name} in this test run's embedded PostgreSQL. */
    public static DatabaseSettings freshEmbedded(String name) {
        DatabaseSettings server = EmbeddedServer.INSTANCE.settings(1);
        String root = server.url().substring(0, server.url().lastIndexOf('/') + 1);
        return recreate(root, server.user(), server.password(), name);
    }

    /**
     * A directory for an embedded PostgreSQL of a test, under {@code target/}; or, when the tests run as root in a
     * checkout that the server's unprivileged account cannot reach (under {@code /root}), under the temporary
     * directory of the machine, where it can.
     */
    public static Path embeddedDirectory(String name) {
        Path target = Path.of("target").toAbsolutePath();
        Path base = reachableByOthers(target) ? target : Path.of("/tmp", "flourish-tests-" + Integer.toHexString(
                target.toString().hashCode()));
        try {
            Files.createDirectories(base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return base.resolve(name);
    }

    private static boolean reachableByOthers(Path directory) {
        for (Path up = directory; up != null; up = up.getParent()) {
            try {
                if (Files.exists(up) && !Files.getPosixFilePermissions(up)
                        .contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static DatabaseSettings recreate(String server, String user, String password, String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + server
                    + " (is PostgreSQL running? .ci/run starts it)", e);
        }
        return new DatabaseSettings(server + name, user, password, 8);
    }

    /** Entry point for the build: recreates the database the integration tests deploy against (name as given). */
    public static void main(String[] args) {
        recreateOnService(args[0]);
    }

    private static DatabaseSettings recreateOnService(String name) {
        return recreate(System.getProperty("flourish.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/"),
                System.getProperty("flourish.test.pg.user", "postgres"),
                System.getProperty("flourish.test.pg.password", ""), name);
    }

    /** The embedded PostgreSQL of this test run, started on first use and stopped when the run ends. */
    private static final class EmbeddedServer {
        static final EmbeddedPostgres INSTANCE = EmbeddedPostgres.start(embeddedDirectory("test-postgres"),
                OptionalInt.empty());
    }
}
