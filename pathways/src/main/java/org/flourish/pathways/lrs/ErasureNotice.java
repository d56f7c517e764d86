package org.flourish.pathways.lrs;

import java.util.Objects;
import java.util.Set;

/**
 * One entry of the LRS's erasure feed: a learner the LRS erased, by the keys of their identifiers (the engine's
 * learner keys: {@code mbox:mailto:...}, {@code account:home|name}, ...), and the ids of the statements it erased
 * with them (about that learner, or naming them anywhere, or pointing to those).
 */
public record ErasureNotice(long position, Set<String> learnerKeys, Set<String> statementIds) {

    public ErasureNotice {
        Objects.requireNonNull(learnerKeys, "learnerKeys");
        learnerKeys = Set.copyOf(learnerKeys);
        statementIds = Set.copyOf(statementIds);
    }
}
