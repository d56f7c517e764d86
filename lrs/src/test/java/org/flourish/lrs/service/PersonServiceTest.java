package org.flourish.lrs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Provider;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.error.NotPermittedException;
import org.junit.jupiter.api.Test;

/** The Person Object of the Agents Resource (xAPI-Communication 2.4). */
class PersonServiceTest {

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static Credential credential(Scope... scopes) {
        Provider provider = new Provider(1, "p", URI.create("https://p.example.org"), true, OffsetDateTime.now());
        return new Credential(1, provider, "k", "h", Set.of(scopes), true, OffsetDateTime.now());
    }

    @Test
    void knownNamesAndTheIdentifierBecomeArrays() {
        PersonService service = new PersonService(agent -> List.of("Ama", "Ama Mensah"));
        JsonObject person = service.person(json("{\"objectType\":\"Agent\",\"mbox\":\"mailto:ama@example.org\"}"),
                credential(Scope.ALL));
        assertEquals(json("{\"objectType\":\"Person\",\"name\":[\"Ama\",\"Ama Mensah\"],"
                + "\"mbox\":[\"mailto:ama@example.org\"]}"), person);
    }

    @Test
    void unknownAgentGivesAPersonWithOnlyItsAccount() {
        PersonService service = new PersonService(agent -> List.of());
        JsonObject person = service.person(json("{\"account\":{\"homePage\":\"https://school.example.org\","
                + "\"name\":\"ama\"}}"), credential(Scope.ALL_READ));
        assertEquals(json("{\"objectType\":\"Person\",\"account\":[{\"homePage\":\"https://school.example.org\","
                + "\"name\":\"ama\"}]}"), person);
    }

    @Test
    void credentialThatCannotReadAllStatementsIsRefused() {
        PersonService service = new PersonService(agent -> List.of());
        assertThrows(NotPermittedException.class, () -> service.person(
                json("{\"mbox\":\"mailto:ama@example.org\"}"), credential(Scope.STATE, Scope.STATEMENTS_READ_MINE)));
    }
}
