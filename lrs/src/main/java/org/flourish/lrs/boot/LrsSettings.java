package org.flourish.lrs.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.store.jpa.DatabaseSettings;
import org.flourish.lrs.xapi.XapiVersion;

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
    @ConfigProperty(name = "flourish.seed.scopes", defaultValue = "all")
    String seedScopes;

    @Inject
    @ConfigProperty(name = "flourish.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "flourish.max.request.bytes", defaultValue = "16777216")
    long maxRequestBytes;

    @Inject
    @ConfigProperty(name = "flourish.body.memory.bytes")
    Optional<Long> bodyMemoryBytes;

    @Inject
    @ConfigProperty(name = "flourish.samples", defaultValue = "false")
    boolean loadSamples;

    @Inject
    @ConfigProperty(name = "flourish.xapi.default.version", defaultValue = "2.0.0")
    String defaultVersion;

    /** The PostgreSQL server named by {@code flourish.db.url}; when none is, the LRS runs the embedded one. */
    public Optional<DatabaseSettings> externalDatabase() {
        return dbUrl.map(url -> new DatabaseSettings(url, dbUser.orElse(""), dbPassword.orElse(""), dbPool));
    }

    /** Where the embedded PostgreSQL lives: {@code postgres} in the data directory. */
    public Path embeddedDatabaseDirectory() {
        return dataDirectory().resolve("postgres");
    }

    /** The loopback port of the embedded PostgreSQL; when unset, a free one is taken at each start. */
    public OptionalInt embeddedDatabasePort() {
        return embeddedPort.map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }

    public int databasePool() {
        return dbPool;
    }

    /** Where the embedded PostgreSQL and the installation's own files (the erasure audit key) live. */
    public Path dataDirectory() {
        return Path.of(dataDir);
    }

    public String adminUser() {
        return adminUser;
    }

    public Optional<String> adminPassword() {
        return adminPassword;
    }

    /** The optional provider credential created on first start (scopes {@link #seedScopes()}), for demos and harnesses. */
    public Optional<String[]> seedCredential() {
        return seedKey.flatMap(key -> seedSecret.map(secret -> new String[] {key, secret}));
    }

    /**
     * The seed credential's scopes, space- or comma-separated scope names: {@code all} by default; the pathway
     * engine's credential adds {@code erasures/read}.
     *
     * @throws IllegalStateException if a name is not a scope
     */
    public Set<Scope> seedScopes() {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String term : seedScopes.trim().split("[\\s,]+")) {
            scopes.add(Scope.fromTerm(term).orElseThrow(() -> new IllegalStateException(
                    "flourish.seed.scopes: unknown scope " + term)));
        }
        return scopes;
    }

    public String publicUrl() {
        return publicUrl;
    }

    public long maxRequestBytes() {
        return maxRequestBytes;
    }

    /** The heap that request bodies being read may take together; when unset, 40 % of the heap. */
    public Optional<Long> bodyMemoryBytes() {
        return bodyMemoryBytes;
    }

    /** Whether to load the sample learning record on start (the demo start does; it is idempotent). */
    public boolean loadSamples() {
        return loadSamples;
    }

    /**
     * The version this LRS names in answers to requests that named none (About, a 400 for a missing version header,
     * a 401): the two versions' conformance tests each want their own there, so a deployment says which it speaks
     * when the client has not said.
     *
     * @throws IllegalStateException if the setting names no version served here
     */
    public XapiVersion defaultVersion() {
        return XapiVersion.fromHeader(defaultVersion).orElseThrow(() -> new IllegalStateException(
                "flourish.xapi.default.version: " + defaultVersion + " is not 1.0.3 or 2.0.0"));
    }
}
