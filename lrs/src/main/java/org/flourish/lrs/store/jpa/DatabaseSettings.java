package org.flourish.lrs.store.jpa;

import java.util.Objects;

/** How to reach the LRS database: a PostgreSQL server of one's own, or the embedded one Flourish runs by default. */
public record DatabaseSettings(String url, String user, String password, int maxConnections) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
        }
    }

    /**
     * The URL the pool connects with. On PostgreSQL the driver sends a batch of inserts as multi-row statements (how a
     * batch of statements and their index rows is written), and keeps bound values out of its error messages: a
     * taken statement id is a normal outcome, and its message must not carry a child's statement into the logs.
     */
    String connectionUrl() {
        StringBuilder connection = new StringBuilder(url);
        addUnlessSet(connection, "reWriteBatchedInserts", "true");
        addUnlessSet(connection, "logServerErrorDetail", "false");
        return connection.toString();
    }

    private static void addUnlessSet(StringBuilder url, String property, String value) {
        if (url.indexOf(property + "=") < 0) {
            url.append(url.indexOf("?") < 0 ? '?' : '&').append(property).append('=').append(value);
        }
    }
}
