package org.flourish.lrs.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flourish.lrs.store.jpa.DatabaseSettings;

/**
 * The LRS's settings. Each key can also be given as an environment variable: {@code flourish.db.url} as
 * {@code FLOURISH_DB_URL}, and so on (MicroProfile Config's mapping).
 */
@ApplicationScoped
public class LrsSettings {

    @Inject
    @ConfigProperty(name = "flourish.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "flourish.db.url")
    Optional<String> dbUrl;

    @Inject
    @ConfigProperty(name = "flourish.db.user")
    Optional<String> dbUser;

    @Inject
    @ConfigProperty(name = "flourish.db.password")
    Optional<String> dbPassword;

    @Inject
    @ConfigProperty(name = "flourish.db.pool", defaultValue = "16")
    int dbPool;

    @Inject
    @ConfigProperty(name = "flourish.db.embedded.port")
    Optional<Integer> embeddedPort;

    @Inject
    @ConfigProperty(name = "flourish.admin.user", defaultValue = "admin")
    String adminUser;

    @Inject
    @ConfigProperty(name = "flourish.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "flourish.seed.key")
    Optional<String> seedKey;

    @Inject
    @ConfigProperty(name = "flourish.seed.secret")
    Optional<String> seedSecret;

    @Inject
    @ConfigProperty(name = "flourish.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "flourish.max.request.bytes", defaultValue = "16777216")
    long maxRequestBytes;

    @Inject
    @ConfigProperty(name = "flourish.samples", defaultValue = "false")
    boolean loadSamples;

    /** The PostgreSQL server named by {@code flourish.db.url}; when none is, the LRS runs the embedded one. */
    public Optional<DatabaseSettings> externalDatabase() {
        return dbUrl.map(url -> new DatabaseSettings(url, dbUser.orElse(""), dbPassword.orElse(""), dbPool));
    }

    /** Where the embedded PostgreSQL lives: {@code postgres} in the data directory. */
    public Path embeddedDatabaseDirectory() {
        return Path.of(dataDir).resolve("postgres");
    }

    /** The loopback port of the embedded PostgreSQL; when unset, a free one is taken at each start. */
    public OptionalInt embeddedDatabasePort() {
        return embeddedPort.map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }

    public int databasePool() {
        return dbPool;
    }

    public String adminUser() {
        return adminUser;
    }

    public Optional<String> adminPassword() {
        return adminPassword;
    }

    /** The optional provider credential (scope {@code all}) created on first start, for demos and harnesses. */
    public Optional<String[]> seedCredential() {
        return seedKey.flatMap(key -> seedSecret.map(secret -> new String[] {key, secret}));
    }

    public String publicUrl() {
        return publicUrl;
    }

    public long maxRequestBytes() {
        return maxRequestBytes;
    }

    /** Whether to load the sample learning record on start (the demo start does; it is idempotent). */
    public boolean loadSamples() {
        return loadSamples;
    }
}
