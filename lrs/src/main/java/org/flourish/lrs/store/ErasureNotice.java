package org.flourish.lrs.store;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the erasure feed: what a reader must erase in its own copy of the record, the learner's identifier
 * keys ({@code mbox:mailto:...}, {@code account:home|name}, as {@link org.flourish.lrs.xapi.rules.AgentIfi#key()})
 * and the ids of the statements the LRS erased.
 */
public record ErasureNotice(long position, OffsetDateTime erasedAt, Set<String> agentKeys, Set<String> statementIds) {

    public ErasureNotice {
        Objects.requireNonNull(erasedAt, "erasedAt");
        agentKeys = Set.copyOf(agentKeys);
        statementIds = Set.copyOf(statementIds);
    }
}
