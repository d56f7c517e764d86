package org.flourish.lrs.auth;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An HTTP Basic key/secret pair of a provider, with its scopes. Only a hash of the secret is ever kept.
 * A credential acts only while both it and its provider are enabled.
 */
public record Credential(long id, Provider provider, String key, String secretHash, Set<Scope> scopes,
        boolean enabled, OffsetDateTime created) {

    public Credential {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(created, "created");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    public boolean active() {
        return enabled && provider.enabled();
    }
}
