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
    public record LrsAccess(URI url, URI erasureFeed, String key, String secret) {
        @Override
        public String toString() {
            return "LrsAccess[url=" + url + ", erasureFeed=" + erasureFeed + ", key=" + key + "]";
        }
    }
}
