package org.flourish.pathways.boot;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flourish.pathways.lrs.XapiLrsClient;

/**
 * The engine's settings. Each key can also be given as an environment variable ({@code flourish.lrs.url} as
 * {@code FLOURISH_LRS_URL}, MicroProfile Config's mapping). Optional settings are {@code Optional}: an empty value
 * counts as missing (STACK pitfall 10).
 */
@ApplicationScoped
public class PathwaysSettings {

    @Inject
    @ConfigProperty(name = "flourish.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "flourish.sparql.url")
    Optional<String> sparqlUrl;

    @Inject
    @ConfigProperty(name = "flourish.lrs.url")
    Optional<String> lrsUrl;

    @Inject
    @ConfigProperty(name = "flourish.lrs.key")
    Optional<String> lrsKey;

    @Inject
    @ConfigProperty(name = "flourish.lrs.secret")
    Optional<String> lrsSecret;

    @Inject
    @ConfigProperty(name = "flourish.lrs.erasures.url")
    Optional<String> lrsErasuresUrl;

    @Inject
    @ConfigProperty(name = "flourish.pathways.erasure.compact", defaultValue = "true")
    boolean compactAfterErasure;

    @Inject
    @ConfigProperty(name = "flourish.pathways.users")
    Optional<String> users;

    @Inject
    @ConfigProperty(name = "flourish.admin.user", defaultValue = "admin")
    String adminUser;

    @Inject
    @ConfigProperty(name = "flourish.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "flourish.lrs.admin.url")
    Optional<String> lrsAdminUrl;

    @Inject
    @ConfigProperty(name = "flourish.lrs.admin.key")
    Optional<String> lrsAdminKey;

    @Inject
    @ConfigProperty(name = "flourish.lrs.admin.secret")
    Optional<String> lrsAdminSecret;

    @Inject
    @ConfigProperty(name = "flourish.pathways.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "flourish.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "flourish.pathways.poll.millis", defaultValue = "500")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "flourish.pathways.page.size", defaultValue = "500")
    int pageSize;

    @Inject
    @ConfigProperty(name = "flourish.pathways.learner.cache", defaultValue = "10000")
    int learnerCache;

    @Inject
    @ConfigProperty(name = "flourish.pathways.mentor.home", defaultValue = "http://localhost:8080/pathways")
    String mentorHome;

    /** The TDB2 directory, {@code <flourish.data.dir>/pathways/tdb2}. */
    public Path tdb2Directory() {
        return Path.of(dataDir, "pathways", "tdb2");
    }

    /** A remote SPARQL store's dataset URL (e.g. Fuseki's {@code http://host:3030/flourish}) instead of TDB2. */
    public Optional<String> sparqlUrl() {
        return sparqlUrl;
    }

    /**
     * The LRS to read and write, when its xAPI base URL and a credential are all set; its erasure feed is
     * {@code flourish.lrs.erasures.url}, else {@code admin/erasures/feed} beside the xAPI base.
     */
    public Optional<LrsAccess> lrs() {
        return lrsUrl.flatMap(url -> lrsKey.flatMap(key -> lrsSecret.map(secret -> new LrsAccess(URI.create(url),
                lrsErasuresUrl.map(URI::create).orElseGet(() -> XapiLrsClient.erasureFeedBeside(URI.create(url))),
                key, secret))));
    }

    public Optional<String> users() {
        return users;
    }

    /** A demonstration start: sample learners assigned to the demo mentors, sign-in help in the log. */
    public boolean demo() {
        return demo;
    }

    public String publicUrl() {
        return publicUrl;
    }

    /** The first administrator's user name: the LRS's administrator too ({@code FLOURISH_ADMIN_USER}). */
    public String adminUser() {
        return adminUser;
    }

    /** The first administrator's password ({@code FLOURISH_ADMIN_PASSWORD}); generated and logged once if unset. */
    public Optional<String> adminPassword() {
        return adminPassword;
    }

    /**
     * The LRS's administration API and the credential (scope admin) the engine calls it with: by default the admin
     * API beside the xAPI base ({@code .../xapi/} gives {@code .../admin/}) and the administrator's user name and
     * password, which the LRS made its admin credential on its first start.
     */
    public Optional<LrsAdminAccess> lrsAdmin() {
        Optional<URI> url = lrsAdminUrl.map(URI::create)
                .or(() -> lrsUrl.map(xapi -> URI.create(xapi.endsWith("/") ? xapi : xapi + "/").resolve("../admin/")));
        String key = lrsAdminKey.orElse(adminUser);
        return url.flatMap(base -> lrsAdminSecret.or(() -> adminPassword)
                .map(secret -> new LrsAdminAccess(base, key, secret)));
    }

    public Duration pollInterval() {
        return Duration.ofMillis(pollMillis);
    }

    public int pageSize() {
        return pageSize;
    }

    /** Whether the TDB2 dataset is compacted after erasures are applied, so that erased terms leave the disk. */
    public boolean compactAfterErasure() {
        return compactAfterErasure;
    }

    /** How many learners' evidence and mastery stay cached in memory (least recently used go first). */
    public int learnerCache() {
        return learnerCache;
    }

    /** The account home page of mentors' xAPI identities in the statements recorded for their actions. */
    public String mentorHome() {
        return mentorHome;
    }

    /** Where the LRS and its erasure feed are, and the credential the engine uses there. */
    /** The LRS's administration API and the admin credential the web app's admin pages call it with. */
    public record LrsAdminAccess(URI url, String key, String secret) {
        @Override
        public String toString() {
            return "LrsAdminAccess[url=" + url + ", key=" + key + "]";
        }
    }

    public record LrsAccess(URI url, URI erasureFeed, String key, String secret) {
        @Override
        public String toString() {
            return "LrsAccess[url=" + url + ", erasureFeed=" + erasureFeed + ", key=" + key + "]";
        }
    }
}
