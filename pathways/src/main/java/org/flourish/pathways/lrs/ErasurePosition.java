package org.flourish.pathways.lrs;

/** Where the erasure reader's position (the last feed entry it applied) is kept across restarts; 0 before any. */
public interface ErasurePosition {

    long load();

    void save(long position);
}
