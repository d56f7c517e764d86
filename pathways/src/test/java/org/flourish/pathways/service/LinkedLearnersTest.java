package org.flourish.pathways.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.model.MasteryEstimate;
import org.flourish.pathways.service.StatementIntake.Outcome;
import org.flourish.pathways.testing.SampleEngine;
import org.flourish.pathways.testing.Statements;
import org.junit.jupiter.api.Test;

/**
 * One child known by a school's account and an NGO's mailbox: once a coordinator links the keys, the evidence of
 * both moves one learner's mastery, under the canonical key, whichever key is asked about.
 */
class LinkedLearnersTest {

    private static final String SCHOOL = Statements.NDEYE;
    private static final String NGO = "mbox:mailto:ndeye@ngo.example";
    private static final String LIT_05 = "https://w3id.org/flourish/samples/foundations/LIT-05";

    private final SampleEngine engine = new SampleEngine();

    /** The school's statement: Ndèye passed the reading assessment on 2 November. */
    private String passedAtSchool() {
        String id = UUID.randomUUID().toString();
        engine.intake.take(Json.createObjectBuilder(Statements.fixture("passed-reading-quiz.json")).add("id", id)
                .build());
        return id;
    }

    /** The NGO's statement about the same child, under her mailbox, a day later. */
    private String passedAtNgo() {
        String id = UUID.randomUUID().toString();
        JsonObject statement = Json.createObjectBuilder(Statements.fixture("passed-reading-quiz.json"))
                .add("id", id)
                .add("actor", Json.createObjectBuilder().add("objectType", "Agent")
                        .add("mbox", "mailto:ndeye@NGO.example"))
                .add("timestamp", "2026-11-03T10:00:00Z").add("stored", "2026-11-03T10:00:01Z").build();
        assertEquals(Outcome.KEPT, engine.intake.take(statement));
        return id;
    }

    private MasteryEstimate lit05(String key) {
        return engine.states.of(key).mastery().estimateFor(LIT_05).orElseThrow();
    }

    @Test
    void evidenceUnderTwoIdentifiersOnceLinkedMovesOneLearnersMastery() {
        String atSchool = passedAtSchool();
        String atNgo = passedAtNgo();
        MasteryEstimate schoolAlone = lit05(SCHOOL);
        assertEquals(1, schoolAlone.evidenceCount(), "before the link, two learners");
        assertEquals(1, lit05(NGO).evidenceCount());

        engine.linking.link(SCHOOL, NGO);

        MasteryEstimate linked = lit05(SCHOOL);
        assertEquals(2, linked.evidenceCount());
        assertEquals(Set.of(atSchool, atNgo), Set.copyOf(linked.supportingStatements()));
        assertTrue(linked.mean() > schoolAlone.mean(), () -> linked.mean() + " after two passes, "
                + schoolAlone.mean() + " after one");
        assertEquals(linked, lit05(NGO), "asked with the alias, the canonical learner answers");
        assertEquals(SCHOOL, engine.states.of(NGO).mastery().learnerKey());
        assertEquals(List.of(atSchool, atNgo), engine.states.of(SCHOOL).evidence().stream()
                .map(Evidence::statementId).toList(), "in timestamp order");
        assertEquals(SCHOOL, engine.pathways.pathway(NGO, List.of()).learnerKey());
    }

    @Test
    void evidenceForAnAliasArrivingAfterTheLinkReachesTheCachedCanonicalLearner() {
        passedAtSchool();
        engine.linking.link(SCHOOL, NGO);
        assertEquals(1, lit05(SCHOOL).evidenceCount());
        passedAtNgo();
        assertEquals(2, lit05(SCHOOL).evidenceCount());
    }

    @Test
    void voidingAnAliasStatementTakesItOutOfTheCanonicalLearnersMastery() {
        passedAtSchool();
        String atNgo = passedAtNgo();
        engine.linking.link(SCHOOL, NGO);
        assertEquals(2, lit05(SCHOOL).evidenceCount());
        JsonObject voiding = Json.createObjectBuilder(Statements.fixture("voids-reading-quiz.json"))
                .add("object", Json.createObjectBuilder().add("objectType", "StatementRef").add("id", atNgo))
                .build();
        assertEquals(Outcome.VOIDED_ONE, engine.intake.take(voiding));
        assertEquals(1, lit05(SCHOOL).evidenceCount());
    }

    @Test
    void unlinkingMakesTwoLearnersAgain() {
        passedAtSchool();
        passedAtNgo();
        engine.linking.link(SCHOOL, NGO);
        assertEquals(2, lit05(NGO).evidenceCount());
        engine.linking.unlink(SCHOOL, NGO);
        assertEquals(1, lit05(SCHOOL).evidenceCount());
        assertEquals(1, lit05(NGO).evidenceCount());
        assertEquals(NGO, engine.states.of(NGO).mastery().learnerKey());
    }

    @Test
    void linkingTwiceKeepsOneLink() {
        engine.linking.link(SCHOOL, NGO);
        engine.linking.link(SCHOOL, NGO);
        assertEquals(List.of(NGO), engine.linking.aliasesOf(SCHOOL));
        assertEquals(List.of(NGO), engine.linking.aliasesOf(NGO), "asked with the alias, the canonical's aliases");
    }

    @Test
    void linksThatWouldMakeAChainACycleOrTwoCanonicalKeysAreRefusedSayingWhy() {
        String third = "openid:https://ids.example/ndeye";
        engine.linking.link(SCHOOL, NGO);
        AmbiguousLinkException chain = assertThrows(AmbiguousLinkException.class,
                () -> engine.linking.link(NGO, third));
        assertTrue(chain.getMessage().contains("is itself an alias of " + SCHOOL), chain.getMessage());
        AmbiguousLinkException cycle = assertThrows(AmbiguousLinkException.class,
                () -> engine.linking.link(NGO, SCHOOL));
        assertTrue(cycle.getMessage().startsWith("key:"), cycle.getMessage());
        AmbiguousLinkException twoCanonicals = assertThrows(AmbiguousLinkException.class,
                () -> engine.linking.link(third, NGO));
        assertTrue(twoCanonicals.getMessage().contains("already an alias of " + SCHOOL), twoCanonicals.getMessage());
        AmbiguousLinkException canonicalAsAlias = assertThrows(AmbiguousLinkException.class,
                () -> engine.linking.link(third, SCHOOL));
        assertTrue(canonicalAsAlias.getMessage().contains("is the canonical key of " + NGO),
                canonicalAsAlias.getMessage());
        assertThrows(AmbiguousLinkException.class, () -> engine.linking.link(SCHOOL, SCHOOL));
        assertEquals(List.of(NGO), engine.linking.aliasesOf(SCHOOL), "nothing refused was kept");
        assertEquals(List.of(), engine.links.aliasesOf(third));
    }
}
