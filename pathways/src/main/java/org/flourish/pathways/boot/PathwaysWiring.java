package org.flourish.pathways.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.flourish.pathways.access.Accounts;
import org.flourish.pathways.access.AuditLog;
import org.flourish.pathways.access.LearnerAccess;
import org.flourish.pathways.access.LearnerLinks;
import org.flourish.pathways.access.MentorAssignments;
import org.flourish.pathways.access.Users;
import org.flourish.pathways.lrs.ErasureReader;
import org.flourish.pathways.lrs.LrsReader;
import org.flourish.pathways.lrs.LrsUnavailableException;
import org.flourish.pathways.lrs.StatementSender;
import org.flourish.pathways.lrs.XapiLrsClient;
import org.flourish.pathways.service.CatalogueUploads;
import org.flourish.pathways.service.LearnerContexts;
import org.flourish.pathways.service.LearnerErasures;
import org.flourish.pathways.service.LearnerLinking;
import org.flourish.pathways.service.LearnerStates;
import org.flourish.pathways.service.MentorActions;
import org.flourish.pathways.service.Pathways;
import org.flourish.pathways.service.SharedKnowledge;
import org.flourish.pathways.service.StatementIntake;
import org.flourish.pathways.store.BatchedAuditLog;
import org.flourish.pathways.store.GraphAccounts;
import org.flourish.pathways.store.GraphAuditLog;
import org.flourish.pathways.store.GraphErasurePosition;
import org.flourish.pathways.store.GraphLearnerErasure;
import org.flourish.pathways.store.GraphLearnerLinks;
import org.flourish.pathways.store.GraphMentorAssignments;
import org.flourish.pathways.store.GraphValidation;
import org.flourish.pathways.store.Graphs;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.store.RdfStore;
import org.flourish.pathways.store.GraphReaderPositions;
import org.flourish.pathways.store.SharedGraphs;
import org.flourish.pathways.store.StatedContexts;

/**
 * Opens the store once at start (TDB2 under the data directory, or the remote SPARQL store), seeds the shared
 * graphs, builds the services, and polls the LRS (statements, then the erasure feed) on one background thread when
 * an LRS is configured.
 */
@ApplicationScoped
public class PathwaysWiring {

    private static final Logger LOG = Logger.getLogger(PathwaysWiring.class.getName());
    /** Erasures asked for at a time: each may name thousands of statements. */
    private static final int ERASURE_PAGE = 20;

    private final PathwaysSettings settings;
    private RdfStore store;
    private ScheduledExecutorService poller;
    private Users users;
    private StatementIntake intake;
    private Pathways pathways;
    private MentorActions mentors;
    private CatalogueUploads uploads;
    private SharedKnowledgeHolder knowledge;
    private LearnerContexts contexts;
    private MentorAssignments assignments;
    private LearnerAccess access;
    private LearnerLinking linking;
    private Accounts accounts;
    private BatchedAuditLog audit;
    private LearnerErasures erasures;
    private LearnerRecords records;
    private LearnerStates states;
    private StatementSender sender;
    /** The message of the last failed read of the erasure feed; only the poller thread uses it. */
    private String lastErasureFailure;

    @Inject
    public PathwaysWiring(PathwaysSettings settings) {
        this.settings = settings;
    }

    /** For CDI's proxy only. */
    protected PathwaysWiring() {
        this.settings = null;
    }

