package org.flourish.lrs.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the entity-tag lists of If-Match and If-None-Match. */
class EntityTagsTest {

    @Test
    void missingHeaderIsNoList() {
        assertEquals(Optional.empty(), EntityTags.list(null));
    }

    @Test
    void quotedTagsLoseTheirQuotesAndStarStays() {
        assertEquals(Optional.of(List.of("abc", "def")), EntityTags.list("\"abc\", \"def\""));
        assertEquals(Optional.of(List.of("*")), EntityTags.list("*"));
    }

    @Test
    void bareAndWeakTagsAreKeptAsSent() {
        assertEquals(Optional.of(List.of("abc", "W/\"x\"")), EntityTags.list("abc,W/\"x\""));
    }
}
