package org.flourish.lrs.boot;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import org.flourish.lrs.auth.Authenticator;
import org.flourish.lrs.auth.Pbkdf2SecretHasher;
import org.flourish.lrs.auth.ProviderAdministration;
import org.flourish.lrs.auth.SecretHasher;
import org.flourish.lrs.service.StatementService;
import org.flourish.lrs.store.CredentialStore;
import org.flourish.lrs.store.StatementStore;
import org.flourish.lrs.store.jpa.Database;
import org.flourish.lrs.store.jpa.JpaAttachmentStore;
import org.flourish.lrs.store.jpa.JpaCredentialStore;
import org.flourish.lrs.store.jpa.JpaStatementStore;

/** Opens the database once and hands out the stores and services built on it. */
@ApplicationScoped
public class LrsWiring {

    private final LrsSettings settings;
    private final Pbkdf2PasswordHash passwordHash;
    private Database database;
    private StatementService statements;
    private Authenticator authenticator;
    private ProviderAdministration administration;

    @Inject
    public LrsWiring(LrsSettings settings, Pbkdf2PasswordHash passwordHash) {
        this.settings = settings;
        this.passwordHash = passwordHash;
    }

    /** For CDI's proxy only. */
    protected LrsWiring() {
        this.settings = null;
        this.passwordHash = null;
    }

    @PostConstruct
    void open() {
        database = Database.open(settings.database());
        Clock clock = Clock.systemUTC();
        StatementStore statementStore = new JpaStatementStore(database.transactions(), clock);
        CredentialStore credentialStore = new JpaCredentialStore(database.transactions(), clock);
        SecretHasher hasher = new Pbkdf2SecretHasher(passwordHash);
        statements = new StatementService(statementStore, new JpaAttachmentStore(database.transactions()));
        authenticator = new Authenticator(credentialStore, hasher);
        administration = new ProviderAdministration(credentialStore, hasher);
    }

    @PreDestroy
    void close() {
        database.close();
    }

    @Produces
    public StatementService statements() {
        return statements;
    }

    @Produces
    public Authenticator authenticator() {
        return authenticator;
    }

    @Produces
    public ProviderAdministration administration() {
        return administration;
    }
}
