package org.flourish.lrs.store;

import java.util.List;
import java.util.Set;

/** Everything the LRS keeps about one learner, as one thing that can be erased. */
public interface LearnerRecords {

    /**
     * Erases, in one transaction, every statement that names one of these agents (by IFI key) anywhere an agent may
     * stand, every statement that points to one of those (object or context StatementRef, to any depth), the
     * attachments only those statements used, and the State and Agent Profile documents of these agents; records
     * the audit with {@code identifiersDigest}, and a feed entry when a reader of the feed is registered. Returns the
     * audit record.
     */
    ErasureRecord erase(Set<String> agentKeys, String identifiersDigest, String requestedBy);

    List<ErasureRecord> erasures();
}
