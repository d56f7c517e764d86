package org.flourish.lrs.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.flourish.lrs.error.PreconditionFailedException;
import org.flourish.lrs.store.DocumentContent;
import org.flourish.lrs.store.DocumentContext;
import org.flourish.lrs.store.StoredDocument;
import org.junit.jupiter.api.Test;

/** If-Match and If-None-Match as RFC 2616 14.24 and 14.26 define them (xAPI-Communication 3.1.s4). */
class PreconditionsTest {

    private static final StoredDocument STORED = new StoredDocument(
            DocumentContext.activityProfile("https://example.org/a").document("p"),
            DocumentContent.json("{\"a\":1}"), OffsetDateTime.now(), 1);
    private static final Optional<StoredDocument> PRESENT = Optional.of(STORED);
    private static final Optional<StoredDocument> ABSENT = Optional.empty();

    private static Preconditions ifMatch(String... tags) {
        return new Preconditions(Optional.of(List.of(tags)), Optional.empty());
    }

    private static Preconditions ifNoneMatch(String... tags) {
        return new Preconditions(Optional.empty(), Optional.of(List.of(tags)));
    }

    private static void fails(Preconditions preconditions, Optional<StoredDocument> current) {
        assertThrows(PreconditionFailedException.class, () -> preconditions.check(current));
    }

    private static void holds(Preconditions preconditions, Optional<StoredDocument> current) {
        assertDoesNotThrow(() -> preconditions.check(current));
    }

    @Test
    void ifMatchWithTheCurrentTagHolds() {
        holds(ifMatch(STORED.etag()), PRESENT);
        holds(ifMatch("0000", STORED.etag()), PRESENT);
    }

    @Test
    void ifMatchWithAnotherTagFails() {
        fails(ifMatch("0000"), PRESENT);
        fails(ifMatch("W/" + STORED.etag()), PRESENT);
    }

    @Test
    void ifMatchFailsWhenThereIsNoDocumentEvenWithStar() {
        fails(ifMatch(STORED.etag()), ABSENT);
        fails(ifMatch("*"), ABSENT);
        holds(ifMatch("*"), PRESENT);
    }

    @Test
    void ifNoneMatchStarFailsOnlyWhenTheDocumentExists() {
        fails(ifNoneMatch("*"), PRESENT);
        holds(ifNoneMatch("*"), ABSENT);
    }

    @Test
    void ifNoneMatchWithTheCurrentTagFailsAndWithAnotherHolds() {
        fails(ifNoneMatch(STORED.etag()), PRESENT);
        holds(ifNoneMatch("0000"), PRESENT);
    }

    @Test
    void noHeadersAlwaysHoldAndAreReportedAbsent() {
        holds(Preconditions.none(), PRESENT);
        holds(Preconditions.none(), ABSENT);
        assertTrue(Preconditions.none().absent());
        assertFalse(ifMatch("*").absent());
        assertFalse(ifNoneMatch("*").absent());
    }
}
