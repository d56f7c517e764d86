package org.flourish.lrs.store.jpa;

import static org.flourish.lrs.testing.SampleStatements.COMPLETED;
import static org.flourish.lrs.testing.SampleStatements.statement;
import static org.flourish.lrs.testing.SampleStatements.statementAbout;
import static org.flourish.lrs.testing.SampleStatements.uniqueActivity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.service.LearnerErasure;
import org.flourish.lrs.store.DocumentContent;
import org.flourish.lrs.store.DocumentContext;
import org.flourish.lrs.store.DocumentKey;
import org.flourish.lrs.store.ErasureRecord;
import org.flourish.lrs.store.NewStatement;
import org.flourish.lrs.testing.TestDatabases;
import org.flourish.lrs.xapi.attachments.AttachmentData;
import org.flourish.lrs.xapi.rules.AgentIfi;
import org.flourish.lrs.xapi.rules.StatementIndexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Erasing a learner on PostgreSQL: their statements, what points to them and their documents go; nothing else. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnerErasureTest {

    private Database database;
    private JpaStatementStore statements;
    private JpaDocumentStore documents;
    private JpaAttachmentStore attachments;
    private LearnerErasure erasure;
    private Credential school;

    @BeforeAll
    void open() {
        database = Database.open(TestDatabases.freshPostgres("flourish_lrs_erasure_test"));
        statements = new JpaStatementStore(database.transactions(), Clock.systemUTC());
        documents = new JpaDocumentStore(database.transactions(), Clock.systemUTC());
        attachments = new JpaAttachmentStore(database.transactions());
        erasure = new LearnerErasure(new JpaLearnerRecords(database.transactions(), Clock.systemUTC()));
        JpaCredentialStore credentials = new JpaCredentialStore(database.transactions(), Clock.systemUTC());
        long provider = credentials.addProvider("School", URI.create("https://school.example.org")).id();
        school = credentials.addCredential(provider, "school", "hash", Set.of(Scope.ALL));
    }

    @AfterAll
    void close() {
        database.close();
    }

    private UUID store(JsonObject statement) {
        UUID id = UUID.randomUUID();
        JsonObject withId = Json.createObjectBuilder(statement).add("id", id.toString()).build();
        statements.store(List.of(new NewStatement(id, withId, StatementIndexer.index(withId), school.id())));
        return id;
    }

    private static AgentIfi mbox(String email) {
        return AgentIfi.of(Json.createObjectBuilder().add("mbox", "mailto:" + email).build()).orElseThrow();
    }

    private DocumentKey state(String email) {
        return new DocumentKey(DocumentContext.state("https://example.org/game", mbox(email), Optional.empty()),
                "progress");
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
        UUID unrelated = store(statement(other, COMPLETED, uniqueActivity()).build());
        documents.create(state(learner), DocumentContent.json("{\"level\":3}"), school.provider().id());
        documents.create(state(other), DocumentContent.json("{\"level\":5}"), school.provider().id());

        ErasureRecord record = erasure.erase(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("mbox", "mailto:" + learner)).build(), "admin");

        assertEquals(4, record.statementsErased());
        assertEquals(1, record.documentsErased());
        assertEquals(64, record.identifiersDigest().length());
        assertFalse(record.identifiersDigest().contains(learner));
        for (UUID gone : List.of(asActor, inContext, pointing, awaiting)) {
            assertTrue(statements.find(gone).isEmpty(), gone + " must be erased");
        }
        assertTrue(statements.find(unrelated).isPresent());
        assertTrue(documents.find(state(learner)).isEmpty());
        assertTrue(documents.find(state(other)).isPresent());
        assertTrue(erasure.erasures().stream().anyMatch(r -> r.id() == record.id()));
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

        ErasureRecord record = erasure.erase(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("mbox", "mailto:" + learner)).build(), "admin");

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
        erasure.erase(Json.createArrayBuilder().add(Json.createObjectBuilder().add("mbox", "mailto:" + learner))
                .build(), "admin");
        assertTrue(statements.find(hashed).isEmpty());
    }

    @Test
    void anIdentifierIsRequired() {
        assertThrows(InvalidRequestException.class, () -> erasure.erase(Json.createArrayBuilder().build(), "admin"));
        assertThrows(InvalidRequestException.class, () -> erasure.erase(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "No IFI")).build(), "admin"));
    }
}
