package org.flourish.lrs.auth;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flourish.lrs.store.CredentialStore;

/** Creating providers and issuing their credentials; the secret is shown once, at issue, and kept only hashed. */
public final class ProviderAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CredentialStore store;
    private final SecretHasher hasher;

    public ProviderAdministration(CredentialStore store, SecretHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /** A credential as issued: the only time its secret is known. */
    public record IssuedCredential(Credential credential, String secret) {
    }

    public Provider addProvider(String name, URI homepage) {
        return store.addProvider(name, homepage);
    }

    public List<Provider> providers() {
        return store.providers();
    }

    public Optional<Provider> provider(long id) {
        return store.findProvider(id);
    }

    public Optional<Provider> providerNamed(String name) {
        return store.findProviderByName(name);
    }

    /** The provider with this name, created with this homepage if there is none yet. */
    public Provider providerNamed(String name, URI homepage) {
        return store.findProviderByName(name).orElseGet(() -> store.addProvider(name, homepage));
    }

    public List<Credential> credentialsOf(long providerId) {
        return store.credentialsOf(providerId);
    }

    /** Issues a credential with a random key and secret. */
    public IssuedCredential issue(long providerId, Set<Scope> scopes) {
        return issue(providerId, randomToken(12), randomToken(24), scopes);
    }

    /** Issues a credential with a chosen key and secret (configured seeds, the administrator). */
    public IssuedCredential issue(long providerId, String key, String secret, Set<Scope> scopes) {
        Credential credential = store.addCredential(providerId, key, hasher.hash(secret.toCharArray()), scopes);
        return new IssuedCredential(credential, secret);
    }

    public Optional<Provider> setProviderEnabled(long providerId, boolean enabled) {
        return store.setProviderEnabled(providerId, enabled);
    }

    public Optional<Credential> setCredentialEnabled(String key, boolean enabled) {
        return store.setCredentialEnabled(key, enabled);
    }

    public Optional<Credential> setCredentialScopes(String key, Set<Scope> scopes) {
        return store.setCredentialScopes(key, scopes);
    }

    public Optional<Credential> credential(String key) {
        return store.findByKey(key);
    }

    /** Random URL-safe text with the given number of random bytes. */
    public static String randomToken(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
