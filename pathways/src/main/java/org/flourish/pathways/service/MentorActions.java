package org.flourish.pathways.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.flourish.pathways.lrs.StatementSender;
import org.flourish.pathways.model.Goal;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.xapi.LearnerKeys;

/**
 * A mentor sets a learner's goals, pins or vetoes an opportunity. Each action is first recorded in the LRS as an
 * xAPI statement with the mentor as actor (so the learning record says who decided what, and when), then kept in
 * the learner's graph. If the LRS refuses it, nothing is kept. The statement names the learner as a 2.0 Context
 * Agent (role {@link #LEARNER_ROLE}), where an LRS's erasure of the learner finds it, and by key in a context
 * extension. Before anything is sent, the references are checked: an opportunity must be in the catalogue, a new
 * goal's competency in the framework ({@link UnknownReferenceException} otherwise). The API and the web app's forms
 * both act through here.
 */
public final class MentorActions {

    private static final String LEARNER_EXTENSION = "https://w3id.org/flourish/extensions/learner";
    /** The relevant type of the Context Agent that is the learner a mentor's action is about. */
    public static final String LEARNER_ROLE = "https://w3id.org/flourish/roles/learner";

    private final LearnerRecords records;
    private final StatementSender lrs;
    private final Supplier<SharedKnowledge> knowledge;
    private final String mentorHomePage;
    private final Clock clock;

    /** {@code mentorHomePage}: the account home page mentors' xAPI identities are under (xAPI-Data 2.4.2.4). */
    public MentorActions(LearnerRecords records, StatementSender lrs, Supplier<SharedKnowledge> knowledge,
                         String mentorHomePage, Clock clock) {
        this.records = records;
        this.lrs = lrs;
        this.knowledge = knowledge;
        this.mentorHomePage = mentorHomePage;
        this.clock = clock;
    }

    /**
     * Replaces the learner's goals. Returns the id of the statement recorded in the LRS.
     *
     * @throws UnknownReferenceException if a goal not already set names no competency of the framework (goals kept
     *                                   from before stay allowed, so that a mentor can still remove one whose
     *                                   competency a new framework dropped)
     */
    public String setGoals(String mentor, String learnerKey, List<Goal> goals) {
        Set<String> alreadySet = records.goals(learnerKey).stream().map(Goal::competency).collect(Collectors.toSet());
        goals.stream().map(Goal::competency).filter(competency -> !alreadySet.contains(competency))
                .forEach(this::requireCompetency);
        var competencies = Json.createArrayBuilder();
        goals.forEach(goal -> competencies.add(Json.createObjectBuilder().add("competency", goal.competency())
                .add("targetMastery", goal.targetMastery())));
        String id = lrs.send(statement(mentor, learnerKey, MentorVerbs.SET_GOAL, "set goals for",
                Json.createObjectBuilder().add("id", learnerGoalsActivity(learnerKey)),
                Json.createObjectBuilder().add(LEARNER_EXTENSION + "/goals", competencies)));
        records.replaceGoals(learnerKey, goals);
        return id;
    }

    /** @throws UnknownReferenceException if the opportunity is not in the catalogue */
    public String pin(String mentor, String learnerKey, String opportunity) {
        requireOpportunity(opportunity);
        String id = lrs.send(statement(mentor, learnerKey, MentorVerbs.PINNED, "pinned",
                Json.createObjectBuilder().add("id", opportunity), Json.createObjectBuilder()));
        records.pin(learnerKey, opportunity);
        return id;
    }

    /** @throws UnknownReferenceException if the opportunity is not in the catalogue */
    public String veto(String mentor, String learnerKey, String opportunity) {
        requireOpportunity(opportunity);
        String id = lrs.send(statement(mentor, learnerKey, MentorVerbs.VETOED, "vetoed",
                Json.createObjectBuilder().add("id", opportunity), Json.createObjectBuilder()));
        records.veto(learnerKey, opportunity);
        return id;
    }

    /** A veto with the mentor's reason, which the statement carries as its result's response. */
    public String veto(String mentor, String learnerKey, String opportunity, String reason) {
        requireOpportunity(opportunity);
        JsonObject statement = statement(mentor, learnerKey, MentorVerbs.VETOED, "vetoed",
                Json.createObjectBuilder().add("id", opportunity), Json.createObjectBuilder());
        String id = lrs.send(Json.createObjectBuilder(statement)
                .add("result", Json.createObjectBuilder().add("response", reason)).build());
        records.veto(learnerKey, opportunity);
        return id;
    }

    private void requireOpportunity(String opportunity) {
        requireIri("opportunity", opportunity);
        if (knowledge.get().opportunity(opportunity).isEmpty()) {
            throw new UnknownReferenceException("opportunity: " + opportunity + " is not in the catalogue");
        }
    }

    private void requireCompetency(String competency) {
        requireIri("competency", competency);
        if (!knowledge.get().framework().competencies().contains(competency)) {
            throw new UnknownReferenceException("competency: " + competency + " is not a competency of the framework");
        }
    }

    private static void requireIri(String field, String value) {
        boolean absolute;
        try {
            absolute = IRIx.create(value).isAbsolute();
        } catch (IRIException e) {
            absolute = false;
        }
        if (!absolute) {
            throw new UnknownReferenceException(field + ": '" + value + "' is not an IRI");
        }
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
