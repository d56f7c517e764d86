package org.flourish.lrs.boot;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import org.flourish.lrs.api.BodyMemory;
import org.flourish.lrs.auth.Authenticator;
import org.flourish.lrs.auth.GuessThrottle;
import org.flourish.lrs.auth.Pbkdf2SecretHasher;
import org.flourish.lrs.auth.ProviderAdministration;
import org.flourish.lrs.auth.SecretHasher;
import org.flourish.lrs.forward.Forwarder;
import org.flourish.lrs.forward.HttpStatementDelivery;
import org.flourish.lrs.forward.SubscriptionStore;
import org.flourish.lrs.service.ActivityService;
import org.flourish.lrs.service.DocumentService;
import org.flourish.lrs.service.IdentifierDigest;
import org.flourish.lrs.service.LearnerErasure;
import org.flourish.lrs.service.PersonService;
import org.flourish.lrs.service.StatementService;
import org.flourish.lrs.store.CachedCredentialStore;
import org.flourish.lrs.store.CredentialStore;
import org.flourish.lrs.store.StatementStore;
import org.flourish.lrs.store.embedded.EmbeddedPostgres;
import org.flourish.lrs.store.jpa.Database;
import org.flourish.lrs.store.jpa.DatabaseSettings;
import org.flourish.lrs.store.jpa.JpaActivityDefinitions;
import org.flourish.lrs.store.jpa.JpaAgentDirectory;
import org.flourish.lrs.store.jpa.JpaAttachmentStore;
import org.flourish.lrs.store.jpa.JpaCredentialStore;
import org.flourish.lrs.store.jpa.JpaDocumentStore;
import org.flourish.lrs.store.jpa.JpaErasureFeed;
import org.flourish.lrs.store.jpa.JpaLearnerRecords;
import org.flourish.lrs.store.jpa.JpaStatementStore;
import org.flourish.lrs.store.jpa.JpaSubscriptionStore;

/** Opens the database once and hands out the stores and services built on it. */
@ApplicationScoped
public class LrsWiring {

    /** How long another instance may still accept a credential disabled elsewhere. */
    private static final Duration CREDENTIAL_CACHE = Duration.ofSeconds(1);

    private final LrsSettings settings;
    private final Pbkdf2PasswordHash passwordHash;
    private EmbeddedPostgres embeddedDatabase;
    private Database database;
    private StatementService statements;
    private Authenticator authenticator;
    private ProviderAdministration administration;
    private StatementStore statementStore;
    private SubscriptionStore subscriptions;
    private Forwarder forwarder;
    private DocumentService documents;
    private PersonService people;
    private ActivityService activities;
    private LearnerErasure erasure;
    private BodyMemory bodyMemory;

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
        try {
            database = Database.open(settings.externalDatabase().orElseGet(this::startEmbeddedDatabase));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        Clock clock = Clock.systemUTC();
        bodyMemory = settings.bodyMemoryBytes().map(budget -> new BodyMemory(budget, settings.maxRequestBytes()))
                .orElseGet(() -> BodyMemory.ofHeap(settings.maxRequestBytes()));
        statementStore = new JpaStatementStore(database.transactions(), clock);
        CredentialStore credentialStore = new CachedCredentialStore(
                new JpaCredentialStore(database.transactions(), clock), clock, CREDENTIAL_CACHE);
        subscriptions = new JpaSubscriptionStore(database.transactions(), clock);
        forwarder = new Forwarder(subscriptions, statementStore, credentialStore, new HttpStatementDelivery(), clock);
        SecretHasher hasher = new Pbkdf2SecretHasher(passwordHash);
        statements = new StatementService(statementStore, new JpaAttachmentStore(database.transactions()));
        authenticator = new Authenticator(credentialStore, hasher, new GuessThrottle(clock));
        administration = new ProviderAdministration(credentialStore, hasher);
        documents = new DocumentService(new JpaDocumentStore(database.transactions(), clock));
        people = new PersonService(new JpaAgentDirectory(database.transactions()));
        activities = new ActivityService(new JpaActivityDefinitions(database.transactions()));
        JpaErasureFeed erasureFeed = new JpaErasureFeed(database.transactions());
        erasure = new LearnerErasure(new JpaLearnerRecords(database.transactions(), erasureFeed, clock), erasureFeed,
                new IdentifierDigest(ErasureAuditKey.in(settings.dataDirectory())));
    }

    /** No {@code flourish.db.url}: PostgreSQL run by the LRS itself, in the data directory. */
    private DatabaseSettings startEmbeddedDatabase() {
        embeddedDatabase = EmbeddedPostgres.start(settings.embeddedDatabaseDirectory(),
                settings.embeddedDatabasePort());
        return embeddedDatabase.settings(settings.databasePool());
    }

    @PreDestroy
    void close() {
        try {
            if (database != null) {
                database.close();
            }
        } finally {
            if (embeddedDatabase != null) {
                embeddedDatabase.close();
            }
        }
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

    @Produces
    public StatementStore statementStore() {
        return statementStore;
    }

    @Produces
    public SubscriptionStore subscriptions() {
        return subscriptions;
    }

    @Produces
    public Forwarder forwarder() {
        return forwarder;
    }

    @Produces
    public DocumentService documents() {
        return documents;
    }

    @Produces
    public PersonService people() {
        return people;
    }

    @Produces
    public ActivityService activities() {
        return activities;
    }

    @Produces
    public BodyMemory bodyMemory() {
        return bodyMemory;
    }

    @Produces
    public LearnerErasure erasure() {
        return erasure;
    }
}
