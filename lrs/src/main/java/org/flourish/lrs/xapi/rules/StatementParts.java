package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the parts of a statement by their role, applying the defaults the spec gives to absent properties
 * (xAPI-Data 2.4.2 actor objectType defaults to Agent, 2.4.4 object objectType defaults to Activity).
 * Assumes a validated statement: a part of the wrong JSON type reads as absent.
 */
final class StatementParts {

    static final String AGENT = "Agent";
    static final String GROUP = "Group";
    static final String ACTIVITY = "Activity";
    static final String SUB_STATEMENT = "SubStatement";
    static final String STATEMENT_REF = "StatementRef";

    /** The four contextActivities keys, xAPI-Data 2.4.6.2. */
    static final List<String> CONTEXT_ACTIVITY_KEYS = List.of("parent", "grouping", "category", "other");

    private StatementParts() {
    }

    static Optional<String> string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty();
    }

    static Optional<JsonObject> object(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        return value instanceof JsonObject child ? Optional.of(child) : Optional.empty();
    }

    /** objectType of an actor, instructor, team or authority: Agent unless stated (xAPI-Data 2.4.2.1). */
    static String actorType(JsonObject agentOrGroup) {
        return string(agentOrGroup, "objectType").orElse(AGENT);
    }

    /** objectType of a statement's object: Activity unless stated (xAPI-Data 2.4.4.1). */
    static String objectType(JsonObject object) {
        return string(object, "objectType").orElse(ACTIVITY);
    }

    static boolean isAgentOrGroup(String objectType) {
        return AGENT.equals(objectType) || GROUP.equals(objectType);
    }

    /** The members of a Group (xAPI-Data 2.4.2.2); none for an Agent or a Group without "member". */
    static List<JsonObject> members(JsonObject agentOrGroup) {
        JsonValue members = agentOrGroup.get("member");
        return members instanceof JsonArray array ? objectsIn(array) : List.of();
    }

    /**
     * The Activities under one contextActivities key. 1.0.3 allows a single Activity object where 2.0 requires an
     * array (xAPI-Data 2.4.6.2 in both): both read as a list.
     */
    static List<JsonObject> contextActivities(JsonObject context, String key) {
        return object(context, "contextActivities")
                .map(activities -> activities.get(key))
                .map(StatementParts::asListOfObjects)
                .orElse(List.of());
    }

    /** Every context Activity of every kind, in the order of {@link #CONTEXT_ACTIVITY_KEYS}. */
    static Stream<JsonObject> allContextActivities(JsonObject context) {
        return CONTEXT_ACTIVITY_KEYS.stream().flatMap(key -> contextActivities(context, key).stream());
    }

    static List<JsonObject> asListOfObjects(JsonValue value) {
        if (value instanceof JsonObject single) {
            return List.of(single);
        }
        if (value instanceof JsonArray array) {
            return objectsIn(array);
        }
        return List.of();
    }

    private static List<JsonObject> objectsIn(JsonArray array) {
        return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }
}
