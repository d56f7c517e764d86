package org.flourish.lrs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Provider;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.testing.SampleStatements;
import org.flourish.lrs.xapi.XapiVersion;
import org.junit.jupiter.api.Test;

class StatementPreparationTest {

    private static final Credential SCHOOL = new Credential(7, new Provider(3, "Sunrise School",
            URI.create("https://sunrise.example.org"), true, OffsetDateTime.now()), "sunrise-key", "hash",
            Set.of(Scope.ALL), true, OffsetDateTime.now());

    private static JsonObject sample() {
        return SampleStatements.statement("ama@example.org", SampleStatements.COMPLETED, "https://example.org/a")
                .build();
    }

    @Test
    void authorityIsTheProviderIdentifiedByTheCredentialsAccount() {
        JsonObject prepared = StatementPreparation.prepare(sample(), UUID.randomUUID(), SCHOOL, XapiVersion.V2_0_0);
        JsonObject authority = prepared.getJsonObject("authority");
        assertEquals("Sunrise School", authority.getString("name"));
        assertEquals("https://sunrise.example.org", authority.getJsonObject("account").getString("homePage"));
        assertEquals("sunrise-key", authority.getJsonObject("account").getString("name"));
    }

    @Test
    void idAndVersionAreSetAndAClientVersionIsKept() {
        UUID id = UUID.randomUUID();
        JsonObject prepared = StatementPreparation.prepare(sample(), id, SCHOOL, XapiVersion.V1_0_3);
        assertEquals(id.toString(), prepared.getString("id"));
        assertEquals("1.0.3", prepared.getString("version"));
        JsonObject withVersion = Json.createObjectBuilder(sample()).add("version", "1.0.1").build();
        assertEquals("1.0.1", StatementPreparation.prepare(withVersion, id, SCHOOL, XapiVersion.V1_0_3)
                .getString("version"));
    }

    @Test
    void aSingleContextActivityIsStoredAsAnArray() {
        JsonObject statement = Json.createObjectBuilder(sample()).add("context", Json.createObjectBuilder()
                .add("contextActivities", Json.createObjectBuilder()
                        .add("parent", Json.createObjectBuilder().add("id", "https://example.org/course"))
                        .add("category", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("id", "https://example.org/profile"))))).build();
        JsonObject activities = StatementPreparation.prepare(statement, UUID.randomUUID(), SCHOOL, XapiVersion.V1_0_3)
                .getJsonObject("context").getJsonObject("contextActivities");
        assertEquals("https://example.org/course", activities.getJsonArray("parent").getJsonObject(0).getString("id"));
        assertEquals(1, activities.getJsonArray("category").size());
    }

    @Test
    void aStatementWithoutContextGetsNone() {
        JsonObject prepared = StatementPreparation.prepare(sample(), UUID.randomUUID(), SCHOOL, XapiVersion.V2_0_0);
        assertFalse(prepared.containsKey("context"));
    }
}
