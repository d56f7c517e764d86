package org.flourish.lrs.store;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The filters of a statement query (xAPI-Communication 2.1.3, GET Statements) reduced to what storage matches:
 * a set of filter terms every result must carry, a stored-time window, the order, a page size, and optionally
 * the only credential whose statements may be seen ({@code statements/read/mine}).
 */
public record StatementQuery(
        Set<FilterTerm> terms,
        Optional<OffsetDateTime> since,
        Optional<OffsetDateTime> until,
        boolean ascending,
        int limit,
        OptionalLong onlyCredential) {

    public StatementQuery {
        terms = Set.copyOf(terms);
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(onlyCredential, "onlyCredential");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }
}
