package org.flourish.lrs.store.jpa;

import static org.flourish.lrs.testing.AttachmentFixtures.attachmentFor;
import static org.flourish.lrs.testing.AttachmentFixtures.withAttachments;
import static org.flourish.lrs.testing.AttachmentFixtures.withTextAttachment;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.store.NewStatement;
import org.flourish.lrs.store.StoredStatement;
import org.flourish.lrs.xapi.attachments.AttachmentData;
import org.flourish.lrs.xapi.attachments.Sha2Digests;
import org.flourish.lrs.xapi.rules.StatementIndexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every attachment store must do, run against each database by a subclass; each test uses its own data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AttachmentStoreContract {

    private Database database;
    private JpaAttachmentStore attachments;
    private JpaStatementStore statements;
    private Credential school;

    protected abstract DatabaseSettings freshDatabase();

    @BeforeAll
    void open() {
        database = Database.open(freshDatabase());
        attachments = new JpaAttachmentStore(database.transactions());
        statements = new JpaStatementStore(database.transactions(), Clock.systemUTC());
        JpaCredentialStore credentials = new JpaCredentialStore(database.transactions(), Clock.systemUTC());
        long provider = credentials.addProvider("School", URI.create("https://school.example.org")).id();
        school = credentials.addCredential(provider, "school-key", "hash", Set.of(Scope.ALL));
    }

    @AfterAll
    void close() {
        database.close();
    }

    private static AttachmentData unique(String contentType, int size) {
        byte[] content = new byte[size];
        new Random().nextBytes(content);
        return new AttachmentData(Sha2Digests.sha256(content), contentType, content);
    }

    @Test
    void keptDataIsFoundByItsHashWithEveryOctet() {
        byte[] everyOctet = new byte[256 * 4096];
        for (int i = 0; i < everyOctet.length; i++) {
            everyOctet[i] = (byte) i;
        }
        AttachmentData data = new AttachmentData(Sha2Digests.sha256(everyOctet), "application/octet-stream",
                everyOctet);
        attachments.keep(List.of(data));
        List<AttachmentData> found = attachments.findAll(List.of(data.sha2()));
        assertEquals(1, found.size());
        assertArrayEquals(everyOctet, found.get(0).content());
        assertEquals("application/octet-stream", found.get(0).contentType());
    }

    @Test
    void keepingTheSameDataAgainKeepsTheFirstCopyAndFailsNothing() {
        AttachmentData data = unique("image/png", 100);
        attachments.keep(List.of(data, data));
        attachments.keep(List.of(new AttachmentData(data.sha2(), "image/x-other", data.content()),
                unique("text/plain", 10)));
        List<AttachmentData> found = attachments.findAll(List.of(data.sha2()));
        assertEquals(1, found.size());
        assertEquals("image/png", found.get(0).contentType());
    }

    @Test
    void concurrentKeepsOfTheSameDataAllSucceed() throws Exception {
        AttachmentData data = unique("audio/ogg", 5000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> keeps = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                keeps.add(pool.submit(() -> attachments.keep(List.of(data))));
            }
            for (Future<?> keep : keeps) {
                keep.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, attachments.findAll(List.of(data.sha2())).size());
    }

    @Test
    void hashesWithoutDataAreLeftOut() {
        AttachmentData data = unique("text/plain", 20);
        attachments.keep(List.of(data));
        assertEquals(List.of(data.sha2()), attachments.findAll(List.of(data.sha2(), "0".repeat(64))).stream()
                .map(AttachmentData::sha2).toList());
        assertEquals(List.of(), attachments.findAll(List.of()));
    }

    @Test
    void aStoredStatementIsLinkedToEveryAttachmentHashItDeclares() {
        byte[] other = ("file " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        JsonObject declared = withAttachments(withTextAttachment(),
                withTextAttachment().getJsonArray("attachments").getJsonObject(0),
                attachmentFor(other, "http://example.com/usage", "text/plain", "https://files.example.org/f"));
        UUID id = UUID.randomUUID();
        JsonObject statement = Json.createObjectBuilder(declared).add("id", id.toString()).build();
        StoredStatement stored = statements.store(List.of(new NewStatement(id, statement,
                StatementIndexer.index(statement), school.id()))).get(0);
        List<?> linked = database.transactions().read(em -> em.createNativeQuery(
                "SELECT sha2 FROM statement_attachment WHERE seq = ? ORDER BY sha2")
                .setParameter(1, stored.seq()).getResultList());
        assertEquals(List.of("495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a",
                Sha2Digests.sha256(other)).stream().sorted().toList(), linked);
    }
}
