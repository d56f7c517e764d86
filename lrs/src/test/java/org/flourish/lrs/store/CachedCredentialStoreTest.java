package org.flourish.lrs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.store.jpa.Database;
import org.flourish.lrs.store.jpa.JpaCredentialStore;
import org.flourish.lrs.testing.MutableClock;
import org.flourish.lrs.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class CachedCredentialStoreTest {

    @Test
    void aChangeThroughTheCacheIsSeenAtOnceAndAChangeElsewhereWithinTheTtl() {
        MutableClock clock = new MutableClock();
        try (Database database = Database.open(TestDatabases.freshEmbedded("flourish_credential_cache"))) {
            JpaCredentialStore elsewhere = new JpaCredentialStore(database.transactions(), Clock.systemUTC());
            CachedCredentialStore cached = new CachedCredentialStore(elsewhere, clock, Duration.ofSeconds(1));
            long provider = cached.addProvider("School", URI.create("https://school.example.org")).id();
            cached.addCredential(provider, "k", "hash", Set.of(Scope.ALL));
            assertTrue(cached.findByKey("k").orElseThrow().active());

            cached.setCredentialEnabled("k", false);
            assertFalse(cached.findByKey("k").orElseThrow().active(), "a change made here is seen at once");

            elsewhere.setCredentialEnabled("k", true);
            assertFalse(cached.findByKey("k").orElseThrow().active(), "another instance's change waits for the ttl");
            clock.advance(Duration.ofMillis(1001));
            assertTrue(cached.findByKey("k").orElseThrow().active());
            assertEquals("School", cached.findByKey("k").orElseThrow().provider().name());
        }
    }
}
