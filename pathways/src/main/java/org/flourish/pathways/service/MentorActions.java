package org.flourish.pathways.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.flourish.pathways.lrs.StatementSender;
import org.flourish.pathways.model.Goal;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.xapi.LearnerKeys;

/**
 * A mentor sets a learner's goals, pins or vetoes an opportunity. Each action is first recorded in the LRS as an
 * xAPI statement with the mentor as actor (so the learning record says who decided what, and when), then kept in
 * the learner's graph. If the LRS refuses it, nothing is kept. The statement names the learner as a 2.0 Context
 * Agent (role {@link #LEARNER_ROLE}), where an LRS's erasure of the learner finds it, and by key in a context
 * extension.
 */
public final class MentorActions {

    private static final String LEARNER_EXTENSION = "https://w3id.org/flourish/extensions/learner";
    /** The relevant type of the Context Agent that is the learner a mentor's action is about. */
    public static final String LEARNER_ROLE = "https://w3id.org/flourish/roles/learner";

    private final LearnerRecords records;
    private final StatementSender lrs;
    private final String mentorHomePage;
    private final Clock clock;

    /** {@code mentorHomePage}: the account home page mentors' xAPI identities are under (xAPI-Data 2.4.2.4). */
    public MentorActions(LearnerRecords records, StatementSender lrs, String mentorHomePage, Clock clock) {
        this.records = records;
        this.lrs = lrs;
        this.mentorHomePage = mentorHomePage;
        this.clock = clock;
    }

    /** Returns the id of the statement recorded in the LRS. */
    public String setGoals(String mentor, String learnerKey, List<Goal> goals) {
        var competencies = Json.createArrayBuilder();
        goals.forEach(goal -> competencies.add(Json.createObjectBuilder().add("competency", goal.competency())
                .add("targetMastery", goal.targetMastery())));
        String id = lrs.send(statement(mentor, learnerKey, MentorVerbs.SET_GOAL, "set goals for",
                Json.createObjectBuilder().add("id", learnerGoalsActivity(learnerKey)),
                Json.createObjectBuilder().add(LEARNER_EXTENSION + "/goals", competencies)));
        records.replaceGoals(learnerKey, goals);
        return id;
    }

    public String pin(String mentor, String learnerKey, String opportunity) {
        String id = lrs.send(statement(mentor, learnerKey, MentorVerbs.PINNED, "pinned",
                Json.createObjectBuilder().add("id", opportunity), Json.createObjectBuilder()));
        records.pin(learnerKey, opportunity);
        return id;
    }

    public String veto(String mentor, String learnerKey, String opportunity) {
        String id = lrs.send(statement(mentor, learnerKey, MentorVerbs.VETOED, "vetoed",
                Json.createObjectBuilder().add("id", opportunity), Json.createObjectBuilder()));
        records.veto(learnerKey, opportunity);
        return id;
    }

    private JsonObject statement(String mentor, String learnerKey, String verb, String display,
                                 JsonObjectBuilder object, JsonObjectBuilder extensions) {
        return Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", Json.createObjectBuilder().add("objectType", "Agent").add("account",
                        Json.createObjectBuilder().add("homePage", mentorHomePage).add("name", mentor)))
                .add("verb", Json.createObjectBuilder().add("id", verb)
                        .add("display", Json.createObjectBuilder().add("en", display)))
                .add("object", object.add("objectType", "Activity"))
                .add("context", context(learnerKey, extensions.add(LEARNER_EXTENSION, learnerKey)))
                .add("timestamp", clock.instant().toString())
                .build();
    }

    /** The learner as a Context Agent when the key names an Agent (every key the engine makes does). */
    private static JsonObjectBuilder context(String learnerKey, JsonObjectBuilder extensions) {
        JsonObjectBuilder context = Json.createObjectBuilder();
        LearnerKeys.agentOf(learnerKey).ifPresent(learner -> context.add("contextAgents", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("objectType", "contextAgent").add("agent", learner)
                        .add("relevantTypes", Json.createArrayBuilder().add(LEARNER_ROLE)))));
        return context.add("extensions", extensions);
    }

    /** The activity a goal statement is about: the learner's goals, named under the mentors' home page. */
    private String learnerGoalsActivity(String learnerKey) {
        return mentorHomePage.replaceAll("/+$", "") + "/goals/"
                + URLEncoder.encode(learnerKey, StandardCharsets.UTF_8);
    }
}
