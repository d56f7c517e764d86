package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.function.UnaryOperator;

/**
 * Rewrites every Agent/Group, Activity and Verb of a statement, wherever the spec places one (xAPI-Data 2.4):
 * actor, verb, object, authority, context instructor and team, context Activities, the 2.0 contextAgents and
 * contextGroups, and the same places inside a SubStatement. Everything else is copied unchanged, as is the
 * shape of each part (a 1.0.3 single context Activity stays single).
 */
final class StatementRewriter {

    private final UnaryOperator<JsonObject> agentOrGroup;
    private final UnaryOperator<JsonObject> activity;
    private final UnaryOperator<JsonObject> verb;

    StatementRewriter(UnaryOperator<JsonObject> agentOrGroup, UnaryOperator<JsonObject> activity,
            UnaryOperator<JsonObject> verb) {
        this.agentOrGroup = agentOrGroup;
        this.activity = activity;
        this.verb = verb;
    }

    JsonObject rewrite(JsonObject statement) {
        JsonObjectBuilder result = JsonValues.objectBuilder();
        statement.forEach((key, value) -> result.add(key, part(key, value)));
        return result.build();
    }

    private JsonValue part(String key, JsonValue value) {
        if (!(value instanceof JsonObject part)) {
            return value;
        }
        return switch (key) {
            case "actor", "authority" -> agentOrGroup.apply(part);
            case "verb" -> verb.apply(part);
            case "object" -> object(part);
            case "context" -> context(part);
            default -> part;
        };
    }

    private JsonObject object(JsonObject object) {
        return switch (StatementParts.objectType(object)) {
            case StatementParts.ACTIVITY -> activity.apply(object);
            case StatementParts.AGENT, StatementParts.GROUP -> agentOrGroup.apply(object);
            case StatementParts.SUB_STATEMENT -> rewrite(object);
            default -> object;
        };
    }

    private JsonObject context(JsonObject context) {
        JsonObjectBuilder result = JsonValues.objectBuilder();
        context.forEach((key, value) -> result.add(key, switch (key) {
            case "instructor", "team" -> value instanceof JsonObject agent ? agentOrGroup.apply(agent) : value;
            case "contextActivities" -> value instanceof JsonObject activities ? contextActivities(activities) : value;
            case "contextAgents" -> contextEntries(value, "agent");
            case "contextGroups" -> contextEntries(value, "group");
            default -> value;
        }));
        return result.build();
    }

    private JsonObject contextActivities(JsonObject activities) {
        JsonObjectBuilder result = JsonValues.objectBuilder();
        activities.forEach((key, value) -> result.add(key, eachObject(value, activity)));
        return result.build();
    }

    /** xAPI 2.0 context contextAgents / contextGroups (xAPI-Data 2.4.6): rewrite the Agent or Group inside. */
    private JsonValue contextEntries(JsonValue value, String agentKey) {
        return eachObject(value, entry -> {
            JsonObjectBuilder result = JsonValues.objectBuilder();
            entry.forEach((key, part) -> result.add(key,
                    key.equals(agentKey) && part instanceof JsonObject agent ? agentOrGroup.apply(agent) : part));
            return result.build();
        });
    }

    private static JsonValue eachObject(JsonValue value, UnaryOperator<JsonObject> rewrite) {
        if (value instanceof JsonObject single) {
            return rewrite.apply(single);
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder result = JsonValues.arrayBuilder();
            array.forEach(item -> result.add(item instanceof JsonObject object ? rewrite.apply(object) : item));
            return result.build();
        }
        return value;
    }
}
