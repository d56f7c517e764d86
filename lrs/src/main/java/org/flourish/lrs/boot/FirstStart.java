package org.flourish.lrs.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Provider;
import org.flourish.lrs.auth.ProviderAdministration;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.service.LearnerErasure;
import org.flourish.lrs.service.StatementService;

/**
 * On start: opens the database (migrating it), creates the administrator and the optional seed credential if they do
 * not exist yet (the seed's scopes follow the configuration), forgets erasure feed entries no reader needs any more,
 * loads the sample record if asked to, and says where the LRS listens. A generated admin password is printed this
 * once only.
 */
@ApplicationScoped
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    static final String ADMIN_PROVIDER = "Flourish administrators";
    static final String SEED_PROVIDER = "Demo provider";

    /**
     * Runs before the other start observers (which need the database too), and takes its beans lazily so that a
     * failure to open the database is caught here: the process then ends ({@link FailedStart}).
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
            Object event, Instance<LrsSettings> settings, Instance<LrsWiring> wiring) {
        try {
            LrsWiring opened = wiring.get();
            start(settings.get(), opened.administration(), opened.statements(), opened.erasure());
        } catch (RuntimeException e) {
            FailedStart.endProcess(e);
            throw e;
        }
    }

    private static void start(LrsSettings settings, ProviderAdministration administration,
            StatementService statements, LearnerErasure erasure) {
        StringBuilder banner = new StringBuilder("\n\n  Flourish LRS is ready.\n  xAPI endpoint:  ")
                .append(settings.publicUrl()).append("/xapi/\n  Admin API:      ")
                .append(settings.publicUrl()).append("/admin/providers\n  Default version: ")
                .append(settings.defaultVersion().full()).append(" (for requests that name none)\n");
        banner.append(ensureAdmin(settings, administration));
        settings.seedCredential().ifPresent(seed -> banner.append(ensureSeed(seed[0], seed[1], settings.seedScopes(),
                administration)));
        erasure.forgetAcknowledgedFeed();
        if (settings.loadSamples()) {
            int count = SampleRecord.load(statements, administration);
            banner.append("  Sample data:    ").append(count).append(" statements of the Thies sample learners\n");
        }
        LOG.info(banner.append('\n').toString());
    }

    private static String ensureAdmin(LrsSettings settings, ProviderAdministration administration) {
        String user = settings.adminUser();
        if (administration.credential(user).isPresent()) {
            return "  Admin user:     " + user + " (password as set on first start)\n";
        }
        Provider admins = administration.providerNamed(ADMIN_PROVIDER, URI.create(settings.publicUrl() + "/admin"));
        boolean generated = settings.adminPassword().isEmpty();
        String password = settings.adminPassword().orElseGet(() -> ProviderAdministration.randomToken(18));
        administration.issue(admins.id(), user, password, Set.of(Scope.ADMIN));
        return "  Admin user:     " + user + "\n  Admin password: "
                + (generated ? password + "   (generated; shown this once only, keep it safe)" : "(as configured)")
                + "\n";
    }

    /** The seed is made on first start; its scopes follow the configuration at every start. */
    static String ensureSeed(String key, String secret, Set<Scope> scopes,
            ProviderAdministration administration) {
        Optional<Credential> existing = administration.credential(key);
        if (existing.isEmpty()) {
            Provider demo = administration.providerNamed(SEED_PROVIDER, URI.create("https://example.org/demo"));
            administration.issue(demo.id(), key, secret, scopes);
        } else if (!existing.get().scopes().equals(scopes)) {
            administration.setCredentialScopes(key, scopes);
        }
        return "  Seed credential: " + key + " (scopes " + scopes.stream().map(Scope::term).sorted()
                .collect(Collectors.joining(" ")) + ")\n";
    }
}
