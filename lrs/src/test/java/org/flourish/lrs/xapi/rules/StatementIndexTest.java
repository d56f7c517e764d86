package org.flourish.lrs.xapi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatementIndexTest {

    private static final String VERB = "http://adlnet.gov/expapi/verbs/attempted";

    @Test
    void setsAreCopiedSoLaterChangesDoNotLeakIn() {
        Set<String> keys = new HashSet<>(Set.of("mbox:mailto:a@b.org"));
        var index = new StatementIndex(VERB, Optional.empty(), keys, keys, Set.of(), Set.of(), Optional.empty());
        keys.add("mbox:mailto:c@d.org");
        assertEquals(Set.of("mbox:mailto:a@b.org"), index.agentKeys());
        assertThrows(UnsupportedOperationException.class, () -> index.relatedAgentKeys().add("x"));
    }

    @Test
    void nullPartsAreRefused() {
        assertThrows(NullPointerException.class,
                () -> new StatementIndex(null, Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(),
                        Optional.empty()));
        assertThrows(NullPointerException.class,
                () -> new StatementIndex(VERB, null, Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty()));
        assertThrows(NullPointerException.class,
                () -> new StatementIndex(VERB, Optional.empty(), null, Set.of(), Set.of(), Set.of(),
                        Optional.empty()));
        assertThrows(NullPointerException.class,
                () -> new StatementIndex(VERB, Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), null));
    }

    @Test
    void relatedAgentKeysMustContainAgentKeys() {
        assertThrows(IllegalArgumentException.class,
                () -> new StatementIndex(VERB, Optional.empty(), Set.of("mbox:mailto:a@b.org"), Set.of(), Set.of(),
                        Set.of(), Optional.empty()));
    }

    @Test
    void relatedActivityIdsMustContainActivityIds() {
        assertThrows(IllegalArgumentException.class,
                () -> new StatementIndex(VERB, Optional.empty(), Set.of(), Set.of(), Set.of("https://a.example"),
                        Set.of(), Optional.empty()));
    }
}
