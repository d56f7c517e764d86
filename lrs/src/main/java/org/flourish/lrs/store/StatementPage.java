package org.flourish.lrs.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of query results and, when more match, where the next page starts. */
public record StatementPage(List<StoredStatement> statements, Optional<PageCursor> next) {

    public StatementPage {
        statements = List.copyOf(statements);
        Objects.requireNonNull(next, "next");
    }
}
