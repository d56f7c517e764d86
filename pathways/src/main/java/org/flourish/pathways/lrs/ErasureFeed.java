package org.flourish.pathways.lrs;

import java.util.List;

/**
 * The LRS's erasure feed ({@code GET /admin/erasures/feed}, a credential with scope {@code erasures/read}). Asking
 * for the entries after a position tells the LRS that the engine has done everything up to it: the LRS then forgets
 * the entries every reader has done.
 */
public interface ErasureFeed {

    /** Up to {@code limit} entries after {@code position}, oldest first. */
    List<ErasureNotice> after(long position, int limit);
}
