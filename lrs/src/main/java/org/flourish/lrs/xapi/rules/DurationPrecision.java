package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.regex.Pattern;
import org.flourish.lrs.xapi.Jsons;

/**
 * xAPI 2.0 (IEEE 9274.1.1, 4.2.7, Duration): "When comparing Durations (or Statements containing them), any precision
 * beyond 0.01 second precision shall not be included in the comparison". This cuts the seconds of a statement's
 * {@code result.duration}, and of its SubStatement's, after the hundredths, for comparison only; nothing else of the
 * duration is rewritten, so {@code PT90S} and {@code PT1M30S} still differ.
 */
final class DurationPrecision {

    private static final Pattern BEYOND_HUNDREDTHS = Pattern.compile("(\\.[0-9]{2})[0-9]+S$");

    private DurationPrecision() {
    }

    /** The statement with the durations it holds cut to hundredths of a second. */
    static JsonObject toHundredths(JsonObject statement) {
        JsonObject result = withResultCut(statement);
        if (result.get("object") instanceof JsonObject object
                && StatementParts.SUB_STATEMENT.equals(StatementParts.objectType(object))) {
            return Jsons.createObjectBuilder(result).add("object", withResultCut(object)).build();
        }
        return result;
    }

    /** {@code PT0.1237S} becomes {@code PT0.12S}. */
    static String cut(String duration) {
        return BEYOND_HUNDREDTHS.matcher(duration).replaceFirst("$1S");
    }

    private static JsonObject withResultCut(JsonObject statementOrSub) {
        if (!(statementOrSub.get("result") instanceof JsonObject result)
                || !(result.get("duration") instanceof JsonString duration)) {
            return statementOrSub;
        }
        String cut = cut(duration.getString());
        if (cut.equals(duration.getString())) {
            return statementOrSub;
        }
        JsonObject shorter = Jsons.createObjectBuilder(result).add("duration", cut).build();
        return Jsons.createObjectBuilder(statementOrSub).add("result", shorter).build();
    }
}
