package org.flourish.pathways.xapi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.flourish.pathways.model.Evidence;

/**
 * Reduces one xAPI statement to {@link Evidence}: an Agent actor with an identifier, a verb, an Activity object
 * (objectType absent or {@code Activity}, xAPI-Data 2.4.4.1) and the result fields the mastery model reads. The
 * timestamp is the statement's {@code timestamp}, else its {@code stored} (xAPI-Data 2.4.7: an LRS sets timestamp
 * to stored when absent). Anything else is not evidence and gives an empty result, never a guess.
 */
public final class StatementEvidence {

    private StatementEvidence() {
    }

    public static Optional<Evidence> read(JsonObject statement) {
        Optional<String> learner = statement.get("actor") instanceof JsonObject actor
                ? LearnerKeys.ofAgent(actor) : Optional.empty();
        Optional<String> id = Members.text(statement, "id");
        Optional<String> verb = statement.get("verb") instanceof JsonObject v ? Members.text(v, "id")
                : Optional.empty();
        Optional<JsonObject> activity = activityOf(statement);
        Optional<Instant> timestamp = instant(statement, "timestamp").or(() -> instant(statement, "stored"));
        if (learner.isEmpty() || id.isEmpty() || verb.isEmpty() || activity.isEmpty() || timestamp.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> activityId = Members.text(activity.get(), "id");
        if (activityId.isEmpty()) {
            return Optional.empty();
        }
        JsonObject result = statement.get("result") instanceof JsonObject r ? r : JsonValue.EMPTY_JSON_OBJECT;
        return Optional.of(new Evidence(learner.get(), id.get(), verb.get(), activityId.get(),
                activityType(activity.get()), scaledScore(result), bool(result, "success"),
                bool(result, "completion"), timestamp.get(), provider(statement), providerName(statement),
                scoreItems(result)));
    }

    private static Optional<JsonObject> activityOf(JsonObject statement) {
        if (!(statement.get("object") instanceof JsonObject object)) {
            return Optional.empty();
        }
        return "Activity".equals(Members.text(object, "objectType").orElse("Activity"))
                ? Optional.of(object) : Optional.empty();
    }

    private static Optional<String> activityType(JsonObject activity) {
        return activity.get("definition") instanceof JsonObject definition
                ? Members.text(definition, "type") : Optional.empty();
    }

    /** xAPI-Data 2.4.5.1: score.scaled in [-1,1]; a value outside is not trusted as evidence of anything. */
    private static OptionalDouble scaledScore(JsonObject result) {
        if (result.get("score") instanceof JsonObject score && score.get("scaled") instanceof JsonNumber scaled) {
            double value = scaled.doubleValue();
            return value >= -1.0 && value <= 1.0 ? OptionalDouble.of(value) : OptionalDouble.empty();
        }
        return OptionalDouble.empty();
    }

    /** score.max - score.min when raw, min and max are whole numbers with min <= raw <= max and min < max. */
    private static OptionalInt scoreItems(JsonObject result) {
        if (result.get("score") instanceof JsonObject score && score.get("raw") instanceof JsonNumber raw
                && score.get("min") instanceof JsonNumber min && score.get("max") instanceof JsonNumber max
                && raw.isIntegral() && min.isIntegral() && max.isIntegral()) {
            BigDecimal low = min.bigDecimalValue();
            BigDecimal high = max.bigDecimalValue();
            BigDecimal points = raw.bigDecimalValue();
            if (low.compareTo(points) <= 0 && points.compareTo(high) <= 0 && low.compareTo(high) < 0) {
                BigDecimal items = high.subtract(low);
                return items.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                        ? OptionalInt.of(items.intValueExact()) : OptionalInt.of(Integer.MAX_VALUE);
            }
        }
        return OptionalInt.empty();
    }

    private static Optional<Boolean> bool(JsonObject result, String member) {
        JsonValue value = result.get(member);
        if (JsonValue.TRUE.equals(value)) {
            return Optional.of(true);
        }
        return JsonValue.FALSE.equals(value) ? Optional.of(false) : Optional.empty();
    }

    /** Who vouches for the statement: its authority's key, else "unknown" (a pushed statement may have none yet). */
    private static String provider(JsonObject statement) {
        if (!(statement.get("authority") instanceof JsonObject authority)) {
            return "unknown";
        }
        return LearnerKeys.ofAgent(authority).or(() -> firstMemberKey(authority)).orElse("unknown");
    }

    /**
     * The authority's {@code name}: a Flourish LRS sets it to its provider's name (never trusted from the sender, as it
     * overwrites the authority); for a Group authority, its own name, else its first named member's.
     */
    private static Optional<String> providerName(JsonObject statement) {
        if (!(statement.get("authority") instanceof JsonObject authority)) {
            return Optional.empty();
        }
        return Members.text(authority, "name").filter(name -> !name.isBlank())
                .or(() -> authority.get("member") instanceof JsonArray members
                        ? members.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                                .map(member -> Members.text(member, "name")).flatMap(Optional::stream)
                                .filter(name -> !name.isBlank()).findFirst()
                        : Optional.empty());
    }

    /** An OAuth authority is a Group of two Agents (xAPI-Data 2.4.9); its first identified member names it. */
    private static Optional<String> firstMemberKey(JsonObject group) {
        return group.get("member") instanceof JsonArray members
                ? members.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                        .map(LearnerKeys::ofAgent).flatMap(Optional::stream).findFirst()
                : Optional.empty();
    }

    static Optional<Instant> instant(JsonObject statement, String member) {
        return Members.text(statement, member).flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** The statement's {@code stored} instant, set by the LRS (xAPI-Data 2.4.8). */
    public static Optional<Instant> stored(JsonObject statement) {
        return instant(statement, "stored");
    }
}
