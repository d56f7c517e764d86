package org.flourish.pathways.lrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.flourish.pathways.store.GraphErasurePosition;
import org.flourish.pathways.store.RdfStore;
import org.junit.jupiter.api.Test;

class ErasureReaderTest {

    /** An LRS's erasure feed, answering pages after the asked position and recording every position asked after. */
    private static final class Feed implements ErasureFeed {
        final List<ErasureNotice> entries = new ArrayList<>();
        final List<Long> asked = new ArrayList<>();

        @Override
        public List<ErasureNotice> after(long position, int limit) {
            asked.add(position);
            return entries.stream().filter(e -> e.position() > position).limit(limit).toList();
        }

        void add(long position) {
            entries.add(new ErasureNotice(position, Set.of("mbox:mailto:child" + position + "@example.org"),
                    Set.of()));
        }
    }

    private final Feed feed = new Feed();
    private final RdfStore store = RdfStore.inMemory();
    private final List<Long> applied = new ArrayList<>();

    private ErasureReader reader() {
        return new ErasureReader(feed, new GraphErasurePosition(store), notice -> applied.add(notice.position()), 2);
    }

    @Test
    void appliesEveryEntryPageByPageThenAcknowledgesTheLastByAskingAfterIt() {
        for (long position = 1; position <= 5; position++) {
            feed.add(position);
        }
        assertEquals(5, reader().readNew());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), applied);
        assertEquals(List.of(0L, 2L, 4L, 5L), feed.asked);
    }

    @Test
    void aRestartedEngineResumesAfterTheLastAppliedEntry() {
        feed.add(3);
        reader().readNew();
        feed.add(8);
        applied.clear();
        assertEquals(1, reader().readNew(), "a new reader on the same store");
        assertEquals(List.of(8L), applied);
    }

    @Test
    void anEntryThatFailsIsAskedForAgainAndNothingAfterItIsApplied() {
        feed.add(1);
        feed.add(2);
        ErasureReader failing = new ErasureReader(feed, new GraphErasurePosition(store), notice -> {
            if (notice.position() == 2) {
                throw new IllegalStateException("the store is full");
            }
            applied.add(notice.position());
        }, 10);
        assertThrows(IllegalStateException.class, failing::readNew);
        assertEquals(1, new GraphErasurePosition(store).load());
        assertEquals(1, reader().readNew());
        assertEquals(List.of(1L, 2L), applied);
    }

    @Test
    void entriesAtOrBeforeThePositionAreNotAppliedAgain() {
        feed.add(4);
        new GraphErasurePosition(store).save(4);
        feed.entries.add(0, new ErasureNotice(2, Set.of("mbox:mailto:old@example.org"), Set.of()));
        assertEquals(0, new ErasureReader((position, limit) -> feed.entries, new GraphErasurePosition(store),
                notice -> applied.add(notice.position()), 10).readNew());
        assertEquals(List.of(), applied);
    }
}
