package org.flourish.lrs.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.Set;
import org.flourish.lrs.auth.ProviderAdministration;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.auth.SecretHasher;
import org.flourish.lrs.store.jpa.Database;
import org.flourish.lrs.store.jpa.JpaCredentialStore;
import org.flourish.lrs.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The seed credential (the engine's) gets the configured scopes, also when it was made before with others. */
class SeedCredentialTest {

    private static final SecretHasher PLAIN = new SecretHasher() {
        @Override
        public String hash(char[] secret) {
            return new String(secret);
        }

        @Override
        public boolean verify(char[] secret, String hash) {
            return hash.equals(new String(secret));
        }
    };

    @Test
    void theSeedIsMadeWithTheConfiguredScopesAndAnExistingOneTakesThemAtTheNextStart() {
        try (Database database = Database.open(TestDatabases.freshEmbedded("flourish_seed"))) {
            ProviderAdministration administration = new ProviderAdministration(
                    new JpaCredentialStore(database.transactions(), Clock.systemUTC()), PLAIN);
            FirstStart.ensureSeed("engine", "secret", Set.of(Scope.ALL), administration);
            assertEquals(Set.of(Scope.ALL), administration.credential("engine").orElseThrow().scopes());

            String banner = FirstStart.ensureSeed("engine", "secret", Set.of(Scope.ALL, Scope.ERASURES_READ),
                    administration);

            assertEquals(Set.of(Scope.ALL, Scope.ERASURES_READ),
                    administration.credential("engine").orElseThrow().scopes());
            assertEquals("  Seed credential: engine (scopes all erasures/read)\n", banner);
        }
    }

    @Test
    void anUnknownSeedScopeStopsTheStartWithItsName() {
        LrsSettings settings = new LrsSettings();
        settings.seedScopes = "all, erasures/read writes";
        IllegalStateException refused = assertThrows(IllegalStateException.class, settings::seedScopes);
        assertEquals("flourish.seed.scopes: unknown scope writes", refused.getMessage());
        settings.seedScopes = " all,erasures/read ";
        assertEquals(Set.of(Scope.ALL, Scope.ERASURES_READ), settings.seedScopes());
    }
}
