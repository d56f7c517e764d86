package org.flourish.pathways.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.flourish.pathways.model.Goal;
import org.flourish.pathways.testing.SampleEngine;
import org.flourish.pathways.testing.Statements;
import org.junit.jupiter.api.Test;

/**
 * The statements a mentor's goal, pin and veto put in the LRS name the learner as a 2.0 Context Agent, a position
 * where the LRS's erasure of the learner finds them, besides the learner extension the engine always wrote.
 */
class MentorStatementsTest {

    private static final String OPPORTUNITY = "https://w3id.org/flourish/samples/thies/opportunity/ci-lecture-cite-lamy";

    private final SampleEngine engine = new SampleEngine();

    @Test
    void goalPinAndVetoEachNameTheLearnerAsAContextAgent() {
        engine.mentors.setGoals("awa", Statements.NDEYE, List.of(new Goal(
                "https://w3id.org/flourish/samples/foundations/LIT-05", 0.9)));
        engine.mentors.pin("awa", Statements.NDEYE, OPPORTUNITY);
        engine.mentors.veto("awa", Statements.NDEYE, OPPORTUNITY);
        assertEquals(3, engine.sentToLrs.size());
        for (JsonObject statement : engine.sentToLrs) {
            JsonObject context = statement.getJsonObject("context");
            JsonObject learner = context.getJsonArray("contextAgents").getJsonObject(0);
            assertEquals("contextAgent", learner.getString("objectType"));
            assertEquals(MentorActions.LEARNER_ROLE, learner.getJsonArray("relevantTypes").getString(0));
            JsonObject account = learner.getJsonObject("agent").getJsonObject("account");
            assertEquals("https://w3id.org/flourish/samples/thies/enrolment", account.getString("homePage"));
            assertEquals("TH-2026-0142", account.getString("name"));
            assertEquals(Statements.NDEYE, context.getJsonObject("extensions")
                    .getString("https://w3id.org/flourish/extensions/learner"));
        }
    }

    @Test
    void pinOrVetoOfAnOpportunityNotInTheCatalogueIsRefusedNamingItAndNothingIsSent() {
        String unknown = "https://w3id.org/flourish/samples/thies/opportunity/no-such-thing";
        UnknownReferenceException pin = assertThrows(UnknownReferenceException.class,
                () -> engine.mentors.pin("awa", Statements.NDEYE, unknown));
        assertTrue(pin.getMessage().contains(unknown), pin.getMessage());
        assertThrows(UnknownReferenceException.class, () -> engine.mentors.veto("awa", Statements.NDEYE, unknown));
        assertThrows(UnknownReferenceException.class,
                () -> engine.mentors.veto("awa", Statements.NDEYE, unknown, "tooFar"));
        UnknownReferenceException notAnIri = assertThrows(UnknownReferenceException.class,
                () -> engine.mentors.veto("awa", Statements.NDEYE, "the one at the mosque"));
        assertTrue(notAnIri.getMessage().contains("'the one at the mosque' is not an IRI"), notAnIri.getMessage());
        assertEquals(List.of(), engine.sentToLrs);
        assertEquals(List.of(), engine.records.pinned(Statements.NDEYE));
        assertEquals(List.of(), engine.records.vetoed(Statements.NDEYE));
    }

    @Test
    void goalForACompetencyNotInTheFrameworkIsRefusedNamingItAndNothingIsSent() {
        String unknown = "https://w3id.org/flourish/samples/foundations/LIT-99";
        UnknownReferenceException refused = assertThrows(UnknownReferenceException.class,
                () -> engine.mentors.setGoals("awa", Statements.NDEYE, List.of(new Goal(
                        "https://w3id.org/flourish/samples/foundations/LIT-05", 0.9), new Goal(unknown, 0.8))));
        assertTrue(refused.getMessage().contains(unknown), refused.getMessage());
        assertThrows(UnknownReferenceException.class, () -> engine.mentors.setGoals("awa", Statements.NDEYE,
                List.of(new Goal("LIT-05", 0.8))));
        assertEquals(List.of(), engine.sentToLrs);
        assertEquals(List.of(), engine.records.goals(Statements.NDEYE));
    }
}
