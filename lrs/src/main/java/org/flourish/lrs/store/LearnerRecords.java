package org.flourish.lrs.store;

import java.util.List;
import java.util.Set;

/** Everything the LRS keeps about one learner, as one thing that can be erased. */
public interface LearnerRecords {

    /**
     * Erases, in one transaction, every statement in which one of these agents (by IFI key) is actor, object or in
     * context, every statement that points to one of those, and the State and Agent Profile documents of these
     * agents; records the audit. Returns the audit record.
     */
    ErasureRecord erase(Set<String> agentKeys, String requestedBy);

    List<ErasureRecord> erasures();
}
