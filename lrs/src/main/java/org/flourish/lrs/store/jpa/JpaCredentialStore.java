package org.flourish.lrs.store.jpa;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Provider;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.store.CredentialStore;

/** Providers and credentials in tables {@code provider} and {@code credential}. */
public final class JpaCredentialStore implements CredentialStore {

    private final Transactions transactions;
    private final Clock clock;

    public JpaCredentialStore(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<Credential> findByKey(String key) {
        return transactions.read(em -> em.createNamedQuery(CredentialRow.BY_KEY, CredentialRow.class)
                .setParameter("key", key).getResultStream().findFirst().map(CredentialRow::toCredential));
    }

    @Override
    public Optional<Provider> findProvider(long id) {
        return transactions.read(em -> Optional.ofNullable(em.find(ProviderRow.class, id))
                .map(ProviderRow::toProvider));
    }

    @Override
    public Optional<Provider> findProviderByName(String name) {
        return transactions.read(em -> em.createNamedQuery(ProviderRow.BY_NAME, ProviderRow.class)
                .setParameter("name", name).getResultStream().findFirst().map(ProviderRow::toProvider));
    }

    @Override
    public List<Provider> providers() {
        return transactions.read(em -> em.createNamedQuery(ProviderRow.ALL, ProviderRow.class)
                .getResultStream().map(ProviderRow::toProvider).toList());
    }

    @Override
    public List<Credential> credentialsOf(long providerId) {
        return transactions.read(em -> em.createNamedQuery(CredentialRow.OF_PROVIDER, CredentialRow.class)
                .setParameter("provider", providerId).getResultStream().map(CredentialRow::toCredential).toList());
    }

    @Override
    public Provider addProvider(String name, URI homepage) {
        return transactions.inTransaction(em -> {
            ProviderRow row = new ProviderRow(name, homepage, OffsetDateTime.now(clock));
            em.persist(row);
            em.flush();
            return row.toProvider();
        });
    }

    @Override
    public Credential addCredential(long providerId, String key, String secretHash, Set<Scope> scopes) {
        return transactions.inTransaction(em -> {
            ProviderRow provider = em.getReference(ProviderRow.class, providerId);
            CredentialRow row = new CredentialRow(provider, key, secretHash, scopes, OffsetDateTime.now(clock));
            em.persist(row);
            em.flush();
            em.refresh(row);
            return row.toCredential();
        });
    }

    @Override
    public Optional<Provider> setProviderEnabled(long providerId, boolean enabled) {
        return transactions.inTransaction(em -> Optional.ofNullable(em.find(ProviderRow.class, providerId))
                .map(row -> {
                    row.setEnabled(enabled);
                    return row.toProvider();
                }));
    }

    @Override
    public Optional<Credential> setCredentialEnabled(String key, boolean enabled) {
        return transactions.inTransaction(em -> em.createNamedQuery(CredentialRow.BY_KEY, CredentialRow.class)
                .setParameter("key", key).getResultStream().findFirst().map(row -> {
                    row.setEnabled(enabled);
                    return row.toCredential();
                }));
    }

    @Override
    public Optional<Credential> setCredentialScopes(String key, Set<Scope> scopes) {
        return transactions.inTransaction(em -> em.createNamedQuery(CredentialRow.BY_KEY, CredentialRow.class)
                .setParameter("key", key).getResultStream().findFirst().map(row -> {
                    row.setScopes(scopes);
                    return row.toCredential();
                }));
    }
}
