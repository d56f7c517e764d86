package org.flourish.pathways.service;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.json.JsonObject;

import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.store.LearnerRecords;
import org.flourish.pathways.xapi.Members;
import org.flourish.pathways.xapi.StatementEvidence;
import org.flourish.pathways.xapi.Voiding;

/**
 * Takes in one statement, read from the LRS or pushed: a voiding statement makes the engine forget the voided one;
 * a statement about a learner's activity is kept in the learner's graph; the learner's cached mastery is dropped so
 * that the next question sees it. Mentors' own statements and statements that are not evidence are left out.
 */
public final class StatementIntake implements Consumer<JsonObject> {

    /** What happened to one statement. */
    public enum Outcome { KEPT, ALREADY_KEPT, VOIDED_ONE, IGNORED }

    private final LearnerRecords records;
    private final LearnerStates states;

    public StatementIntake(LearnerRecords records, LearnerStates states) {
        this.records = records;
        this.states = states;
    }

    @Override
    public void accept(JsonObject statement) {
        take(statement);
    }

    /** One at a time: the reader and the push endpoint may bring the same statement at once. */
    public synchronized Outcome take(JsonObject statement) {
        Optional<UUID> voided = Voiding.voidedId(statement).flatMap(StatementIntake::uuid);
        if (voided.isPresent()) {
            Optional<String> learner = records.forget(voided.get());
            learner.ifPresent(states::forget);
            return learner.isPresent() ? Outcome.VOIDED_ONE : Outcome.IGNORED;
        }
        Optional<Evidence> evidence = StatementEvidence.read(statement);
        Optional<UUID> id = Members.text(statement, "id").flatMap(StatementIntake::uuid);
        if (evidence.isEmpty() || id.isEmpty() || MentorVerbs.isMentorVerb(evidence.get().verb())) {
            return Outcome.IGNORED;
        }
        String learner = evidence.get().learnerKey();
        boolean kept = records.keep(learner, id.get(),
                StatementEvidence.stored(statement).orElse(evidence.get().timestamp()), statement.toString());
        states.forget(learner);
        return kept ? Outcome.KEPT : Outcome.ALREADY_KEPT;
    }

    /** xAPI-Data 2.4.1: a statement id is a UUID; anything else cannot name a kept statement. */
    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
