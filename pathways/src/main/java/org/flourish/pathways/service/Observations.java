package org.flourish.pathways.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.learner.EvidenceRule;
import org.flourish.pathways.lrs.StatementSender;
import org.flourish.pathways.model.EvidenceKind;
import org.flourish.pathways.xapi.LearnerKeys;

/**
 * A mentor records what she saw a child do: "showed" or "not yet" for one competency, with an optional note. It is
 * evidence like any provider's: an xAPI statement about the child (the actor), the competency as the activity, the
 * mentor as instructor, first recorded in the LRS, then taken in at once, so the child's mastery moves before the
 * LRS reader brings it back (it is then recognised by its id). Every competency of the framework has an observation
 * rule ({@link #rules}), of kind observed.
 */
public final class Observations {

    public static final String VERB = MentorVerbs.BASE + "observed";
    public static final String COMPETENCY_TYPE = "https://w3id.org/flourish/activity-types/competency";
    /** An observation counts half as much as an assessment: a mentor sees a moment, a test probes a skill. */
    public static final double WEIGHT = 0.5;
    private static final String NOTE_EXTENSION = "https://w3id.org/flourish/extensions/note";

    private final StatementSender lrs;
    private final StatementIntake intake;
    private final String mentorHomePage;
    private final Clock clock;

    public Observations(StatementSender lrs, StatementIntake intake, String mentorHomePage, Clock clock) {
        this.lrs = lrs;
        this.intake = intake;
        this.mentorHomePage = mentorHomePage;
        this.clock = clock;
    }

    /** The rule that makes an observation evidence of its competency, for every competency of the framework. */
    public static List<EvidenceRule> rules(PrerequisiteGraph framework) {
        return framework.competencies().stream().sorted()
                .map(competency -> EvidenceRule.forActivity(VERB, competency, competency, WEIGHT,
                        EvidenceKind.OBSERVED))
                .toList();
    }

    /**
     * Records the observation; returns the statement id.
     *
     * @throws IllegalArgumentException if the learner key names no xAPI agent
     */
    public String record(String mentor, String learnerKey, String competency, String competencyName, boolean shown,
                         Optional<String> note) {
        JsonObject agent = LearnerKeys.agentOf(learnerKey).orElseThrow(() ->
                new IllegalArgumentException("the learner key " + learnerKey + " names no xAPI agent"));
        JsonObjectBuilder context = Json.createObjectBuilder().add("instructor", Json.createObjectBuilder()
                .add("objectType", "Agent").add("account", Json.createObjectBuilder()
                        .add("homePage", mentorHomePage).add("name", mentor)));
        note.filter(text -> !text.isBlank()).ifPresent(text -> context.add("extensions",
                Json.createObjectBuilder().add(NOTE_EXTENSION, text.strip())));
        String id = UUID.randomUUID().toString();
        String now = clock.instant().toString();
        JsonObject statement = Json.createObjectBuilder()
                .add("id", id)
                .add("actor", agent)
                .add("verb", Json.createObjectBuilder().add("id", VERB)
                        .add("display", Json.createObjectBuilder().add("en", "was observed by a mentor")))
                .add("object", Json.createObjectBuilder().add("objectType", "Activity").add("id", competency)
                        .add("definition", Json.createObjectBuilder().add("type", COMPETENCY_TYPE)
                                .add("name", Json.createObjectBuilder().add("en", competencyName))))
                .add("result", Json.createObjectBuilder().add("success", shown))
                .add("context", context)
                .add("timestamp", now)
                .build();
        String recorded = lrs.send(statement);
        intake.take(Json.createObjectBuilder(statement).add("stored", now).build());
        return recorded;
    }
}
