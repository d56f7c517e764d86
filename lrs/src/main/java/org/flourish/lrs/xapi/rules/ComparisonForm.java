package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The immutable part of a statement (xAPI-Data 2.3.1), in one canonical JSON shape: two statements that differ
 * only in ways the immutability exceptions allow have equal forms. Object keys are written in sorted order, so
 * the form's text is canonical too and can order Group members.
 *
 * <p>Timestamps, of the statement and of a SubStatement, are left out: they are equal within a tolerance, which no
 * canonical text can express; {@link StatementEquivalence} compares them.
 */
final class ComparisonForm {

    /** Assigned or altered by the LRS (2.3.1.b1) or not part of the statement at all (2.3.1.b6). */
    private static final Set<String> NOT_COMPARED = Set.of(
            "id", "authority", "stored", "timestamp", "version", "attachments");

    private static final Comparator<JsonValue> BY_CANONICAL_TEXT = Comparator.comparing(JsonValue::toString);

    private ComparisonForm() {
    }

    static JsonObject of(JsonObject statement) {
        Map<String, JsonValue> form = new TreeMap<>();
        statement.forEach((key, value) -> {
            if (!NOT_COMPARED.contains(key)) {
                form.put(key, statementPart(key, value));
            }
        });
        return sorted(form);
    }

    private static JsonValue statementPart(String key, JsonValue value) {
        if (!(value instanceof JsonObject part)) {
            return generic(value);
        }
        return switch (key) {
            case "actor" -> agentOrGroup(part);
            case "verb" -> verb(part);
            case "object" -> object(part);
            case "context" -> context(part);
            default -> generic(part);
        };
    }

    /** The Verb's display is not part of the statement (2.3.1.b3): the Verb is its id. */
    private static JsonObject verb(JsonObject verb) {
        return only(verb, "id");
    }

    /** An Activity's definition is not part of the statement (2.3.1.b2): the Activity is its id. */
    private static JsonObject activity(JsonObject activity) {
        Map<String, JsonValue> form = new TreeMap<>();
        form.put("objectType", JsonValues.string(StatementParts.ACTIVITY));
        if (activity.containsKey("id")) {
            form.put("id", activity.get("id"));
        }
        return sorted(form);
    }

    private static JsonValue object(JsonObject object) {
        return switch (StatementParts.objectType(object)) {
            case StatementParts.ACTIVITY -> activity(object);
            case StatementParts.AGENT, StatementParts.GROUP -> agentOrGroup(object);
            // A SubStatement has no id, stored, version or authority (xAPI-Data 2.4.4.3.s8.b3): compared as one.
            case StatementParts.SUB_STATEMENT -> of(object);
            case StatementParts.STATEMENT_REF -> statementRef(object);
            default -> generic(object);
        };
    }

    /** UUIDs are hexadecimal, so their case is not significant (2.3.1.b7). */
    private static JsonObject statementRef(JsonObject ref) {
        Map<String, JsonValue> form = new TreeMap<>();
        ref.forEach((key, value) -> form.put(key, "id".equals(key) ? lowerCase(value) : generic(value)));
        return sorted(form);
    }

    /**
     * An Agent or Group. The objectType Agent is made explicit (it is the default, 2.4.2.1); the IFI's
     * case-insensitive parts are normalised as {@link AgentIfi} does (2.3.1.b7); Group members are an unordered
     * list (2.3.1.b5).
     */
    private static JsonObject agentOrGroup(JsonObject agent) {
        Map<String, JsonValue> form = new TreeMap<>();
        agent.forEach((key, value) -> form.put(key, switch (key) {
            case "mbox" -> JsonValues.string(mbox(text(value)));
            case "mbox_sha1sum" -> lowerCase(value);
            case "member" -> members(value);
            default -> generic(value);
        }));
        form.put("objectType", JsonValues.string(StatementParts.actorType(agent)));
        return sorted(form);
    }

    private static JsonArray members(JsonValue value) {
        List<JsonValue> members = StatementParts.asListOfObjects(value).stream()
                .map(ComparisonForm::agentOrGroup)
                .map(JsonValue.class::cast)
                .sorted(BY_CANONICAL_TEXT)
                .toList();
        return array(members);
    }

