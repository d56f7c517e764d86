package org.flourish.pathways.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;

import org.flourish.pathways.testing.SampleEngine;
import org.flourish.pathways.testing.Statements;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, through the API's resources: a mentor reads and acts only on the learners a coordinator
 * assigned to them; a coordinator assigns and reads aggregates but no learner's own data; a forwarder only posts
 * statements.
 */
class LearnerAccessRulesTest {

    private static final String NDEYE = Statements.NDEYE;
    private static final String OPPORTUNITY = "https://w3id.org/flourish/samples/thies/opportunity/ci-lecture-cite-lamy";

    private final SampleEngine engine = new SampleEngine();
    private final Api api = new Api(engine);

    private void assign(String mentor, String learner) {
        assertEquals(204, api.assignments(Api.COORDINATOR).assign(learner, mentor).getStatus());
    }

    @Test
    void unassignedMentorIsRefusedEveryReadAndActionWithAMessage() {
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> api.learners(Api.AWA).recommendations(NDEYE, 20));
        assertTrue(refused.getMessage().contains("not assigned"), refused.getMessage());
        assertThrows(ForbiddenException.class, () -> api.learners(Api.AWA).pin(NDEYE,
                Json.createObjectBuilder().add("opportunity", OPPORTUNITY).build()));
        assertThrows(ForbiddenException.class, () -> api.learners(Api.AWA).veto(NDEYE,
                Json.createObjectBuilder().add("opportunity", OPPORTUNITY).build()));
        assertThrows(ForbiddenException.class, () -> api.learners(Api.AWA).goals(NDEYE, Json.createArrayBuilder()
                .build()));
        assertThrows(ForbiddenException.class, () -> api.context(Api.AWA).context(NDEYE));
        assertTrue(engine.sentToLrs.isEmpty(), "nothing was recorded for a refused action");
    }

    @Test
    void assignedMentorReadsAndActsOnTheirLearnerOnly() {
        assign(Api.AWA, NDEYE);
        assertTrue(api.learners(Api.AWA).recommendations(NDEYE, 20).getJsonArray("recommendations").size() > 0);
        api.learners(Api.AWA).pin(NDEYE, Json.createObjectBuilder().add("opportunity", OPPORTUNITY).build());
        assertEquals(1, engine.sentToLrs.size());
        assertThrows(ForbiddenException.class, () -> api.learners(Api.OMAR).recommendations(NDEYE, 20));
        assertThrows(ForbiddenException.class, () -> api.learners(Api.AWA)
                .recommendations("mbox:mailto:someone.else@example.org", 20));
    }

    @Test
    void endingAnAssignmentEndsTheMentorsAccess() {
        assign(Api.AWA, NDEYE);
        assign(Api.OMAR, NDEYE);
        assertEquals(204, api.assignments(Api.COORDINATOR).unassign(NDEYE, Api.AWA).getStatus());
        assertThrows(ForbiddenException.class, () -> api.learners(Api.AWA).recommendations(NDEYE, 20));
        assertEquals(List.of(Api.OMAR), api.assignments(Api.COORDINATOR).mentors(NDEYE).getJsonArray("mentors")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }

    @Test
    void assigningTwiceKeepsOneAssignment() {
        assign(Api.AWA, NDEYE);
        assign(Api.AWA, NDEYE);
        assertEquals(1, api.assignments(Api.COORDINATOR).mentors(NDEYE).getJsonArray("mentors").size());
    }

    @Test
    void onlyACoordinatorAssignsAndOnlyConfiguredMentorsCanBeAssigned() {
        assertThrows(ForbiddenException.class, () -> api.assignments(Api.AWA).assign(NDEYE, Api.AWA));
        assertThrows(ForbiddenException.class, () -> api.assignments(Api.FORWARDER).assign(NDEYE, Api.AWA));
        assertThrows(ForbiddenException.class, () -> api.assignments(Api.AWA).mentors(NDEYE));
        BadRequestException notAMentor = assertThrows(BadRequestException.class,
                () -> api.assignments(Api.COORDINATOR).assign(NDEYE, Api.FORWARDER));
        assertTrue(notAMentor.getMessage().startsWith("mentor:"), notAMentor.getMessage());
        assertThrows(BadRequestException.class, () -> api.assignments(Api.COORDINATOR).assign(NDEYE, "nobody"));
    }

    @Test
    void coordinatorReadsAggregatesButNoLearnersOwnDataEvenAfterAssigning() {
        assign(Api.AWA, NDEYE);
        assertTrue(api.aggregates(Api.COORDINATOR).totals().containsKey("learners"));
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> api.learners(Api.COORDINATOR).recommendations(NDEYE, 20));
        assertTrue(refused.getMessage().contains("coordinator"), refused.getMessage());
        assertThrows(ForbiddenException.class, () -> api.context(Api.COORDINATOR).context(NDEYE));
        assertThrows(ForbiddenException.class, () -> api.aggregates(Api.AWA).totals());
    }

    @Test
    void forwarderOnlyPostsStatements() {
        assertEquals(1, api.statements(Api.FORWARDER).push(Statements.fixture("passed-reading-quiz.json")
                .toString()).getInt("kept"));
        assertThrows(ForbiddenException.class, () -> api.statements(Api.AWA).push("[]"));
        assertThrows(ForbiddenException.class, () -> api.learners(Api.FORWARDER).recommendations(NDEYE, 20));
        assertThrows(ForbiddenException.class, () -> api.context(Api.FORWARDER).context(NDEYE));
        assertThrows(ForbiddenException.class, () -> api.aggregates(Api.FORWARDER).totals());
    }
}
