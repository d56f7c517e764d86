package org.flourish.lrs.store;

import java.util.Collection;
import java.util.List;
import org.flourish.lrs.xapi.attachments.AttachmentData;

/**
 * Where attachment data is kept: once per SHA-2, however many statements declare it. Statements link to it by hash
 * (the statement store writes the links with the statements), so the data of one learner's statements can be found
 * and erased.
 */
public interface AttachmentStore {

    /**
     * Keeps the data of each attachment not kept yet, idempotently (data already kept under a hash stays as it is).
     * Returns when the data is committed, so statements stored after it never point at missing data.
     */
    void keep(Collection<AttachmentData> attachments);

    /** The kept data of these hashes (lower-case hex); hashes with no kept data are left out. */
    List<AttachmentData> findAll(Collection<String> sha2s);
}
