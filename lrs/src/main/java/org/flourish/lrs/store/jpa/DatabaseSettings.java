package org.flourish.lrs.store.jpa;

import java.nio.file.Path;
import java.util.Objects;

/** How to reach the LRS database: PostgreSQL in production, an H2 file under the data directory by default. */
public record DatabaseSettings(String url, String user, String password, int maxConnections) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
        }
    }

    /** The embedded default: an H2 file database in {@code dataDirectory/lrs}. */
    public static DatabaseSettings embedded(Path dataDirectory, int maxConnections) {
        Path file = dataDirectory.toAbsolutePath().resolve("lrs").resolve("flourish");
        return new DatabaseSettings("jdbc:h2:file:" + file, "flourish", "", maxConnections);
    }

    /**
     * The URL the pool connects with: on PostgreSQL the driver is asked to send a batch of inserts as multi-row
     * statements, which is how a batch of statements and their index rows is written.
     */
    String connectionUrl() {
        if (!isPostgres() || url.contains("reWriteBatchedInserts")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    String driverClass() {
        return isPostgres() ? "org.postgresql.Driver" : "org.h2.Driver";
    }
}
