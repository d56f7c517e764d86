package org.flourish.pathways.lrs;

import java.util.Optional;

/** Where the reader's position is kept between polls and across restarts. */
public interface ReaderPositions {

    Optional<ReaderPosition> load();

    void save(ReaderPosition position);
}
