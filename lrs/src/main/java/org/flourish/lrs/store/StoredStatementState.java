package org.flourish.lrs.store;

import java.util.Objects;

/** A stored statement with whether it has been voided (xAPI-Data 2.3.2). */
public record StoredStatementState(StoredStatement statement, boolean voided) {

    public StoredStatementState {
        Objects.requireNonNull(statement, "statement");
    }
}
