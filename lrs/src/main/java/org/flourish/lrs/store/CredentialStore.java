package org.flourish.lrs.store;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Provider;
import org.flourish.lrs.auth.Scope;

/** Where providers and their credentials are kept. */
public interface CredentialStore {

    Optional<Credential> findByKey(String key);

    Optional<Provider> findProvider(long id);

    Optional<Provider> findProviderByName(String name);

    List<Provider> providers();

    List<Credential> credentialsOf(long providerId);

    Provider addProvider(String name, URI homepage);

    Credential addCredential(long providerId, String key, String secretHash, Set<Scope> scopes);

    /** Enables or disables a provider; empty when there is no such provider. */
    Optional<Provider> setProviderEnabled(long providerId, boolean enabled);

    /** Enables or disables a credential; empty when there is no such credential. */
    Optional<Credential> setCredentialEnabled(String key, boolean enabled);

    /** Replaces a credential's scopes; empty when there is no such credential. */
    Optional<Credential> setCredentialScopes(String key, Set<Scope> scopes);
}
