package org.flourish.pathways.simulate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.flourish.pathways.service.Observations;

/**
 * Every simulated event as an xAPI statement about the child: attending an opportunity ({@code attended},
 * completed), an assessment of a competency (5 items scored by a Rasch model: {@code passed} or {@code failed} with
 * the scaled score), and a facilitator's observation (the engine's {@code observed} verb, success or not, noisier).
 * Ids and timestamps come from the seed, so that a run is reproducible to the byte.
 */
final class XapiEvents {

    static final Instant FIRST_WEEK = Instant.parse("2026-09-07T08:00:00Z");
    /** One factory: {@code Json.createObjectBuilder} looks the JSON-P provider up on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(java.util.Map.of());
    private static final int ITEMS = 5;
    private static final double PASS = 0.6;
    private static final double OBSERVATION_NOISE = 0.2;

    private final SplittableRandom random;
    private final double observedShare;

    XapiEvents(long seed, double observedShare) {
        this.random = Seeds.of(seed, "xapi-events");
        this.observedShare = observedShare;
    }

    static Instant weekStart(int week, SimLearner child) {
        return FIRST_WEEK.plusSeconds(week * 7L * 86_400L + child.index * 10L);
    }

    /** A week in the opportunity, then the evidence of what the child can now do. */
    List<JsonObject> week(int week, SimLearner child, SimOpportunity opportunity, Dynamics dynamics) {
        List<JsonObject> statements = new ArrayList<>();
        Instant at = weekStart(week, child);
        statements.add(statement(child, Vocabulary.ATTENDED, activity(opportunity.activity(), null), at,
                JSON.createObjectBuilder().add("completion", true)));
        int second = 1;
        for (String competency : opportunity.offer().develops().stream().sorted().toList()) {
            double mastery = child.latent[dynamics.indexOf(competency)];
            boolean assessed = opportunity.assessed() && random.nextDouble() >= observedShare;
            statements.add(assessed ? assessment(child, competency, mastery, opportunity.activity(),
                    at.plusSeconds(second++)) : observation(child, competency, mastery, at.plusSeconds(second++)));
        }
        return statements;
    }

    /** A placement assessment before the first week. */
    JsonObject placement(SimLearner child, String competency, double mastery, int n) {
        return assessment(child, competency, mastery, Vocabulary.SIM + "activity/placement",
                FIRST_WEEK.minusSeconds(86_400L - child.index * 10L - n));
    }

    private JsonObject assessment(SimLearner child, String competency, double mastery, String activity, Instant at) {
        double ability = logit(Math.max(0.01, Math.min(0.99, mastery)));
        int correct = 0;
        for (int item = 0; item < ITEMS; item++) {
            double difficulty = 0.6 * Population.gaussian(random);
            if (random.nextDouble() < 1.0 / (1.0 + Math.exp(difficulty - ability))) {
                correct++;
            }
        }
        double scaled = (double) correct / ITEMS;
        boolean passed = scaled >= PASS;
        JsonObjectBuilder result = JSON.createObjectBuilder()
                .add("score", JSON.createObjectBuilder().add("scaled", scaled).add("raw", correct).add("min", 0)
                        .add("max", ITEMS))
                .add("success", passed).add("completion", true);
        return statement(child, passed ? Vocabulary.PASSED : Vocabulary.FAILED,
                activity(activity + "/assessment/" + Vocabulary.code(competency), Vocabulary.assessmentType(competency)),
                at, result);
    }

    private JsonObject observation(SimLearner child, String competency, double mastery, Instant at) {
        double seen = mastery + OBSERVATION_NOISE * Population.gaussian(random);
        boolean shown = random.nextDouble() < Math.max(0.0, Math.min(1.0, seen));
        return statement(child, Observations.VERB, activity(competency, Observations.COMPETENCY_TYPE), at,
                JSON.createObjectBuilder().add("success", shown));
    }

    private static JsonObjectBuilder activity(String id, String type) {
        JsonObjectBuilder activity = JSON.createObjectBuilder().add("objectType", "Activity").add("id", id);
        if (type != null) {
            activity.add("definition", JSON.createObjectBuilder().add("type", type));
        }
        return activity;
    }

    private JsonObject statement(SimLearner child, String verb, JsonObjectBuilder object, Instant at,
                                 JsonObjectBuilder result) {
        return JSON.createObjectBuilder()
                .add("id", uuid().toString())
                .add("actor", JSON.createObjectBuilder().add("objectType", "Agent").add("mbox", child.mbox))
                .add("verb", JSON.createObjectBuilder().add("id", verb).add("display", JSON.createObjectBuilder()
                        .add("en-US", verb.substring(verb.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT))))
                .add("object", object)
                .add("result", result)
                .add("timestamp", at.toString())
                .build();
    }

    /** A version 4 UUID from the seeded stream. */
    private UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
