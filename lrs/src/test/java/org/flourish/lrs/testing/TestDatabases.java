package org.flourish.lrs.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flourish.lrs.store.jpa.DatabaseSettings;

/**
 * Databases the tests create for themselves on the PostgreSQL service (system properties
 * {@code flourish.test.pg.url|user|password}, set by the build), and H2 files under {@code target/}.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /**
     * Drops and creates PostgreSQL database {@code name}, prefixed with {@code flourish.test.pg.prefix} (so that two
     * checkouts can test on one server at once); returns settings that reach it.
     */
    public static DatabaseSettings freshPostgres(String name) {
        return recreate(System.getProperty("flourish.test.pg.prefix", "") + name);
    }

    private static DatabaseSettings recreate(String name) {
        String server = System.getProperty("flourish.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getProperty("flourish.test.pg.user", "postgres");
        String password = System.getProperty("flourish.test.pg.password", "");
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

    /** A new, empty H2 file database under {@code target/}. */
    public static DatabaseSettings freshH2(String name) {
        Path directory = Path.of("target", "h2", name + "-" + System.nanoTime());
        return DatabaseSettings.embedded(directory, 8);
    }

    /** Entry point for the build: recreates the database the integration tests deploy against (name as given). */
    public static void main(String[] args) {
        recreate(args[0]);
    }
}