    /**
     * Context: the registration UUID and the language tag are case insensitive (2.3.1.b7); instructor and team
     * are Agents or Groups; context Activities are compared by id, and a 1.0.3 single Activity equals a
     * one-element array, the form an LRS returns it in. The order of context Activities, contextAgents and
     * contextGroups is kept: only Group members are listed as unordered (2.3.1.b5).
     */
    private static JsonObject context(JsonObject context) {
        Map<String, JsonValue> form = new TreeMap<>();
        context.forEach((key, value) -> form.put(key, switch (key) {
            case "registration", "language" -> lowerCase(value);
            case "instructor", "team" -> value instanceof JsonObject agent ? agentOrGroup(agent) : generic(value);
            case "statement" -> value instanceof JsonObject ref ? statementRef(ref) : generic(value);
            case "contextActivities" -> contextActivities(context);
            case "contextAgents" -> contextEntries(value, "agent");
            case "contextGroups" -> contextEntries(value, "group");
            default -> generic(value);
        }));
        return sorted(form);
    }

    private static JsonObject contextActivities(JsonObject context) {
        Map<String, JsonValue> form = new TreeMap<>();
        StatementParts.object(context, "contextActivities").ifPresent(activities -> activities.keySet().forEach(
                key -> form.put(key, array(StatementParts.contextActivities(context, key).stream()
                        .map(ComparisonForm::activity).map(JsonValue.class::cast).toList()))));
        return sorted(form);
    }

    /** xAPI 2.0 contextAgents / contextGroups entries: the Agent or Group inside is compared as one. */
    private static JsonValue contextEntries(JsonValue value, String agentKey) {
        if (!(value instanceof JsonArray entries)) {
            return generic(value);
        }
        return array(entries.stream().map(entry -> {
            if (!(entry instanceof JsonObject object)) {
                return generic(entry);
            }
            Map<String, JsonValue> form = new TreeMap<>();
            object.forEach((key, part) -> form.put(key,
                    key.equals(agentKey) && part instanceof JsonObject agent ? agentOrGroup(agent) : generic(part)));
            return (JsonValue) sorted(form);
        }).toList());
    }

    /**
     * Everything else, extensions and result included, compares as JSON with sorted keys, kept array order, and
     * numbers by value: 1.0 and 1 are one number, which an LRS may re-serialise (xAPI-Data 2.2.s4.b3). Strings
     * compare exactly, so result.duration is a string (2.3.1.b8).
     */
    static JsonValue generic(JsonValue value) {
        if (value instanceof JsonObject object) {
            Map<String, JsonValue> form = new TreeMap<>();
            object.forEach((key, part) -> form.put(key, generic(part)));
            return sorted(form);
        }
        if (value instanceof JsonArray array) {
            return array(array.stream().map(ComparisonForm::generic).toList());
        }
        if (value instanceof JsonNumber number) {
            return JsonValues.number(number.bigDecimalValue().stripTrailingZeros());
        }
        return value;
    }

    private static String mbox(String mbox) {
        int at = mbox.lastIndexOf('@');
        int colon = mbox.indexOf(':');
        if (at < 0 || colon < 0 || colon > at) {
            return mbox;
        }
        return mbox.substring(0, colon).toLowerCase(Locale.ROOT) + mbox.substring(colon, at)
                + mbox.substring(at).toLowerCase(Locale.ROOT);
    }

    private static JsonValue lowerCase(JsonValue value) {
        return value instanceof JsonString string
                ? JsonValues.string(string.getString().toLowerCase(Locale.ROOT))
                : generic(value);
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static JsonObject only(JsonObject object, String key) {
        Map<String, JsonValue> form = new TreeMap<>();
        if (object.containsKey(key)) {
            form.put(key, generic(object.get(key)));
        }
        return sorted(form);
    }

    private static JsonObject sorted(Map<String, JsonValue> form) {
        JsonObjectBuilder builder = JsonValues.objectBuilder();
        new TreeMap<>(form).forEach(builder::add);
        return builder.build();
    }

    private static JsonArray array(List<JsonValue> values) {
        JsonArrayBuilder builder = JsonValues.arrayBuilder();
        values.forEach(builder::add);
        return builder.build();
    }
}
