package org.flourish.pathways.lrs;

import java.time.Instant;
import java.util.Optional;

/** Statements of an LRS in {@code stored} order, a page at a time. */
public interface StatementFeed {

    /** {@code GET statements?ascending=true&limit=...&since=...} (xAPI-Communication 2.1.3); since is exclusive. */
    StatementPage since(Optional<Instant> since, int limit);

    /** The page a {@code more} IRL points to. */
    StatementPage more(String more);
}
