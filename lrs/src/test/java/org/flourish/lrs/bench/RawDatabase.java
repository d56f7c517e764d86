package org.flourish.lrs.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.flywaydb.core.Flyway;

/**
 * The raw-insert database: created afresh beside the LRS's, with the LRS's own Flyway migrations (so the same tables
 * and indexes), and one provider and credential for the rows to point at.
 */
final class RawDatabase {

    static final long CREDENTIAL_ID = 1;

    private final String url;
    private final String user;

    private RawDatabase(String url, String user) {
        this.url = url;
        this.user = user;
    }

    static RawDatabase recreate(BenchSettings settings) throws SQLException {
        String url = settings.rawDatabase();
        String name = url.substring(url.lastIndexOf('/') + 1);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(server + "postgres", settings.dbUser(), "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name);
        }
        Flyway.configure(RawDatabase.class.getClassLoader()).dataSource(url, settings.dbUser(), "")
                .locations("classpath:db/migration").load().migrate();
        RawDatabase database = new RawDatabase(url, settings.dbUser());
        database.addCredential();
        return database;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    private void addCredential() throws SQLException {
        try (Connection connection = connect();
                PreparedStatement provider = connection.prepareStatement(
                        "INSERT INTO provider (id, name, homepage, enabled, created) VALUES (1, ?, ?, TRUE, ?)");
                PreparedStatement credential = connection.prepareStatement("INSERT INTO credential"
                        + " (id, provider_id, api_key, secret_hash, scopes, enabled, created)"
                        + " VALUES (?, 1, 'raw-key', 'not-a-hash', 'all', TRUE, ?)")) {
            provider.setString(1, "Raw benchmark");
            provider.setString(2, "https://example.org/raw");
            provider.setObject(3, OffsetDateTime.now());
            provider.executeUpdate();
            credential.setLong(1, CREDENTIAL_ID);
            credential.setObject(2, OffsetDateTime.now());
            credential.executeUpdate();
        }
    }
}
