package org.flourish.pathways.xapi;

import java.util.Optional;

import jakarta.json.JsonObject;

/**
 * A voiding statement has the verb {@code http://adlnet.gov/expapi/verbs/voided} and a StatementRef object naming
 * the statement it cancels (xAPI-Data 2.3.2). The engine then forgets the voided statement as evidence.
 */
public final class Voiding {

    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private Voiding() {
    }

    /** The id of the statement this one voids, if it is a voiding statement. */
    public static Optional<String> voidedId(JsonObject statement) {
        if (!(statement.get("verb") instanceof JsonObject verb)
                || !Members.text(verb, "id").filter(VOIDED::equals).isPresent()
                || !(statement.get("object") instanceof JsonObject object)
                || !Members.text(object, "objectType").filter("StatementRef"::equals).isPresent()) {
            return Optional.empty();
        }
        return Members.text(object, "id");
    }
}
