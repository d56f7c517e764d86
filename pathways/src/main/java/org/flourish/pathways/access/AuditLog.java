package org.flourish.pathways.access;

import java.util.List;

/** The record of every view of a child's data, kept for administrators to read. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The newest entries first, from {@code offset}, at most {@code limit}. */
    List<AuditEntry> newest(int offset, int limit);

    /**
     * After an erasure: the learner's key is replaced in every entry by {@code replacement}, so that the record of
     * who looked stays and no identifier of the child does.
     */
    void replaceLearner(String learnerKey, String replacement);
}
