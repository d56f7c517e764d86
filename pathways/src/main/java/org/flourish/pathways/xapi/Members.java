package org.flourish.pathways.xapi;

import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Typed reads of a JSON object's members: a member of another type reads as absent, never coerced. */
public final class Members {

    private Members() {
    }

    /** A non-empty string member. */
    public static Optional<String> text(JsonObject object, String member) {
        JsonValue value = object.get(member);
        return value instanceof JsonString string && !string.getString().isEmpty()
                ? Optional.of(string.getString()) : Optional.empty();
    }
}
