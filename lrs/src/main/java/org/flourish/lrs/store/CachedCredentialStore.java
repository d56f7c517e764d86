package org.flourish.lrs.store;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Provider;
import org.flourish.lrs.auth.Scope;

/**
 * Remembers credential lookups for a moment, since every request authenticates and most come from few credentials.
 * Any change made through this store forgets everything at once, so on this instance a disabled credential is
 * refused on its next request; another instance sharing the database sees the change within {@code ttl}.
 */
public final class CachedCredentialStore implements CredentialStore {

    private static final int MAX_ENTRIES = 10_000;

    private final CredentialStore store;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Entry> byKey = new ConcurrentHashMap<>();

    private record Entry(Optional<Credential> credential, Instant expires) {
    }

    public CachedCredentialStore(CredentialStore store, Clock clock, Duration ttl) {
        this.store = store;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public Optional<Credential> findByKey(String key) {
        Instant now = clock.instant();
        Entry entry = byKey.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.credential();
        }
        Optional<Credential> found = store.findByKey(key);
        if (byKey.size() >= MAX_ENTRIES) {
            byKey.clear();
        }
        byKey.put(key, new Entry(found, now.plus(ttl)));
        return found;
    }

    @Override
    public Optional<Provider> findProvider(long id) {
        return store.findProvider(id);
    }

    @Override
    public Optional<Provider> findProviderByName(String name) {
        return store.findProviderByName(name);
    }

    @Override
    public List<Provider> providers() {
        return store.providers();
    }

    @Override
    public List<Credential> credentialsOf(long providerId) {
        return store.credentialsOf(providerId);
    }

    @Override
    public Provider addProvider(String name, URI homepage) {
        return forgetAfter(store.addProvider(name, homepage));
    }

    @Override
    public Credential addCredential(long providerId, String key, String secretHash, Set<Scope> scopes) {
        return forgetAfter(store.addCredential(providerId, key, secretHash, scopes));
    }

    @Override
    public Optional<Provider> setProviderEnabled(long providerId, boolean enabled) {
        return forgetAfter(store.setProviderEnabled(providerId, enabled));
    }

    @Override
    public Optional<Credential> setCredentialEnabled(String key, boolean enabled) {
        return forgetAfter(store.setCredentialEnabled(key, enabled));
    }

    @Override
    public Optional<Credential> setCredentialScopes(String key, Set<Scope> scopes) {
        return forgetAfter(store.setCredentialScopes(key, scopes));
    }

    private <T> T forgetAfter(T result) {
        byKey.clear();
        return result;
    }
}
