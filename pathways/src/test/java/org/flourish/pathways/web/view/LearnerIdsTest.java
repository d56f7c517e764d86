package org.flourish.pathways.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class LearnerIdsTest {

    @Test
    void aKeyWithSlashesAndBarsIsOnePlainPathSegmentAndComesBack() {
        String key = "account:https://w3id.org/flourish/samples/thies/enrolment|TH-2026-0142";
        String id = LearnerIds.of(key);
        assertTrue(id.matches("[A-Za-z0-9_-]+"), id);
        assertEquals(Optional.of(key), LearnerIds.key(id));
    }

    @Test
    void anIdThatIsNoBase64NamesNobody() {
        assertEquals(Optional.empty(), LearnerIds.key("not base64!"));
        assertEquals(Optional.empty(), LearnerIds.key(""));
    }

    @Test
    void keysReadAsAPersonWouldSayThem() {
        assertEquals("TH-2026-0142 (w3id.org)",
                LearnerIds.readable("account:https://w3id.org/flourish/samples/thies/enrolment|TH-2026-0142"));
        assertEquals("awa@ngo.example", LearnerIds.readable("mbox:mailto:awa@ngo.example"));
    }
}
