package org.flourish.pathways.lrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.flourish.pathways.store.RdfStore;
import org.flourish.pathways.store.GraphReaderPositions;
import org.flourish.pathways.testing.Statements;
import org.junit.jupiter.api.Test;

class LrsReaderTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    /** An LRS of statements in stored order, answering pages of two, honouring since (exclusive) like xAPI. */
    private static final class PagedLrs implements StatementFeed {
        final List<JsonObject> statements = new ArrayList<>();
        final List<Optional<Instant>> asked = new ArrayList<>();

        @Override
        public StatementPage since(Optional<Instant> since, int limit) {
            asked.add(since);
            List<JsonObject> after = statements.stream().filter(s -> since
                    .map(t -> Instant.parse(s.getString("stored")).isAfter(t)).orElse(true)).toList();
            return page(after, 0, limit);
        }

        @Override
        public StatementPage more(String more) {
            String[] parts = more.split("[|]");
            List<JsonObject> after = statements.stream().filter(s -> Instant.parse(s.getString("stored"))
                    .isAfter(Instant.parse(parts[0]))).toList();
            return page(after, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }

        private StatementPage page(List<JsonObject> all, int from, int limit) {
            int to = Math.min(all.size(), from + limit);
            Optional<String> more = to < all.size() ? Optional.of(
                    Instant.parse(all.get(0).getString("stored")).minusMillis(1) + "|" + to + "|" + limit)
                    : Optional.empty();
            return new StatementPage(all.subList(from, to), more);
        }
    }

    private final PagedLrs lrs = new PagedLrs();
    private final RdfStore store = RdfStore.inMemory();
    private final List<String> applied = new ArrayList<>();

    private LrsReader reader() {
        return new LrsReader(lrs, new GraphReaderPositions(store), s -> applied.add(s.getString("id")), 2);
    }

    private String add(Instant stored) {
        UUID id = UUID.randomUUID();
        lrs.statements.add(Statements.ndeyePassed(id, stored));
        return id.toString();
    }

    @Test
    void readsEveryPageByFollowingMore() {
        List<String> ids = List.of(add(T0), add(T0.plusSeconds(1)), add(T0.plusSeconds(2)), add(T0.plusSeconds(3)),
                add(T0.plusSeconds(4)));
        assertEquals(5, reader().readNew());
        assertEquals(ids, applied);
    }

    @Test
    void aNewReaderOnTheSameStoreResumesAfterThePositionItSaved() {
        add(T0);
        add(T0.plusSeconds(1));
        reader().readNew();
        String later = add(T0.plusSeconds(2));
        applied.clear();
        assertEquals(1, reader().readNew());
        assertEquals(List.of(later), applied);
        assertEquals(Optional.of(T0.plusSeconds(1).minusMillis(1)), lrs.asked.get(lrs.asked.size() - 1));
    }

    @Test
    void statementsSharingTheLastStoredInstantAreReadOnceEach() {
        add(T0);
        reader().readNew();
        String sameInstant = add(T0);
        applied.clear();
        assertEquals(1, reader().readNew());
        assertEquals(List.of(sameInstant), applied);
    }

    @Test
    void nothingNewReadsNothing() {
        add(T0);
        reader().readNew();
        applied.clear();
        assertEquals(0, reader().readNew());
    }

    @Test
    void aPollWithNothingNewSavesNoPosition() {
        add(T0);
        reader().readNew();
        GraphReaderPositions stored = new GraphReaderPositions(store);
        List<ReaderPosition> saved = new ArrayList<>();
        ReaderPositions counting = new ReaderPositions() {
            @Override
            public Optional<ReaderPosition> load() {
                return stored.load();
            }

            @Override
            public void save(ReaderPosition position) {
                saved.add(position);
                stored.save(position);
            }
        };
        new LrsReader(lrs, counting, s -> applied.add(s.getString("id")), 2).readNew();
        assertEquals(List.of(), saved);
    }
}
