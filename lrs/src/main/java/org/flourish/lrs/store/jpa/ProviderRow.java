package org.flourish.lrs.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.OffsetDateTime;
import org.flourish.lrs.auth.Provider;

/** A row of table {@code provider}. */
@Entity
@Table(name = "provider")
@NamedQuery(name = ProviderRow.ALL, query = "SELECT p FROM ProviderRow p ORDER BY p.id")
@NamedQuery(name = ProviderRow.BY_NAME, query = "SELECT p FROM ProviderRow p WHERE p.name = :name")
class ProviderRow {
    static final String ALL = "Provider.all";
    static final String BY_NAME = "Provider.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_seq")
    @SequenceGenerator(name = "provider_seq", sequenceName = "provider_seq", allocationSize = 1)
    private long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private String homepage;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    protected ProviderRow() {
    }

    ProviderRow(String name, URI homepage, OffsetDateTime created) {
        this.name = name;
        this.homepage = homepage.toString();
        this.enabled = true;
        this.created = created;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Provider toProvider() {
        return new Provider(id, name, URI.create(homepage), enabled, created);
    }
}
