package org.flourish.pathways.lrs;

import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;

/** One page of a StatementResult (xAPI-Data 2.5): the statements and the {@code more} IRL, if there is more. */
public record StatementPage(List<JsonObject> statements, Optional<String> more) {

    public StatementPage {
        statements = List.copyOf(statements);
        more = more.filter(next -> !next.isBlank());
    }
}
