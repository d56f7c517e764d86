package org.flourish.lrs.xapi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatementIndexerTest {

    private static final String AMINA = "mbox:mailto:amina@school.example.org";
    private static final String KOFI_OPENID = "openid:https://openid.example.org/kofi";
    private static final String KOFI_SHA1 = "mbox_sha1sum:ebd31e95054c018b10727ccffd2ef2ec3a016ee9";
    private static final String TEACHER = "mbox:mailto:teacher@school.example.org";
    private static final String BANDA = "account:https://school.example.org|banda";
    private static final String QUIZ_APP = "account:https://lrs.flourish.example.org|quiz-app";
    private static final String ACTIVITIES = "https://flourish.example.org/activities/";

    private final StatementIndex full = StatementIndexer.index(Fixtures.statement("full"));
    private final StatementIndex sub = StatementIndexer.index(Fixtures.statement("sub-statement"));
    private final StatementIndex ref = StatementIndexer.index(Fixtures.statement("statement-ref"));
    private final StatementIndex group = StatementIndexer.index(Fixtures.statement("group-object"));

    @Test
    void verbIdIsIndexed() {
        assertEquals("http://adlnet.gov/expapi/verbs/answered", full.verbId());
    }

    @Test
    void registrationOfTheContextIsIndexed() {
        assertEquals(Optional.of(UUID.fromString("ec531277-b57b-4c15-8d91-d292c5b2b8f7")), full.registration());
    }

    @Test
    void registrationInsideASubStatementIsNotTheStatementsRegistration() {
        assertEquals(Optional.empty(), sub.registration());
    }

    @Test
    void agentFilterMatchesTheActorOnlyWhenTheObjectIsAnActivity() {
        assertEquals(Set.of(AMINA), full.agentKeys());
    }

    @Test
    void relatedAgentsAddAuthorityInstructorAndTeamWithTheirMembers() {
        assertEquals(Set.of(AMINA, TEACHER, QUIZ_APP, BANDA, KOFI_SHA1, KOFI_OPENID), full.relatedAgentKeys());
    }

    @Test
    void agentFilterMatchesAGroupObjectItsMembersAndTheActor() {
        assertEquals(Set.of(KOFI_SHA1, "account:https://ngo.example.org|reading-club",
                "mbox:mailto:kofi@school.example.org", "account:https://ngo.example.org|esi"), group.agentKeys());
        assertEquals(group.agentKeys(), group.relatedAgentKeys());
    }

    @Test
    void subStatementAgentsMatchOnlyRelatedAgents() {
        assertEquals(Set.of(TEACHER), sub.agentKeys());
        assertEquals(Set.of(TEACHER, KOFI_OPENID, AMINA, "mbox:mailto:helper@ngo.example.org"),
                sub.relatedAgentKeys());
    }

    @Test
    void contextAgentsAndContextGroupsOfXapi2AreNotInTheSpecsRelatedAgentsList() {
        assertTrue(sub.relatedAgentKeys().stream().noneMatch(key -> key.contains("parent@home")));
        assertTrue(sub.relatedAgentKeys().stream().noneMatch(key -> key.contains("class-p4")));
    }

    @Test
    void activityFilterMatchesTheObjectActivity() {
        assertEquals(Set.of(ACTIVITIES + "fractions-quiz/q1"), full.activityIds());
    }

    @Test
    void relatedActivitiesAddEveryContextActivityIncludingASingleObjectParent() {
        assertEquals(Set.of(ACTIVITIES + "fractions-quiz/q1", ACTIVITIES + "fractions-quiz",
                "https://flourish.example.org/courses/maths-p4",
                "https://w3id.org/xapi/cmi5/context/categories/moveon",
                "https://flourish.example.org/places/radio-lesson-12"), full.relatedActivityIds());
    }

    @Test
    void subStatementActivitiesMatchOnlyRelatedActivities() {
        assertEquals(Set.of(), sub.activityIds());
        assertEquals(Set.of(ACTIVITIES + "reading-circle", "https://flourish.example.org/programmes/literacy",
                "https://flourish.example.org/categories/planning"), sub.relatedActivityIds());
    }

    @Test
    void statementRefObjectIsIndexedForTheStatementRefFilterRule() {
        assertEquals(Optional.of(UUID.fromString("6690e6c9-3ef0-4ed3-8b37-7f3964730bee")),
                ref.referencedStatementId());
        assertEquals(Set.of(BANDA), ref.relatedAgentKeys());
        assertEquals(Set.of(), ref.relatedActivityIds());
    }

    @Test
    void statementWithAnActivityObjectReferencesNoStatement() {
        assertEquals(Optional.empty(), full.referencedStatementId());
    }

    @Test
    void statementWithoutVerbIdCannotBeIndexed() {
        var noVerb = Json.createObjectBuilder(Fixtures.statement("full")).remove("verb").build();
        assertThrows(IllegalArgumentException.class, () -> StatementIndexer.index(noVerb));
    }

    @Test
    void malformedRegistrationIsRefused() {
        var statement = Fixtures.statement("full");
        var badContext = Json.createObjectBuilder(statement.getJsonObject("context"))
                .add("registration", "1-2-3-4-5").build();
        var bad = Json.createObjectBuilder(statement).add("context", badContext).build();
        assertThrows(IllegalArgumentException.class, () -> StatementIndexer.index(bad));
    }
}
