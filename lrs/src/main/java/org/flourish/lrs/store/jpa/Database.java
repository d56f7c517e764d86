package org.flourish.lrs.store.jpa;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import org.flywaydb.core.Flyway;

/** The LRS database: migrated to the current schema on open, then served through one resource-local unit. */
public final class Database implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final Transactions transactions;

    private Database(EntityManagerFactory factory) {
        this.factory = factory;
        this.transactions = new Transactions(factory);
    }

    /** Migrates the schema (Flyway, {@code db/migration} and {@link MentionTermsMigration}) and opens the connection pool. */
    public static Database open(DatabaseSettings settings) {
        ClassLoader loader = Database.class.getClassLoader();
        Flyway.configure(loader)
                .dataSource(settings.url(), settings.user(), settings.password())
                .locations("classpath:db/migration")
                .javaMigrations(new MentionTermsMigration())
                .load()
                .migrate();
        String max = Integer.toString(settings.maxConnections());
        Map<String, Object> properties = Map.of(
                "eclipselink.persistencexml", "META-INF/flourish-persistence.xml",
                "eclipselink.classloader", loader,
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", settings.connectionUrl(),
                "jakarta.persistence.jdbc.user", settings.user(),
                "jakarta.persistence.jdbc.password", settings.password(),
                "eclipselink.connection-pool.default.initial", "2",
                "eclipselink.connection-pool.default.min", max,
                "eclipselink.connection-pool.default.max", max,
                "eclipselink.target-database", "org.eclipse.persistence.platform.database.PostgreSQLPlatform");
        return new Database(Persistence.createEntityManagerFactory("flourish-lrs", properties));
    }

    public Transactions transactions() {
        return transactions;
    }

    @Override
    public void close() {
        factory.close();
    }
}
