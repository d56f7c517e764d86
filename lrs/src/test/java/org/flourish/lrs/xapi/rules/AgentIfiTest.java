package org.flourish.lrs.xapi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgentIfiTest {

    private static final JsonObject AGENTS = Fixtures.object("agents/agents.json");

    @Test
    void mboxKeyIsThePropertyAndTheMailtoIri() {
        assertEquals("mbox:mailto:amina@school.example.org", ifi("mbox").key());
        assertEquals(AgentIfi.Kind.MBOX, ifi("mbox").kind());
    }

    @Test
    void mboxSchemeAndDomainAreCaseInsensitive() {
        assertEquals(ifi("mbox"), ifi("mboxShouting"));
        assertEquals(ifi("mbox").hashCode(), ifi("mboxShouting").hashCode());
    }

    @Test
    void mboxLocalPartIsCaseSensitive() {
        assertNotEquals(ifi("mbox"), ifi("mboxOtherLocalCase"));
    }

    @Test
    void sha1SumKeyIsLowerCaseHex() {
        assertEquals("mbox_sha1sum:ebd31e95054c018b10727ccffd2ef2ec3a016ee9", ifi("sha1").key());
    }

    @Test
    void mboxHasTheSha1SumOfItsMailtoIriWithTheDomainInLowerCase() {
        assertEquals(Optional.of(ifi("sha1OfAminasMbox")), ifi("mboxShouting").asSha1Sum());
    }

    @Test
    void onlyAnMboxHasASha1SumCounterpart() {
        assertEquals(Optional.empty(), ifi("sha1").asSha1Sum());
        assertEquals(Optional.empty(), ifi("account").asSha1Sum());
    }

    @Test
    void openidKeyIsTheIri() {
        assertEquals("openid:https://openid.example.org/kofi", ifi("openid").key());
    }

    @Test
    void accountKeyIsHomePageBarName() {
        assertEquals("account:https://school.example.org|banda", ifi("account").key());
    }

    @Test
    void accountNameIsCaseSensitive() {
        assertNotEquals(ifi("account"), ifi("accountOtherName"));
    }

    @Test
    void agentNameIsNotPartOfTheIdentity() {
        assertEquals(ifi("mbox"), ifi("mboxWithoutName"));
    }

    @Test
    void identifiedGroupHasTheIfiOfItsOwn() {
        assertEquals("account:https://school.example.org|class-p4", ifi("identifiedGroup").key());
    }

    @Test
    void anonymousGroupHasNoIfi() {
        assertTrue(AgentIfi.of(AGENTS.getJsonObject("anonymousGroup")).isEmpty());
    }

    @Test
    void agentWithTwoIfisHasNone() {
        assertTrue(AgentIfi.of(AGENTS.getJsonObject("twoIfis")).isEmpty());
    }

    @Test
    void malformedIfisAreNotIdentities() {
        assertTrue(AgentIfi.of(AGENTS.getJsonObject("mboxWithoutMailto")).isEmpty());
        assertTrue(AgentIfi.of(AGENTS.getJsonObject("accountWithoutName")).isEmpty());
        assertTrue(AgentIfi.of(AGENTS.getJsonObject("sha1TooShort")).isEmpty());
    }

    @Test
    void differentKindsWithTheSameTextAreDifferent() {
        var mbox = ifi("mbox");
        assertFalse(mbox.equals(ifi("openid")));
        assertNotEquals(mbox, "mbox:mailto:amina@school.example.org");
    }

    @Test
    void agentParameterOfAnAgentIsItsIfi() {
        assertEquals(ifi("account"), AgentIfi.parseAgentParameter(AGENTS.getJsonObject("account").toString()));
    }

    @Test
    void agentParameterOfAnIdentifiedGroupIsItsIfi() {
        assertEquals(ifi("identifiedGroup"),
                AgentIfi.parseAgentParameter(AGENTS.getJsonObject("identifiedGroup").toString()));
    }

    @ParameterizedTest(name = "agent parameter that is {0} is rejected")
    @MethodSource("invalidParameters")
    void invalidAgentParameterIsRejectedWithAMessage(String why, String parameter) {
        var rejected = assertThrows(InvalidAgentParameterException.class,
                () -> AgentIfi.parseAgentParameter(parameter));
        assertTrue(rejected.getMessage().startsWith("The agent parameter"), rejected.getMessage());
    }

    @Test
    void missingAgentParameterIsRejected() {
        assertThrows(InvalidAgentParameterException.class, () -> AgentIfi.parseAgentParameter(null));
    }

    static Stream<Arguments> invalidParameters() {
        return Fixtures.array("agents/invalid-parameters.json").getValuesAs(JsonObject.class).stream()
                .map(c -> Arguments.of(c.getString("why"), c.getString("parameter")));
    }

    @Test
    void aKeyReadsBackAsTheIdentifierItNames() {
        for (String name : new String[] {"mbox", "sha1", "openid", "account"}) {
            AgentIfi ifi = ifi(name);
            assertEquals(Optional.of(ifi), AgentIfi.fromKey(ifi.key()), name);
        }
        assertEquals(Optional.of(ifi("mbox")), AgentIfi.fromKey("mbox:MAILTO:amina@School.Example.org"));
        assertEquals(Optional.empty(), AgentIfi.fromKey("name:Amina"));
        assertEquals(Optional.empty(), AgentIfi.fromKey("account:https://school.example.org"));
        assertEquals(Optional.empty(), AgentIfi.fromKey("no key at all"));
    }

    private static AgentIfi ifi(String name) {
        return AgentIfi.of(AGENTS.getJsonObject(name)).orElseThrow();
    }
}
