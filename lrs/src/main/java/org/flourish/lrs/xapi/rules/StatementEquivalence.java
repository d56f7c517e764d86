package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.flourish.lrs.xapi.XapiVersion;

/**
 * Statement comparison (xAPI-Data 2.3.1, "Statement Comparison Requirements", 1.0.3 and 2.0): decides whether a
 * statement posted again with an id the LRS already has is the same statement (204 / 200) or a conflict (409,
 * xAPI-Communication 2.1.1.s2.b3). Differences the immutability exceptions could cause are ignored; any other
 * difference, including in serialisation, is not (2.3.1.s9). Signed statements are checked with the same
 * comparison (2.6.s5.b3.b2).
 *
 * <p>Ignored, each with its rule:
 * <ul>
 *   <li>{@code id}, {@code authority}, {@code stored}, {@code version}: assigned by the LRS (2.3.1.b1). The caller
 *       has already matched the ids.</li>
 *   <li>{@code timestamp} when only one statement has it: the LRS assigns it when absent (2.3.1.b1, 2.4.7.s3.b2).
 *       When both have it, they must name the same point; the zone, and a precision beyond the millisecond an LRS
 *       may truncate or round away, are ignored (2.3.1.b4, 4.5). A SubStatement's timestamp likewise, except that
 *       the LRS never assigns one, so it must be present on both sides or neither.</li>
 *   <li>Activity definitions: an Activity is its id, wherever it appears (2.3.1.b2).</li>
 *   <li>Verb display (2.3.1.b3).</li>
 *   <li>The order of Group members, in actor, object, instructor, team and 2.0 contextGroups (2.3.1.b5,
 *       2.4.2.2.s3.b4).</li>
 *   <li>{@code attachments} (2.3.1.b6).</li>
 *   <li>Case where the value is case insensitive (2.3.1.b7): the {@code mailto:} scheme and domain of an mbox,
 *       mbox_sha1sum hex, UUIDs (registration, StatementRef ids) and context.language.</li>
 *   <li>JSON-level serialisation only: key order, number notation ({@code 1.0} = {@code 1}), the default
 *       objectType (Agent, Activity) written or left out, and a 1.0.3 single context Activity versus a one-element
 *       array.</li>
 * </ul>
 * Compared exactly: everything else, including Agent names, result (duration as a string, 2.3.1.b8), extensions,
 * the order of context Activities and of 2.0 contextAgents/contextGroups (the spec lists only Group members as
 * unordered), and the local part of an e-mail address.
 */
public final class StatementEquivalence {

    private StatementEquivalence() {
    }

    /**
     * True when the two statements match under the comparison requirements of both versions (the 1.0.3 rules,
     * the stricter ones); symmetric and reflexive.
     */
    public static boolean equivalent(JsonObject a, JsonObject b) {
        return equivalent(a, b, XapiVersion.V1_0_3);
    }

    /**
     * True when the two statements match under the comparison requirements of the request's version; symmetric
     * and reflexive. 2.0 (IEEE 9274.1.1, Statement Immutability) lists Timestamp among the properties not
     * considered for equivalence, so there the statement's timestamp is ignored altogether; a SubStatement's is
     * part of the immutable Object in both versions. 2.0 also leaves durations' precision beyond the hundredth of a
     * second out of the comparison ({@link DurationPrecision}).
     */
    public static boolean equivalent(JsonObject a, JsonObject b, XapiVersion version) {
        if (version.isAtLeast2()) {
            JsonObject first = DurationPrecision.toHundredths(a);
            JsonObject second = DurationPrecision.toHundredths(b);
            return subStatementTimestampsAgree(first, second)
                    && ComparisonForm.of(first).equals(ComparisonForm.of(second));
        }
        return timestampsAgree(a, b) && subStatementTimestampsAgree(a, b)
                && ComparisonForm.of(a).equals(ComparisonForm.of(b));
    }

    /** 2.3.1.b1 and b4: the LRS fills in a missing timestamp, so only two present timestamps can disagree. */
    private static boolean timestampsAgree(JsonObject a, JsonObject b) {
        Optional<String> first = StatementParts.string(a, "timestamp");
        Optional<String> second = StatementParts.string(b, "timestamp");
        return first.isEmpty() || second.isEmpty() || Timestamps.samePoint(first.get(), second.get());
    }

    /** The LRS assigns no SubStatement timestamp: it is either absent on both sides or names the same point. */
    private static boolean subStatementTimestampsAgree(JsonObject a, JsonObject b) {
        Optional<String> first = subStatementTimestamp(a);
        Optional<String> second = subStatementTimestamp(b);
        if (first.isEmpty() || second.isEmpty()) {
            return first.isEmpty() && second.isEmpty();
        }
        return Timestamps.samePoint(first.get(), second.get());
    }

    private static Optional<String> subStatementTimestamp(JsonObject statement) {
        return StatementParts.object(statement, "object")
                .filter(object -> StatementParts.SUB_STATEMENT.equals(StatementParts.objectType(object)))
                .flatMap(sub -> StatementParts.string(sub, "timestamp"));
    }
}
