package org.flourish.pathways.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;

import org.flourish.pathways.service.AmbiguousLinkException;
import org.flourish.pathways.testing.SampleEngine;
import org.flourish.pathways.testing.Statements;
import org.junit.jupiter.api.Test;

/**
 * Linked learner keys through the API's resources: only a coordinator links; a request made with an alias answers
 * for the canonical learner, whose mentors and access rules apply; an ambiguous link is a 400 saying why.
 */
class LearnerLinksResourceTest {

    private static final String NDEYE = Statements.NDEYE;
    private static final String AT_NGO = "mbox:mailto:ndeye@ngo.example";

    private static final JsonObject PIN = Json.createObjectBuilder()
            .add("opportunity", "https://w3id.org/flourish/samples/thies/opportunity/ci-lecture-cite-lamy").build();

    private final SampleEngine engine = new SampleEngine();
    private final Api api = new Api(engine);

    private void link(String canonical, String alias) {
        assertEquals(204, api.links(Api.COORDINATOR).link(canonical, alias).getStatus());
    }

    private static List<String> strings(JsonObject json, String member) {
        return json.getJsonArray(member).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void coordinatorLinksAndListsTheAliasesAskedWithEitherKey() {
        link(NDEYE, AT_NGO);
        for (String key : List.of(NDEYE, AT_NGO)) {
            JsonObject links = api.links(Api.COORDINATOR).links(key);
            assertEquals(NDEYE, links.getString("learner"));
            assertEquals(List.of(AT_NGO), strings(links, "aliases"));
        }
        assertEquals(204, api.links(Api.COORDINATOR).unlink(NDEYE, AT_NGO).getStatus());
        assertEquals(AT_NGO, api.links(Api.COORDINATOR).links(AT_NGO).getString("learner"));
        assertEquals(List.of(), strings(api.links(Api.COORDINATOR).links(NDEYE), "aliases"));
    }

    @Test
    void onlyACoordinatorLinksOrReadsLinks() {
        for (String caller : List.of(Api.AWA, Api.FORWARDER)) {
            assertThrows(ForbiddenException.class, () -> api.links(caller).link(NDEYE, AT_NGO));
            assertThrows(ForbiddenException.class, () -> api.links(caller).unlink(NDEYE, AT_NGO));
            assertThrows(ForbiddenException.class, () -> api.links(caller).links(NDEYE));
        }
        assertEquals(List.of(), engine.links.aliasesOf(NDEYE));
    }

    @Test
    void chainOrCycleIsA400SayingWhy() {
        link(NDEYE, AT_NGO);
        AmbiguousLinkException chain = assertThrows(AmbiguousLinkException.class,
                () -> api.links(Api.COORDINATOR).link(AT_NGO, "openid:https://ids.example/ndeye"));
        Response response = new ApiExceptionMapper().toResponse(chain);
        assertEquals(400, response.getStatus());
        assertTrue(chain.getMessage().contains("is itself an alias of " + NDEYE), chain.getMessage());
        assertThrows(AmbiguousLinkException.class, () -> api.links(Api.COORDINATOR).link(AT_NGO, NDEYE));
    }

    @Test
    void mentorOfTheCanonicalLearnerReadsThroughTheAliasAndAnswersAreTheCanonicalLearners() {
        link(NDEYE, AT_NGO);
        api.assignments(Api.COORDINATOR).assign(AT_NGO, Api.AWA);
        assertEquals(List.of(Api.AWA), strings(api.assignments(Api.COORDINATOR).mentors(NDEYE), "mentors"),
                "assigned through the alias, to the canonical learner");
        JsonObject recommendations = api.learners(Api.AWA).recommendations(AT_NGO, 5);
        assertEquals(NDEYE, recommendations.getString("learner"));
        assertTrue(recommendations.getJsonArray("recommendations").size() > 0,
                "the canonical learner's context (from the samples) applies");
        assertEquals(api.context(Api.AWA).context(NDEYE), api.context(Api.AWA).context(AT_NGO));
        assertThrows(ForbiddenException.class, () -> api.learners(Api.OMAR).recommendations(AT_NGO, 5));
    }

    @Test
    void assignmentToAnAliasMadeBeforeTheLinkGivesNoAccessWhileLinked() {
        api.assignments(Api.COORDINATOR).assign(AT_NGO, Api.OMAR);
        api.learners(Api.OMAR).pin(AT_NGO, PIN);
        link(NDEYE, AT_NGO);
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> api.learners(Api.OMAR).pin(AT_NGO, PIN));
        assertTrue(refused.getMessage().contains("not assigned"), refused.getMessage());
        assertEquals(204, api.links(Api.COORDINATOR).unlink(NDEYE, AT_NGO).getStatus());
        api.learners(Api.OMAR).pin(AT_NGO, PIN);
        assertEquals(2, engine.sentToLrs.size(), "the two pins made while allowed");
    }
}
