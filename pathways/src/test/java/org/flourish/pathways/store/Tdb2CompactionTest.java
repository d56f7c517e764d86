package org.flourish.pathways.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TDB2 keeps every term it stored in its node table after the triples go: an erased child's mailbox stays in the
 * files' bytes until the dataset is compacted, and is gone from them afterwards.
 */
class Tdb2CompactionTest {

    @Test
    void anErasedLearnersTermsLeaveTheFilesOnlyWithCompaction(@TempDir Path directory) throws IOException {
        String mailbox = "erased-" + UUID.randomUUID() + "@example.org";
        String learner = "mbox:mailto:" + mailbox;
        UUID id = UUID.randomUUID();
        try (RdfStore store = RdfStore.tdb2(directory)) {
            new LearnerRecords(store).keep(learner, id, Instant.now(), "{\"actor\":{\"mbox\":\"mailto:" + mailbox
                    + "\"}}");
            new LearnerRecords(store).keep("mbox:mailto:kept@example.org", UUID.randomUUID(), Instant.now(), "{}");
            new GraphLearnerErasure(store).erase(Set.of(learner), Set.of(id.toString()));
            assertEquals(List.of(), new LearnerRecords(store).statements(learner));
            assertTrue(filesHolding(directory, mailbox) > 0, "before compaction the node table still holds it");

            store.compact();

            assertEquals(0, filesHolding(directory, mailbox));
            assertEquals(1, new LearnerRecords(store).statements("mbox:mailto:kept@example.org").size());
        }
        try (RdfStore reopened = RdfStore.tdb2(directory)) {
            assertEquals(1, new LearnerRecords(reopened).statements("mbox:mailto:kept@example.org").size());
        }
    }

    private static long filesHolding(Path directory, String text) throws IOException {
        String needle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(needle);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
    }
}
