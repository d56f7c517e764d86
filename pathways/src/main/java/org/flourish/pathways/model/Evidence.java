package org.flourish.pathways.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One xAPI statement reduced to what the mastery model needs. The engine reads statements through this record
 * only, whatever provider or LRS they came from.
 *
 * @param learnerKey   stable key of the learner (an agent's inverse functional identifier)
 * @param statementId  the statement's id, kept as provenance of every estimate it moves
 * @param verb         verb IRI
 * @param activityId   object activity IRI
 * @param activityType activity definition type IRI, if the statement carries one
 * @param scoreScaled  {@code result.score.scaled}, in [-1,1] (xAPI Data 2.4.5.1)
 * @param success      {@code result.success}
 * @param completion   {@code result.completion}
 * @param timestamp    statement timestamp
 * @param provider     who sent the statement (authority or provider key)
 * @param providerName the name the statement's authority carries: a Flourish LRS writes its provider's name there
 * @param scoreItems   how many items the score counts: {@code score.max - score.min} when raw, min and max are whole
 *                     numbers (a test of five items scores 0 to 5); empty when the score does not say
 */
public record Evidence(String learnerKey, String statementId, String verb, String activityId,
                       Optional<String> activityType, OptionalDouble scoreScaled, Optional<Boolean> success,
                       Optional<Boolean> completion, Instant timestamp, String provider,
                       Optional<String> providerName, OptionalInt scoreItems) {

    public Evidence {
        Require.text(learnerKey, "learnerKey");
        Require.text(statementId, "statementId");
        Require.text(verb, "verb");
        Require.text(activityId, "activityId");
        Objects.requireNonNull(activityType, "activityType");
        Objects.requireNonNull(scoreScaled, "scoreScaled");
        Objects.requireNonNull(success, "success");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(timestamp, "timestamp");
        Require.text(provider, "provider");
        Objects.requireNonNull(providerName, "providerName");
        scoreScaled.ifPresent(Evidence::requireScaledScore);
        Objects.requireNonNull(scoreItems, "scoreItems");
        if (scoreItems.isPresent() && scoreItems.getAsInt() < 1) {
            throw new IllegalArgumentException("scoreItems must be at least 1, was " + scoreItems.getAsInt());
        }
    }

    /** Evidence whose score does not say how many items it counts. */
    public Evidence(String learnerKey, String statementId, String verb, String activityId,
                    Optional<String> activityType, OptionalDouble scoreScaled, Optional<Boolean> success,
                    Optional<Boolean> completion, Instant timestamp, String provider, Optional<String> providerName) {
        this(learnerKey, statementId, verb, activityId, activityType, scoreScaled, success, completion, timestamp,
                provider, providerName, OptionalInt.empty());
    }

    /** Evidence whose authority names no one. */
    public Evidence(String learnerKey, String statementId, String verb, String activityId,
                    Optional<String> activityType, OptionalDouble scoreScaled, Optional<Boolean> success,
                    Optional<Boolean> completion, Instant timestamp, String provider) {
        this(learnerKey, statementId, verb, activityId, activityType, scoreScaled, success, completion, timestamp,
                provider, Optional.empty(), OptionalInt.empty());
    }

    /** The same statement as evidence about another key of the same learner (an alias's, read for the canonical). */
    public Evidence about(String otherKey) {
        return new Evidence(otherKey, statementId, verb, activityId, activityType, scoreScaled, success, completion,
                timestamp, provider, providerName, scoreItems);
    }

    /** xAPI Data 2.4.5.1: a scaled score is a decimal between -1 and 1 inclusive. */
    private static void requireScaledScore(double scaled) {
        if (!(scaled >= -1.0 && scaled <= 1.0)) {
            throw new IllegalArgumentException("score.scaled must be in [-1,1], was " + scaled);
        }
    }
}
