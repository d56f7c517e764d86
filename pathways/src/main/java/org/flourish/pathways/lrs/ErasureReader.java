package org.flourish.pathways.lrs;

import java.util.function.Consumer;

/**
 * Reads the LRS's erasure feed from the reader's last position, hands each entry to the engine and saves the position
 * after each one, so that an erasure made while the engine was stopped is applied at its next start, and one applied
 * is not asked for again. Reading on until an empty page acknowledges every applied entry to the LRS.
 */
public final class ErasureReader {

    private final ErasureFeed feed;
    private final ErasurePosition position;
    private final Consumer<ErasureNotice> engine;
    private final int pageSize;

    public ErasureReader(ErasureFeed feed, ErasurePosition position, Consumer<ErasureNotice> engine, int pageSize) {
        this.feed = feed;
        this.position = position;
        this.engine = engine;
        this.pageSize = pageSize;
    }

    /** Applies every new entry; returns how many. */
    public int readNew() {
        long last = position.load();
        int applied = 0;
        while (true) {
            long before = last;
            for (ErasureNotice notice : feed.after(last, pageSize)) {
                if (notice.position() <= last) {
                    continue; // an LRS answering out of order must not move the position back
                }
                engine.accept(notice);
                last = notice.position();
                position.save(last);
                applied++;
            }
            if (last == before) {
                return applied;
            }
        }
    }
}
