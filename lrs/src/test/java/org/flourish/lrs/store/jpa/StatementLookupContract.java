package org.flourish.lrs.store.jpa;

import static org.flourish.lrs.testing.SampleStatements.COMPLETED;
import static org.flourish.lrs.testing.SampleStatements.VOIDED;
import static org.flourish.lrs.testing.SampleStatements.agent;
import static org.flourish.lrs.testing.SampleStatements.statement;
import static org.flourish.lrs.testing.SampleStatements.statementAbout;
import static org.flourish.lrs.testing.SampleStatements.uniqueActivity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.store.NewStatement;
import org.flourish.lrs.xapi.rules.AgentIfi;
import org.flourish.lrs.xapi.rules.StatementIndexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the Agents and Activities resources read from stored statements ({@link JpaAgentDirectory},
 * {@link JpaActivityDefinitions}), run against each database by a subclass. Each test uses its own agents and
 * activities.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StatementLookupContract {

    private Database database;
    private JpaStatementStore statements;
    private JpaAgentDirectory agents;
    private JpaActivityDefinitions activities;
    private Credential school;

    protected abstract DatabaseSettings freshDatabase();

    @BeforeAll
    void open() {
        database = Database.open(freshDatabase());
        statements = new JpaStatementStore(database.transactions(), Clock.systemUTC());
        agents = new JpaAgentDirectory(database.transactions());
        activities = new JpaActivityDefinitions(database.transactions());
        JpaCredentialStore credentials = new JpaCredentialStore(database.transactions(), Clock.systemUTC());
        long provider = credentials.addProvider("School", URI.create("https://school.example.org")).id();
        school = credentials.addCredential(provider, "school-key", "hash", Set.of(Scope.ALL));
    }

    @AfterAll
    void close() {
        database.close();
    }

    private UUID store(JsonObject statement) {
        return store(statement, true);
    }

    /** Stored by a credential with scope {@code define} ({@code defines}) or without it. */
    private UUID store(JsonObject statement, boolean defines) {
        UUID id = UUID.randomUUID();
        JsonObject withId = Json.createObjectBuilder(statement).add("id", id.toString()).build();
        statements.store(List.of(new NewStatement(id, withId, StatementIndexer.index(withId), school.id(), false,
                defines)));
        return id;
    }

    private static JsonObject named(JsonObject statement, String name) {
        JsonObject actor = Json.createObjectBuilder(statement.getJsonObject("actor")).add("name", name).build();
        return Json.createObjectBuilder(statement).add("actor", actor).build();
    }

    private static JsonObject withDefinition(JsonObject statement, String name) {
        JsonObject definition = Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("en", name)).build();
        JsonObject object = Json.createObjectBuilder(statement.getJsonObject("object")).add("definition", definition)
                .build();
        return Json.createObjectBuilder(statement).add("object", object).build();
    }

    private static AgentIfi ifi(String email) {
        return AgentIfi.of(agent(email)).orElseThrow();
    }

    @Test
    void namesAreThoseTheAgentHadAsActorMostRecentFirst() {
        String ama = "ama-" + UUID.randomUUID() + "@example.org";
        store(named(statement(ama, COMPLETED, uniqueActivity()).build(), "Ama"));
        store(named(statement(ama, COMPLETED, uniqueActivity()).build(), "Ama Mensah"));
        store(named(statement(ama, COMPLETED, uniqueActivity()).build(), "Ama"));
        store(statement(ama, COMPLETED, uniqueActivity()).build());
        assertEquals(List.of("Ama", "Ama Mensah"), agents.namesOf(ifi(ama)));
    }

    @Test
    void nameGivenToTheAgentAsObjectOrInAVoidedStatementIsNotCounted() {
        String ama = "ama-" + UUID.randomUUID() + "@example.org";
        String kofi = "kofi-" + UUID.randomUUID() + "@example.org";
        JsonObject aboutAma = Json.createObjectBuilder(statement(kofi, COMPLETED, uniqueActivity()).build())
                .add("object", Json.createObjectBuilder(agent(ama)).add("name", "Object Ama")).build();
        store(aboutAma);
        UUID voided = store(named(statement(ama, COMPLETED, uniqueActivity()).build(), "Voided Ama"));
        store(statementAbout(kofi, VOIDED, voided).build());
        assertEquals(List.of(), agents.namesOf(ifi(ama)));
    }

    @Test
    void definitionIsTheLatestOneStoredForTheActivity() {
        String activity = uniqueActivity();
        store(withDefinition(statement("ama@example.org", COMPLETED, activity).build(), "First"));
        store(withDefinition(statement("ama@example.org", COMPLETED, activity).build(), "Second"));
        store(statement("ama@example.org", COMPLETED, activity).build());
        assertEquals(Optional.of("Second"), activities.definitionOf(activity)
                .map(definition -> definition.getJsonObject("name").getString("en")));
    }

    @Test
    void definitionsAndNamesFromCredentialsWithoutDefineScopeDoNotCount() {
        String activity = uniqueActivity();
        String ama = "ama-" + UUID.randomUUID() + "@example.org";
        store(withDefinition(named(statement(ama, COMPLETED, activity).build(), "Ama"), "Trusted"));
        store(withDefinition(named(statement(ama, COMPLETED, activity).build(), "Not Ama"), "Untrusted"), false);
        assertEquals(Optional.of("Trusted"), activities.definitionOf(activity)
                .map(definition -> definition.getJsonObject("name").getString("en")));
        assertEquals(List.of("Ama"), agents.namesOf(ifi(ama)));
    }

    @Test
    void unknownActivityHasNoDefinition() {
        String activity = uniqueActivity();
        store(statement("ama@example.org", COMPLETED, activity).build());
        assertEquals(Optional.empty(), activities.definitionOf(activity));
        assertEquals(Optional.empty(), activities.definitionOf(uniqueActivity()));
    }
}
