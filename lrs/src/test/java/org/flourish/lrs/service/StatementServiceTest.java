package org.flourish.lrs.service;

import static org.flourish.lrs.testing.SampleStatements.COMPLETED;
import static org.flourish.lrs.testing.SampleStatements.statement;
import static org.flourish.lrs.testing.SampleStatements.uniqueActivity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.error.NotPermittedException;
import org.flourish.lrs.error.StatementConflictException;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.store.StatementQuery;
import org.flourish.lrs.store.jpa.Database;
import org.flourish.lrs.store.jpa.JpaAttachmentStore;
import org.flourish.lrs.store.jpa.JpaCredentialStore;
import org.flourish.lrs.store.jpa.JpaStatementStore;
import org.flourish.lrs.testing.AttachmentFixtures;
import org.flourish.lrs.testing.TestDatabases;
import org.flourish.lrs.xapi.XapiVersion;
import org.flourish.lrs.xapi.attachments.AttachmentData;
import org.flourish.lrs.xapi.attachments.AttachmentPart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Statement use cases on a real (PostgreSQL) store: batches, conflicts, races and scopes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementServiceTest {

    private Database database;
    private JpaStatementStore store;
    private StatementService service;
    private Credential writer;
    private Credential reader;

    @BeforeAll
    void open() {
        database = Database.open(TestDatabases.freshPostgres("flourish_lrs_service_test"));
        store = new JpaStatementStore(database.transactions(), Clock.systemUTC());
        service = new StatementService(store, new JpaAttachmentStore(database.transactions()));
        JpaCredentialStore credentials = new JpaCredentialStore(database.transactions(), Clock.systemUTC());
        long provider = credentials.addProvider("School", URI.create("https://school.example.org")).id();
        writer = credentials.addCredential(provider, "writer", "hash", Set.of(Scope.STATEMENTS_WRITE));
        reader = credentials.addCredential(provider, "reader", "hash", Set.of(Scope.STATEMENTS_READ));
    }

    @AfterAll
    void close() {
        database.close();
    }

    private int countFor(String activity) {
        return store.query(new StatementQuery(Set.of(new FilterTerm(FilterTerm.Kind.ACTIVITY, activity)),
                Optional.empty(), Optional.empty(), false, 100, OptionalLong.empty())).statements().size();
    }

    @Test
    void theSameStatementPostedConcurrentlyIsStoredOnceAndEveryPostSucceeds() throws Exception {
        for (int round = 0; round < 10; round++) {
            String activity = uniqueActivity();
            JsonObject statement = statement("ama@example.org", COMPLETED, activity)
                    .add("id", UUID.randomUUID().toString()).build();
            ExecutorService posters = Executors.newFixedThreadPool(4);
            List<Future<List<UUID>>> posts = new ArrayList<>();
            Callable<List<UUID>> post = () -> service.post(statement, XapiVersion.V2_0_0, writer);
            for (int i = 0; i < 4; i++) {
                posts.add(posters.submit(post));
            }
            for (Future<List<UUID>> result : posts) {
                assertEquals(statement.getString("id"), result.get().get(0).toString());
            }
            posters.shutdown();
            assertEquals(1, countFor(activity));
        }
    }

    @Test
    void aStatementStoredWithItsAttachmentDataComesWithItAndARefusedOneLeavesNothing() {
        AttachmentPart text = new AttachmentPart(Optional.of("text/plain"), Optional.of("binary"),
                Optional.of(AttachmentFixtures.sha256(AttachmentFixtures.textData())), AttachmentFixtures.textData());
        String activity = uniqueActivity();
        JsonObject statement = Json.createObjectBuilder(AttachmentFixtures.withTextAttachment())
                .add("id", UUID.randomUUID().toString())
                .add("object", Json.createObjectBuilder().add("id", activity)).build();
        UUID id = service.post(statement, List.of(text), XapiVersion.V1_0_3, writer).get(0);
        List<AttachmentData> data = service.attachmentsOf(List.of(service.get(id, false, reader)));
        assertEquals(List.of(AttachmentFixtures.TEXT_DATA), data.stream()
                .map(d -> new String(d.content(), StandardCharsets.US_ASCII)).toList());

        String refusedActivity = uniqueActivity();
        JsonObject withoutData = Json.createObjectBuilder(statement).add("id", UUID.randomUUID().toString())
                .add("object", Json.createObjectBuilder().add("id", refusedActivity)).build();
        assertThrows(InvalidRequestException.class,
                () -> service.post(withoutData, List.of(), XapiVersion.V1_0_3, writer));
        assertEquals(0, countFor(refusedActivity));
    }

    @Test
    void aDifferentStatementUnderAStoredIdIsAConflict() {
        String id = UUID.randomUUID().toString();
        service.post(statement("ama@example.org", COMPLETED, uniqueActivity()).add("id", id).build(),
                XapiVersion.V2_0_0, writer);
        JsonObject other = statement("kofi@example.org", COMPLETED, uniqueActivity()).add("id", id).build();
        assertThrows(StatementConflictException.class, () -> service.post(other, XapiVersion.V2_0_0, writer));
    }

    @Test
    void theSameIdTwiceInOneBatchIsRefused() {
        JsonObject statement = statement("ama@example.org", COMPLETED, uniqueActivity())
                .add("id", UUID.randomUUID().toString()).build();
        var batch = Json.createArrayBuilder().add(statement).add(statement).build();
        assertThrows(InvalidRequestException.class, () -> service.post(batch, XapiVersion.V2_0_0, writer));
    }

    @Test
    void scopesDecideWhoMayWriteAndRead() {
        JsonObject statement = statement("ama@example.org", COMPLETED, uniqueActivity()).build();
        assertThrows(NotPermittedException.class, () -> service.post(statement, XapiVersion.V2_0_0, reader));
        UUID id = service.post(statement, XapiVersion.V2_0_0, writer).get(0);
        assertThrows(NotPermittedException.class, () -> service.get(id, false, writer));
        assertEquals(id, service.get(id, false, reader).id());
    }
}
