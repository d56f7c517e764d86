package org.flourish.pathways.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.flourish.pathways.lrs.ReaderPosition;
import org.flourish.pathways.model.Goal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the engine keeps in TDB2 is there again after the store is closed and reopened, as after a restart. */
class Tdb2RestartTest {

    private static final String LEARNER = "account:https://school.example|ada";
    private static final Instant STORED = Instant.parse("2026-11-02T09:31:00.123Z");

    @Test
    void readerPositionSurvivesARestart(@TempDir Path directory) {
        ReaderPosition position = new ReaderPosition(STORED, Set.of("a", "b"));
        try (RdfStore store = RdfStore.tdb2(directory)) {
            new GraphReaderPositions(store).save(position);
        }
        try (RdfStore reopened = RdfStore.tdb2(directory)) {
            assertEquals(Optional.of(position), new GraphReaderPositions(reopened).load());
        }
    }

    @Test
    void learnerStatementsGoalsPinsAndVetoesSurviveARestart(@TempDir Path directory) {
        UUID id = UUID.randomUUID();
        try (RdfStore store = RdfStore.tdb2(directory)) {
            LearnerRecords records = new LearnerRecords(store);
            records.keep(LEARNER, id, STORED, "{\"id\":\"" + id + "\"}");
            records.replaceGoals(LEARNER, List.of(new Goal("https://example.org/c/1", 0.7)));
            records.pin(LEARNER, "https://example.org/o/pinned");
            records.veto(LEARNER, "https://example.org/o/vetoed");
        }
        try (RdfStore reopened = RdfStore.tdb2(directory)) {
            LearnerRecords records = new LearnerRecords(reopened);
            assertEquals(List.of("{\"id\":\"" + id + "\"}"), records.statements(LEARNER));
            assertEquals(List.of(new Goal("https://example.org/c/1", 0.7)), records.goals(LEARNER));
            assertEquals(List.of("https://example.org/o/pinned"), records.pinned(LEARNER));
            assertEquals(List.of("https://example.org/o/vetoed"), records.vetoed(LEARNER));
            assertEquals(Optional.of(LEARNER), records.forget(id));
            assertEquals(List.of(), records.statements(LEARNER));
        }
    }

    @Test
    void settingGoalsAgainReplacesTheOldOnes(@TempDir Path directory) {
        try (RdfStore store = RdfStore.tdb2(directory)) {
            LearnerRecords records = new LearnerRecords(store);
            records.replaceGoals(LEARNER, List.of(new Goal("https://example.org/c/1", 0.7),
                    new Goal("https://example.org/c/2", 0.9)));
            records.replaceGoals(LEARNER, List.of(new Goal("https://example.org/c/3", 0.8)));
            assertEquals(List.of(new Goal("https://example.org/c/3", 0.8)), records.goals(LEARNER));
        }
    }
}
