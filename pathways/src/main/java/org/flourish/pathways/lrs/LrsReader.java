package org.flourish.pathways.lrs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.json.JsonObject;

import org.flourish.pathways.xapi.Members;
import org.flourish.pathways.xapi.StatementEvidence;

/**
 * Reads the LRS's statements in {@code stored} order from the reader's last position, page after page, hands each
 * new one to the engine, and saves the position after each page so that a restart resumes there. A statement
 * without an id or {@code stored} instant is skipped: the LRS sets both (xAPI-Data 2.4.1, 2.4.8).
 */
public final class LrsReader {

    /** How far before the last stored instant to ask again, so that statements sharing it are not lost. */
    private static final Duration OVERLAP = Duration.ofMillis(1);

    private final StatementFeed feed;
    private final ReaderPositions positions;
    private final Consumer<JsonObject> engine;
    private final int pageSize;

    public LrsReader(StatementFeed feed, ReaderPositions positions, Consumer<JsonObject> engine, int pageSize) {
        this.feed = feed;
        this.positions = positions;
        this.engine = engine;
        this.pageSize = pageSize;
    }

    /** Reads everything new; returns how many statements were handed to the engine. */
    public int readNew() {
        Optional<ReaderPosition> position = positions.load();
        StatementPage page = feed.since(position.map(p -> p.lastStored().minus(OVERLAP)), pageSize);
        int read = 0;
        while (true) {
            int readBefore = read;
            for (JsonObject statement : page.statements()) {
                Optional<String> id = Members.text(statement, "id");
                Optional<Instant> stored = StatementEvidence.stored(statement);
                if (id.isEmpty() || stored.isEmpty() || position.filter(p -> p.alreadyRead(stored.get(), id.get()))
                        .isPresent()) {
                    continue;
                }
                engine.accept(statement);
                read++;
                position = Optional.of(position.map(p -> p.after(stored.get(), id.get()))
                        .orElseGet(() -> new ReaderPosition(stored.get(), Set.of(id.get()))));
            }
            if (read > readBefore) { // an empty poll writes nothing: a store write per poll would hold up intake
                position.ifPresent(positions::save);
            }
            if (page.more().isEmpty() || page.statements().isEmpty()) {
                return read;
            }
            page = feed.more(page.more().get());
        }
    }
}