    /** Eager start: the store opens and the reader starts with the application, not at the first request. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        store = settings.sparqlUrl().map(RdfStore::remote).orElseGet(() -> RdfStore.tdb2(
                createdDirectory(settings.tdb2Directory())));
        new SharedGraphs(store).seedAbsent().forEach(graph -> LOG.info(() -> "loaded the sample graph " + graph));
        knowledge = new SharedKnowledgeHolder(SharedKnowledge.load(store));
        records = new LearnerRecords(store);
        LearnerLinks links = new GraphLearnerLinks(store);
        states = new LearnerStates(records, links, knowledge::current, settings.learnerCache());
        linking = new LearnerLinking(links, states);
        intake = new StatementIntake(records, states);
        contexts = new LearnerContexts(new StatedContexts(store), knowledge::current,
                new GraphValidation(store.graph(Graphs.SHAPES)), Clock.systemUTC());
        assignments = new GraphMentorAssignments(store);
        access = new LearnerAccess(assignments, links);
        pathways = new Pathways(knowledge::current, states, records, contexts);
        uploads = new CatalogueUploads(store, knowledge::replace, states);
        accounts = new GraphAccounts(store);
        FirstAccounts.ensure(accounts, settings.users(), settings.adminUser(), settings.adminPassword(),
                Clock.systemUTC());
        users = Users.of(accounts);
        audit = new BatchedAuditLog(new GraphAuditLog(store));
        sender = settings.lrs()
                .<StatementSender>map(lrs -> new XapiLrsClient(lrs.url(), lrs.key(), lrs.secret()))
                .orElse(statement -> {
                    throw new LrsUnavailableException("no LRS is configured (flourish.lrs.url, key, secret)");
                });
        mentors = new MentorActions(records, sender, knowledge::current, settings.mentorHome(), Clock.systemUTC());
        if (settings.demo()) {
            DemoStart.prepare(settings.publicUrl(), settings.users(), settings.adminUser(), settings.adminPassword(),
                    new org.flourish.pathways.store.LearnerDirectory(store), assignments);
        }
        erasures = new LearnerErasures(new GraphLearnerErasure(store), states, audit,
                () -> knowledge.replace(SharedKnowledge.load(store)));
        settings.lrs().ifPresent(lrs -> {
            XapiLrsClient client = new XapiLrsClient(lrs.url(), lrs.erasureFeed(), lrs.key(), lrs.secret());
            startReading(new LrsReader(client, new GraphReaderPositions(store), intake, settings.pageSize()),
                    new ErasureReader(client, new GraphErasurePosition(store), erasures, ERASURE_PAGE));
        });
    }

    /** Statements, then erasures, on one thread: an erasure never runs beside the intake of a statement it erases. */
    private void startReading(LrsReader reader, ErasureReader erasureReader) {
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "flourish-lrs-reader");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(() -> {
            readQuietly(reader);
            applyErasuresQuietly(erasureReader);
        }, 0, interval, TimeUnit.MILLISECONDS);
    }

    /**
     * A failed read of the erasure feed is retried at the next poll; the position moves only after an erasure is
     * applied. The same failure (e.g. a credential without scope erasures/read) is logged as a warning once.
     */
    private void applyErasuresQuietly(ErasureReader erasureReader) {
        try {
            int applied = erasureReader.readNew();
            if (applied > 0) {
                LOG.info(() -> "applied " + applied + " erasures from the LRS");
                compactAfterErasure();
            }
            lastErasureFailure = null;
        } catch (RuntimeException e) {
            String failure = String.valueOf(e.getMessage());
            LOG.log(failure.equals(lastErasureFailure) ? Level.FINE : Level.WARNING,
                    "reading the LRS's erasure feed failed; retrying at the next poll: " + failure);
            lastErasureFailure = failure;
        }
    }

    /** A failed poll is logged and retried at the next one: the position is only saved after a page is applied. */
    private static void readQuietly(LrsReader reader) {
        try {
            int read = reader.readNew();
            if (read > 0) {
                LOG.fine(() -> "read " + read + " statements from the LRS");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reading the LRS failed; retrying at the next poll: " + e.getMessage());
        }
    }

    /** TDB2 keeps every term it ever stored until compacted: an erased child's too. */
    private void compactAfterErasure() {
        if (!settings.compactAfterErasure()) {
            return;
        }
        long start = System.nanoTime();
        LOG.info("compacting the store after erasures");
        try {
            store.compact();
            LOG.info(() -> "compacted the store after erasures in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "compacting the store after erasures failed; erased terms stay in its files until "
                    + "the next compaction", e);
        }
    }

    private static Path createdDirectory(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory, e);
        }
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            // No interrupt: it would close the store's files under a write or a compaction in progress, which must end
            // before the store closes.
            poller.shutdown();
            try {
                poller.awaitTermination(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (audit != null) {
            audit.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Produces
    public Users users() {
        return users;
    }

    @Produces
    public StatementIntake intake() {
        return intake;
    }

    @Produces
    public Pathways pathways() {
        return pathways;
    }

    @Produces
    public MentorActions mentors() {
        return mentors;
    }

    @Produces
    public CatalogueUploads uploads() {
        return uploads;
    }

    @Produces
    public LearnerContexts contexts() {
        return contexts;
    }

    @Produces
    public MentorAssignments assignments() {
        return assignments;
    }

    @Produces
    public LearnerAccess access() {
        return access;
    }

    @Produces
    public LearnerLinking linking() {
        return linking;
    }

    @Produces
    public SharedKnowledgeHolder knowledge() {
        return knowledge;
    }

    @Produces
    public Accounts accounts() {
        return accounts;
    }

    @Produces
    public AuditLog audit() {
        return audit;
    }

    @Produces
    public RdfStore store() {
        return store;
    }

    @Produces
    public LearnerRecords records() {
        return records;
    }

    @Produces
    public LearnerStates states() {
        return states;
    }

    @Produces
    public LearnerErasures erasures() {
        return erasures;
    }

    @Produces
    public StatementSender sender() {
        return sender;
    }
}
