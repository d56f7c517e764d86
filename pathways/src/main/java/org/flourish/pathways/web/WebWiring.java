package org.flourish.pathways.web;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.flourish.pathways.boot.PathwaysSettings;
import org.flourish.pathways.lrs.StatementSender;
import org.flourish.pathways.service.Observations;
import org.flourish.pathways.service.StatementIntake;
import org.flourish.pathways.store.LearnerDirectory;
import org.flourish.pathways.store.RdfStore;
import org.flourish.pathways.web.lrs.LrsAdmin;
import org.flourish.pathways.web.lrs.ProviderDirectory;

/** The web app's own services, built once from the engine's: the LRS admin client, names of learners and providers. */
@ApplicationScoped
public class WebWiring {

    @Inject
    PathwaysSettings settings;

    @Inject
    RdfStore store;

    @Inject
    StatementSender sender;

    @Inject
    StatementIntake intake;

    private Optional<LrsAdmin> lrsAdmin;
    private ProviderDirectory providers;
    private LearnerDirectory directory;
    private Observations observations;

    @jakarta.annotation.PostConstruct
    void build() {
        lrsAdmin = settings.lrsAdmin().map(lrs -> new LrsAdmin(lrs.url(), lrs.key(), lrs.secret()));
        providers = new ProviderDirectory(lrsAdmin, Clock.systemUTC());
        directory = new LearnerDirectory(store);
        observations = new Observations(sender, intake, settings.mentorHome(), Clock.systemUTC());
    }

    @Produces
    public Optional<LrsAdmin> lrsAdmin() {
        return lrsAdmin;
    }

    @Produces
    public ProviderDirectory providers() {
        return providers;
    }

    @Produces
    public LearnerDirectory directory() {
        return directory;
    }

    @Produces
    public Observations observations() {
        return observations;
    }
}
