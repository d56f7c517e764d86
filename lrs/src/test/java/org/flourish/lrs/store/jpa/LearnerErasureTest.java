package org.flourish.lrs.store.jpa;

import static org.flourish.lrs.testing.SampleStatements.COMPLETED;
import static org.flourish.lrs.testing.SampleStatements.VOIDED;
import static org.flourish.lrs.testing.SampleStatements.statement;
import static org.flourish.lrs.testing.SampleStatements.statementAbout;
import static org.flourish.lrs.testing.SampleStatements.uniqueActivity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.error.NotPermittedException;
import org.flourish.lrs.service.IdentifierDigest;
import org.flourish.lrs.service.LearnerErasure;
import org.flourish.lrs.store.DocumentContent;
import org.flourish.lrs.store.DocumentContext;
import org.flourish.lrs.store.DocumentKey;
import org.flourish.lrs.store.ErasureNotice;
import org.flourish.lrs.store.ErasureRecord;
import org.flourish.lrs.store.NewStatement;
import org.flourish.lrs.testing.ErasurePositions;
import org.flourish.lrs.testing.TestDatabases;
import org.flourish.lrs.xapi.attachments.AttachmentData;
import org.flourish.lrs.xapi.rules.AgentIfi;
import org.flourish.lrs.xapi.rules.StatementIndexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Erasing a learner on PostgreSQL: every statement that names them, wherever it does, what points to those, their
 * documents and attachments go; nothing else. The feed tells its readers, and forgets once they all acknowledged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnerErasureTest {

    private static final byte[] AUDIT_KEY = "a secret of this installation, 32+ bytes long".getBytes();

    private Database database;
    private DatabaseSettings settings;
    private JpaStatementStore statements;
    private JpaDocumentStore documents;
    private JpaAttachmentStore attachments;
    private JpaCredentialStore credentials;
    private LearnerErasure erasure;
    private Credential school;
    private long provider;

    @BeforeAll
    void open() {
        settings = TestDatabases.freshPostgres("flourish_lrs_erasure_test");
        database = Database.open(settings);
        statements = new JpaStatementStore(database.transactions(), Clock.systemUTC());
        documents = new JpaDocumentStore(database.transactions(), Clock.systemUTC());
        attachments = new JpaAttachmentStore(database.transactions());
        JpaErasureFeed feed = new JpaErasureFeed(database.transactions());
        erasure = new LearnerErasure(new JpaLearnerRecords(database.transactions(), feed, Clock.systemUTC()), feed,
                new IdentifierDigest(AUDIT_KEY));
        credentials = new JpaCredentialStore(database.transactions(), Clock.systemUTC());
        provider = credentials.addProvider("School", URI.create("https://school.example.org")).id();
        school = credentials.addCredential(provider, "school", "hash", Set.of(Scope.ALL));
    }

    @AfterAll
    void close() {
        database.close();
    }

    private UUID store(JsonObject statement) {
        UUID id = UUID.randomUUID();
        store(id, statement);
        return id;
    }

    private void store(UUID id, JsonObject statement) {
        JsonObject withId = Json.createObjectBuilder(statement).add("id", id.toString()).build();
        statements.store(List.of(new NewStatement(id, withId, StatementIndexer.index(withId), school.id())));
    }

    private static AgentIfi mbox(String email) {
        return AgentIfi.of(Json.createObjectBuilder().add("mbox", "mailto:" + email).build()).orElseThrow();
    }

    private static JsonArray identifiers(JsonObject... agents) {
        var array = Json.createArrayBuilder();
        for (JsonObject agent : agents) {
            array.add(agent);
        }
        return array.build();
    }

    private DocumentKey state(String email) {
        return new DocumentKey(DocumentContext.state("https://example.org/game", mbox(email), Optional.empty()),
                "progress");
    }

    @Test
    void everyStatementNamingTheLearnerAnywhereGoesWithWhatPointsToItAndTheSamePositionsOfAnotherStay() {
        ErasurePositions child = ErasurePositions.newChild();
        ErasurePositions other = ErasurePositions.newChild();
        List<UUID> childStatements = storeEveryPosition(child);
        List<UUID> otherStatements = storeEveryPosition(other);

        ErasureRecord record = erasure.erase(identifiers(child.mboxAgent(), child.accountAgent()), "admin");

        for (UUID gone : childStatements) {
            assertTrue(statements.find(gone).isEmpty(), () -> statements.find(gone).orElseThrow().statement().json()
                    + " must be erased");
        }
        assertEquals(childStatements.size(), record.statementsErased());
        for (UUID kept : otherStatements) {
            assertTrue(statements.find(kept).isPresent(), kept + " names someone else and must stay");
        }
        for (String trace : child.traces()) {
            assertEquals(0, rowsContaining("SELECT count(*) FROM statement WHERE body LIKE ?", trace), trace);
            assertEquals(0, rowsContaining("SELECT count(*) FROM statement_term WHERE term LIKE ?", trace), trace);
        }
        assertTrue(rowsContaining("SELECT count(*) FROM statement WHERE body LIKE ?", other.accountName()) > 0);
    }

    /** Stores a statement for each position of {@link ErasurePositions}, in an order that puts referrers first too. */
    private List<UUID> storeEveryPosition(ErasurePositions who) {
        List<UUID> ids = new ArrayList<>();
        for (JsonObject naming : who.namingStatements()) {
            ids.add(store(naming));
        }
        UUID target = ids.get(0);
        UUID awaitedTarget = UUID.randomUUID();
        for (JsonObject pointing : ErasurePositions.pointingTo(awaitedTarget)) {
            ids.add(store(pointing)); // stored before its target: it waits for it, then inherits its terms
        }
        store(awaitedTarget, who.namingStatements().get(0));
        ids.add(awaitedTarget);
        List<JsonObject> pointing = ErasurePositions.pointingTo(target);
        for (JsonObject statement : pointing) {
            ids.add(store(statement));
        }
        UUID contextPointer = ids.get(ids.size() - 1);
        ids.add(store(statementAbout("auditor-" + UUID.randomUUID() + "@example.org",
                "https://example.org/verbs/endorsed", contextPointer).build()));
        return ids;
    }

    private long rowsContaining(String sql, String text) {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, "%" + text + "%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyTraceOfTheLearnerGoesAndOthersStay() {
        String learner = "erased-" + UUID.randomUUID() + "@example.org";
        String other = "kept-" + UUID.randomUUID() + "@example.org";
        UUID asActor = store(statement(learner, COMPLETED, uniqueActivity()).build());
        UUID inContext = store(statement(other, COMPLETED, uniqueActivity()).add("context", Json.createObjectBuilder()
                .add("instructor", Json.createObjectBuilder().add("mbox", "mailto:" + learner))).build());
        UUID pointing = store(statementAbout("mentor@example.org", "https://example.org/verbs/confirmed", asActor)
                .build());
        // Its target is not stored: the statement waits for it (awaited_reference) and goes all the same.
        UUID awaiting = store(statementAbout(learner, "https://example.org/verbs/confirmed", UUID.randomUUID())
                .build());
        UUID voiding = store(statementAbout("teacher@example.org", VOIDED, inContext).build());
        UUID unrelated = store(statement(other, COMPLETED, uniqueActivity()).build());
        documents.create(state(learner), DocumentContent.json("{\"level\":3}"), school.provider().id());
        documents.create(state(other), DocumentContent.json("{\"level\":5}"), school.provider().id());

        ErasureRecord record = erasure.erase(identifiers(Json.createObjectBuilder().add("mbox", "mailto:" + learner)
                .build()), "admin");

        assertEquals(5, record.statementsErased());
        assertEquals(1, record.documentsErased());
        for (UUID gone : List.of(asActor, inContext, pointing, awaiting, voiding)) {
            assertTrue(statements.find(gone).isEmpty(), gone + " must be erased");
        }
        assertTrue(statements.find(unrelated).isPresent());
        assertTrue(documents.find(state(learner)).isEmpty());
        assertTrue(documents.find(state(other)).isPresent());
        assertTrue(erasure.erasures().stream().anyMatch(r -> r.id() == record.id()));
    }

    @Test
    void theAuditKeepsAKeyedDigestThatAPlainHashOfTheIdentifiersDoesNotMatch() throws Exception {
        String learner = "digest-" + UUID.randomUUID() + "@example.org";
        ErasureRecord record = erasure.erase(identifiers(Json.createObjectBuilder().add("mbox", "mailto:" + learner)
                .build()), "admin");
        Set<String> keys = Set.of(mbox(learner).key(), mbox(learner).asSha1Sum().orElseThrow().key());

        String digest = record.identifiersDigest().orElseThrow();
        assertEquals(new IdentifierDigest(AUDIT_KEY).of(keys), digest);
        assertNotEquals(new IdentifierDigest("another installation's secret, 32+ bytes".getBytes()).of(keys), digest);
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        for (String key : new java.util.TreeSet<>(keys)) {
            sha.update((key + "\n").getBytes());
        }
        assertNotEquals(java.util.HexFormat.of().formatHex(sha.digest()), digest);
        assertFalse(digest.contains(learner));
    }

    @Test
    void attachmentsUsedOnlyByTheLearnerGoAndSharedOnesStay() {
        String learner = "attached-" + UUID.randomUUID() + "@example.org";
        AttachmentData own = attachment("drawing by the learner " + learner);
        AttachmentData shared = attachment("class photo " + UUID.randomUUID());
        attachments.keep(List.of(own, shared));
        store(withAttachments(statement(learner, COMPLETED, uniqueActivity()).build(), own, shared));
        UUID other = store(withAttachments(statement("other@example.org", COMPLETED, uniqueActivity()).build(),
                shared));

        ErasureRecord record = erasure.erase(identifiers(Json.createObjectBuilder().add("mbox", "mailto:" + learner)
                .build()), "admin");

        assertEquals(1, record.attachmentsErased());
        assertTrue(attachments.findAll(List.of(own.sha2())).isEmpty());
        assertEquals(1, attachments.findAll(List.of(shared.sha2())).size());
        assertTrue(statements.find(other).isPresent());
    }

    private static AttachmentData attachment(String text) {
        byte[] content = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            String sha2 = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(content));
            return new AttachmentData(sha2, "text/plain", content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject withAttachments(JsonObject statement, AttachmentData... data) {
        var list = Json.createArrayBuilder();
        for (AttachmentData a : data) {
            list.add(Json.createObjectBuilder().add("usageType", "https://example.org/attachment")
                    .add("display", Json.createObjectBuilder().add("en", "work"))
                    .add("contentType", a.contentType()).add("length", a.content().length).add("sha2", a.sha2()));
        }
        return Json.createObjectBuilder(statement).add("attachments", list).build();
    }

    @Test
    void aLearnerKnownByTheHashOfTheirMailboxIsErasedToo() {
        String learner = "hashed-" + UUID.randomUUID() + "@example.org";
        String sha1 = mbox(learner).asSha1Sum().orElseThrow().key().substring("mbox_sha1sum:".length());
        UUID hashed = store(Json.createObjectBuilder(statement(learner, COMPLETED, uniqueActivity()).build())
                .add("actor", Json.createObjectBuilder().add("mbox_sha1sum", sha1)).build());
        erasure.erase(identifiers(Json.createObjectBuilder().add("mbox", "mailto:" + learner).build()), "admin");
        assertTrue(statements.find(hashed).isEmpty());
    }

    @Test
    void anIdentifierIsRequired() {
        assertThrows(InvalidRequestException.class, () -> erasure.erase(Json.createArrayBuilder().build(), "admin"));
        assertThrows(InvalidRequestException.class, () -> erasure.erase(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "No IFI")).build(), "admin"));
    }

    @Test
    void theFeedNamesTheErasedLearnerAndStatementsToEachReaderAndForgetsOnceAllAcknowledged() {
        Credential engine = credentials.addCredential(provider, "engine-" + UUID.randomUUID(), "hash",
                Set.of(Scope.ALL, Scope.ERASURES_READ));
        Credential mirror = credentials.addCredential(provider, "mirror-" + UUID.randomUUID(), "hash",
                Set.of(Scope.ERASURES_READ));
        long start = lastPosition(engine);
        String learner = "fed-" + UUID.randomUUID() + "@example.org";
        UUID erased = store(statement(learner, COMPLETED, uniqueActivity()).build());

        erasure.erase(identifiers(Json.createObjectBuilder().add("mbox", "mailto:" + learner).build()), "admin");

        List<ErasureNotice> read = erasure.feed(engine, start, 10);
        assertEquals(1, read.size());
        ErasureNotice notice = read.get(0);
        assertEquals(Set.of(mbox(learner).key(), mbox(learner).asSha1Sum().orElseThrow().key()), notice.agentKeys());
        assertEquals(Set.of(erased.toString()), notice.statementIds());
        assertEquals(List.of(), erasure.feed(engine, notice.position(), 10), "the engine acknowledged it");
        assertEquals(1, rowsContaining("SELECT count(*) FROM erasure_feed_item WHERE item LIKE ?", learner),
                "the mirror has not acknowledged it yet");
        assertEquals(List.of(notice), erasure.feed(mirror, start, 10));
        erasure.feed(mirror, notice.position(), 10);
        assertEquals(0, rowsContaining("SELECT count(*) FROM erasure_feed_item WHERE item LIKE ?", learner));
        assertEquals(0, rowsContaining("SELECT count(*) FROM erasure_feed_item WHERE item LIKE ?",
                erased.toString()));
        credentials.setCredentialEnabled(engine.key(), false);
        credentials.setCredentialEnabled(mirror.key(), false);
    }

    @Test
    void withoutAnActiveReaderTheFeedKeepsNothingAndADisabledReaderHoldsNothingBack() {
        Credential reader = credentials.addCredential(provider, "reader-" + UUID.randomUUID(), "hash",
                Set.of(Scope.ERASURES_READ));
        String held = "held-" + UUID.randomUUID() + "@example.org";
        erasure.erase(identifiers(Json.createObjectBuilder().add("mbox", "mailto:" + held).build()), "admin");
        assertEquals(1, rowsContaining("SELECT count(*) FROM erasure_feed_item WHERE item LIKE ?", held));

        credentials.setCredentialEnabled(reader.key(), false);
        erasure.forgetAcknowledgedFeed();
        assertEquals(0, rowsContaining("SELECT count(*) FROM erasure_feed_item WHERE item LIKE ?", held));

        String unread = "unread-" + UUID.randomUUID() + "@example.org";
        erasure.erase(identifiers(Json.createObjectBuilder().add("mbox", "mailto:" + unread).build()), "admin");
        assertEquals(0, rowsContaining("SELECT count(*) FROM erasure_feed_item WHERE item LIKE ?", unread));
    }

    @Test
    void onlyTheDedicatedScopeReadsTheFeed() {
        Credential admin = credentials.addCredential(provider, "admin-" + UUID.randomUUID(), "hash",
                Set.of(Scope.ADMIN, Scope.ALL));
        assertThrows(NotPermittedException.class, () -> erasure.feed(admin, 0, 10));
        assertThrows(NotPermittedException.class, () -> erasure.feed(school, 0, 10));
    }

    /** The position after every entry the reader could see now. */
    private long lastPosition(Credential reader) {
        Set<Long> seen = new HashSet<>();
        long position = 0;
        for (List<ErasureNotice> page = erasure.feed(reader, 0, 100); !page.isEmpty();
                page = erasure.feed(reader, position, 100)) {
            for (ErasureNotice notice : page) {
                seen.add(notice.position());
                position = notice.position();
            }
        }
        return position;
    }
}
