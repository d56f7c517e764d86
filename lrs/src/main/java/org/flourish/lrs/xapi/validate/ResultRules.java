package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** The Result and its Score (xAPI-Data 2.4.5). */
final class ResultRules {

    private static final String SCORE = "score";
    private static final String SUCCESS = "success";
    private static final String COMPLETION = "completion";
    private static final String RESPONSE = "response";
    private static final String DURATION = "duration";
    private static final String EXTENSIONS = "extensions";
    private static final String SCALED = "scaled";
    private static final String RAW = "raw";
    private static final String MIN = "min";
    private static final String MAX = "max";

    private static final Set<String> RESULT_PROPERTIES =
            Set.of(SCORE, SUCCESS, COMPLETION, RESPONSE, DURATION, EXTENSIONS);
    private static final Set<String> SCORE_PROPERTIES = Set.of(SCALED, RAW, MIN, MAX);
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    private ResultRules() {
    }

    static void check(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "a Result", Sections.RESULT, out)) {
            return;
        }
        JsonObject result = (JsonObject) value;
        Properties.allowOnly(result, RESULT_PROPERTIES, path, "a Result", Sections.RESULT, out);
        JsonValue score = result.get(SCORE);
        if (score != null) {
            checkScore(score, path.property(SCORE), out);
        }
        JsonValue success = result.get(SUCCESS);
        if (success != null) {
            Values.bool(success, path.property(SUCCESS), Sections.RESULT, out);
        }
        JsonValue completion = result.get(COMPLETION);
        if (completion != null) {
            Values.bool(completion, path.property(COMPLETION), Sections.RESULT, out);
        }
        JsonValue response = result.get(RESPONSE);
        if (response != null) {
            Values.string(response, path.property(RESPONSE), Sections.RESULT, out);
        }
        JsonValue duration = result.get(DURATION);
        if (duration != null) {
            Values.duration(duration, path.property(DURATION), Sections.RESULT, out);
        }
        JsonValue extensions = result.get(EXTENSIONS);
        if (extensions != null) {
            Values.extensions(extensions, path.property(EXTENSIONS), out);
        }
    }

    /** scaled in [-1, 1]; min less than max; raw between min and max, inclusive, where they are given. */
    private static void checkScore(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "a Score", Sections.SCORE, out)) {
            return;
        }
        JsonObject score = (JsonObject) value;
        Properties.allowOnly(score, SCORE_PROPERTIES, path, "a Score", Sections.SCORE, out);
        Optional<BigDecimal> scaled = decimal(score, SCALED, path, out);
        Optional<BigDecimal> raw = decimal(score, RAW, path, out);
        Optional<BigDecimal> min = decimal(score, MIN, path, out);
        Optional<BigDecimal> max = decimal(score, MAX, path, out);
        if (scaled.isPresent() && (scaled.get().compareTo(ONE) > 0 || scaled.get().compareTo(MINUS_ONE) < 0)) {
            out.add(path.property(SCALED), "must be between -1 and 1, inclusive", Sections.SCORE);
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) >= 0) {
            out.add(path.property(MIN), "must be less than max", Sections.SCORE);
        }
        if (raw.isPresent() && min.isPresent() && raw.get().compareTo(min.get()) < 0) {
            out.add(path.property(RAW), "must not be less than min", Sections.SCORE);
        }
        if (raw.isPresent() && max.isPresent() && raw.get().compareTo(max.get()) > 0) {
            out.add(path.property(RAW), "must not be greater than max", Sections.SCORE);
        }
    }

    /** The number at {@code key} when it is one; a value of the wrong type is reported here. */
    private static Optional<BigDecimal> decimal(JsonObject score, String key, Path path, Violations out) {
        JsonValue value = score.get(key);
        if (value == null || !Values.number(value, path.property(key), Sections.SCORE, out)) {
            return Optional.empty();
        }
        return Optional.of(((JsonNumber) value).bigDecimalValue());
    }
}
