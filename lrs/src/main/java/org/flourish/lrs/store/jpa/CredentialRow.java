package org.flourish.lrs.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;

/** A row of table {@code credential}; scopes are kept as their spec names, space-separated. */
@Entity
@Table(name = "credential")
@NamedQuery(name = CredentialRow.BY_KEY,
        query = "SELECT c FROM CredentialRow c JOIN FETCH c.provider WHERE c.key = :key")
@NamedQuery(name = CredentialRow.OF_PROVIDER,
        query = "SELECT c FROM CredentialRow c JOIN FETCH c.provider WHERE c.provider.id = :provider ORDER BY c.id")
@NamedQuery(name = CredentialRow.ALL, query = "SELECT c FROM CredentialRow c JOIN FETCH c.provider ORDER BY c.id")
@NamedQuery(name = CredentialRow.PROVIDER_OF, query = "SELECT c.provider.id FROM CredentialRow c WHERE c.id = :id")
class CredentialRow {
    static final String PROVIDER_OF = "Credential.providerOf";
    static final String ALL = "Credential.all";
    static final String BY_KEY = "Credential.byKey";
    static final String OF_PROVIDER = "Credential.ofProvider";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credential_seq")
    @SequenceGenerator(name = "credential_seq", sequenceName = "credential_seq", allocationSize = 1)
    private long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "provider_id")
    private ProviderRow provider;

    @Column(name = "api_key", nullable = false, unique = true, updatable = false)
    private String key;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(nullable = false)
    private String scopes;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    protected CredentialRow() {
    }

    CredentialRow(ProviderRow provider, String key, String secretHash, Set<Scope> scopes, OffsetDateTime created) {
        this.provider = provider;
        this.key = key;
        this.secretHash = secretHash;
        setScopes(scopes);
        this.enabled = true;
        this.created = created;
    }

    void setScopes(Set<Scope> scopes) {
        this.scopes = scopes.stream().map(Scope::term).sorted().collect(Collectors.joining(" "));
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Credential toCredential() {
        Set<Scope> parsed = EnumSet.noneOf(Scope.class);
        Arrays.stream(scopes.split(" ")).map(Scope::fromTerm).flatMap(java.util.Optional::stream).forEach(parsed::add);
        return new Credential(id, provider.toProvider(), key, secretHash, parsed, enabled, created);
    }
}
