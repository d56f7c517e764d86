package org.flourish.pathways.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import jakarta.json.Json;

import org.flourish.pathways.model.Evidence;
import org.flourish.pathways.testing.Statements;
import org.junit.jupiter.api.Test;

class StatementEvidenceTest {

    @Test
    void passedAssessmentBecomesEvidenceWithScoreSuccessAndTheAuthorityAsProvider() {
        Evidence evidence = StatementEvidence.read(Statements.fixture("passed-reading-quiz.json")).orElseThrow();
        assertEquals(Statements.NDEYE, evidence.learnerKey());
        assertEquals("http://adlnet.gov/expapi/verbs/passed", evidence.verb());
        assertEquals(Statements.CITE_LAMY_READING, evidence.activityId());
        assertEquals(Optional.of("http://adlnet.gov/expapi/activities/assessment"), evidence.activityType());
        assertEquals(0.9, evidence.scoreScaled().getAsDouble());
        assertEquals(Optional.of(true), evidence.success());
        assertEquals(Instant.parse("2026-11-02T09:30:00Z"), evidence.timestamp());
        assertEquals("account:https://lrs.example|ecole-cite-lamy", evidence.provider());
    }

    @Test
    void authorityNameIsTheProvidersNameAndAGroupAuthorityIsNamedByItsFirstNamedMember() {
        var statement = Statements.fixture("passed-reading-quiz.json");
        assertTrue(StatementEvidence.read(statement).orElseThrow().providerName().isEmpty());
        var named = Json.createObjectBuilder(statement).add("authority", Json.createObjectBuilder(
                statement.getJsonObject("authority")).add("name", "École Cité Lamy")).build();
        assertEquals(Optional.of("École Cité Lamy"), StatementEvidence.read(named).orElseThrow().providerName());
        var oauth = Json.createObjectBuilder(statement).add("authority", Json.createObjectBuilder()
                .add("objectType", "Group").add("member", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("account", Json.createObjectBuilder()
                                .add("homePage", "https://lrs.example").add("name", "app")))
                        .add(Json.createObjectBuilder().add("name", "Sunrise Primary School")
                                .add("mbox", "mailto:office@sunrise.example.org")))).build();
        assertEquals(Optional.of("Sunrise Primary School"),
                StatementEvidence.read(oauth).orElseThrow().providerName());
    }

    @Test
    void aScoreWithWholeRawMinAndMaxSaysHowManyItemsItCounts() {
        assertEquals(java.util.OptionalInt.of(5), itemsOf("{\"scaled\":0.8,\"raw\":4,\"min\":0,\"max\":5}"));
        assertEquals(java.util.OptionalInt.of(4), itemsOf("{\"scaled\":0.5,\"raw\":3,\"min\":1,\"max\":5}"));
        assertEquals(java.util.OptionalInt.empty(), itemsOf("{\"scaled\":0.9}"));
        assertEquals(java.util.OptionalInt.empty(), itemsOf("{\"scaled\":0.8,\"raw\":4.5,\"min\":0,\"max\":5}"));
        assertEquals(java.util.OptionalInt.empty(), itemsOf("{\"scaled\":0.8,\"raw\":4,\"min\":0,\"max\":0}"));
        assertEquals(java.util.OptionalInt.empty(), itemsOf("{\"scaled\":0.8,\"raw\":9,\"min\":0,\"max\":5}"));
        assertEquals(java.util.OptionalInt.of(Integer.MAX_VALUE),
                itemsOf("{\"scaled\":0.8,\"raw\":4,\"min\":0,\"max\":3000000000}"));
    }

    private static java.util.OptionalInt itemsOf(String score) {
        var statement = Statements.fixture("passed-reading-quiz.json");
        var scored = Json.createObjectBuilder(statement).add("result", Json.createObjectBuilder()
                .add("score", Json.createReader(new java.io.StringReader(score)).readObject())).build();
        return StatementEvidence.read(scored).orElseThrow().scoreItems();
    }

    @Test
    void statementAboutAGroupIsNotEvidenceAboutALearner() {
        assertTrue(StatementEvidence.read(Statements.fixture("about-a-group.json")).isEmpty());
    }

    @Test
    void scaledScoreOutsideMinusOneToOneIsDroppedAndTimestampFallsBackToStored() {
        Evidence evidence = StatementEvidence.read(Statements.fixture("scaled-out-of-range.json")).orElseThrow();
        assertTrue(evidence.scoreScaled().isEmpty());
        assertEquals(Optional.of(true), evidence.completion());
        assertEquals(Instant.parse("2026-11-02T10:00:00Z"), evidence.timestamp());
    }

    @Test
    void mboxKeyKeepsTheLocalPartAndLowerCasesTheDomain() {
        assertEquals("mbox:mailto:Ada@example.org",
                StatementEvidence.read(Statements.fixture("scaled-out-of-range.json")).orElseThrow().learnerKey());
    }

    @Test
    void statementRefObjectIsNotEvidence() {
        assertTrue(StatementEvidence.read(Statements.fixture("voids-reading-quiz.json")).isEmpty());
    }

    @Test
    void voidingStatementNamesTheVoidedId() {
        assertEquals(Optional.of("6a1f3c2e-0b7d-4c8e-9a51-0f2d7b9e4c11"),
                Voiding.voidedId(Statements.fixture("voids-reading-quiz.json")));
        assertTrue(Voiding.voidedId(Statements.fixture("passed-reading-quiz.json")).isEmpty());
    }

    @Test
    void agentWithoutIdentifierHasNoKey() {
        assertTrue(LearnerKeys.ofAgent(Json.createObjectBuilder().add("name", "Ada").build()).isEmpty());
    }
}
