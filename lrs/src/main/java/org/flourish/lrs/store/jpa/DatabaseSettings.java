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

    boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    String driverClass() {
        return isPostgres() ? "org.postgresql.Driver" : "org.h2.Driver";
    }
}
