package org.flourish.lrs.store.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.OptionalInt;
import org.flourish.lrs.store.jpa.DatabaseSettings;

/**
 * A process of its own for {@link EmbeddedPostgresTest}: starts the embedded PostgreSQL in the directory given,
 * commits one row, says so on standard output, and waits to be killed.
 */
public final class HoldEmbeddedPostgres {

    private HoldEmbeddedPostgres() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.start(Path.of(args[0]), OptionalInt.empty());
        DatabaseSettings settings = server.settings(1);
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(),
                settings.password()); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS note (text TEXT)");
            sql.execute("INSERT INTO note VALUES ('committed before the kill')");
        }
        System.out.println("ready " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
