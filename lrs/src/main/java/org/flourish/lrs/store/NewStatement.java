package org.flourish.lrs.store;

import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.UUID;
import org.flourish.lrs.xapi.rules.StatementIndex;

/**
 * A validated, prepared statement ready to be stored: its JSON with everything but {@code stored} (which the store
 * stamps as it assigns the storage order), the values the query filters need, and the credential that posted it
 * (for the {@code statements/read/mine} scope). An id the LRS just made ({@code idMadeByLrs}) cannot be referred
 * to by any stored statement, which spares the store a lookup. {@code defines}: whether the credential could define
 * Activities and Agents (scope {@code define}), so that its definitions and names count.
 */
public record NewStatement(UUID id, JsonObject statement, StatementIndex index, long credentialId,
        boolean idMadeByLrs, boolean defines) {

    /** The reserved verb of a voiding statement (xAPI-Data 2.3.2). */
    public static final String VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";

    public NewStatement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(index, "index");
    }

    /** A statement whose id the client chose, from a credential that defines. */
    public NewStatement(UUID id, JsonObject statement, StatementIndex index, long credentialId) {
        this(id, statement, index, credentialId, false, true);
    }

    public boolean voiding() {
        return VOIDED_VERB.equals(index.verbId());
    }
}
