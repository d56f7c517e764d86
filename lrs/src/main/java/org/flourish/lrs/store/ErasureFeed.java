package org.flourish.lrs.store;

import java.util.List;

/**
 * The erasure feed, read by the credentials that hold scope {@code erasures/read} (the registered readers). An entry
 * is kept only until every active reader has acknowledged it, and is not written at all while there is none.
 */
public interface ErasureFeed {

    /**
     * Up to {@code limit} entries after {@code position}, oldest first. Asking for the entries after a position
     * acknowledges every entry up to it for this reader: the feed then forgets what all readers have acknowledged.
     */
    List<ErasureNotice> readAfter(long readerCredentialId, long position, int limit);

    /** Forgets the entries every active reader has acknowledged (all of them when no reader is active). */
    void forgetAcknowledged();
}
