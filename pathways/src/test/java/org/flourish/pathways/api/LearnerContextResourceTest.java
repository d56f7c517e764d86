package org.flourish.pathways.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;

import org.flourish.pathways.testing.SampleEngine;
import org.flourish.pathways.testing.Statements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stating a learner's context through the API: kept, given back as stated, used by the recommender, validated. */
class LearnerContextResourceTest {

    private static final String NEWCOMER = "mbox:mailto:newcomer@example.org";
    private static final String CONTEXT = """
            {"languages": ["wo", "fr"], "birthDate": "2017-03-01",
             "location": {"latitude": 14.7962, "longitude": -16.9301},
             "maxTravelKm": 2.5, "maxCostPerMonth": 0, "modalities": ["in-person", "offline", "radio"],
             "availability": [{"weekdays": ["wednesday", "saturday"], "startTime": "15:00", "endTime": "18:00"},
                              {"weekdays": ["sunday"]}],
             "hasMaterials": false, "accessibilityNeeds": ["wheelchair-accessible"]}""";

    private final SampleEngine engine = new SampleEngine();
    private final Api api = new Api(engine);

    @BeforeEach
    void assignAwa() {
        api.assignments(Api.COORDINATOR).assign(NEWCOMER, Api.AWA);
        api.assignments(Api.COORDINATOR).assign(Statements.NDEYE, Api.AWA);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new java.io.StringReader(text)).readObject();
    }

    @Test
    void statedContextIsGivenBackAsStated() {
        JsonObject stored = api.context(Api.AWA).replace(NEWCOMER, CONTEXT);
        JsonObject read = api.context(Api.AWA).context(NEWCOMER);
        assertEquals(stored, read);
        assertEquals("2017-03-01", read.getString("birthDate"));
        assertFalse(read.containsKey("age"));
        assertEquals(2, read.getJsonArray("availability").size());
        assertEquals(json(CONTEXT).getJsonArray("modalities").stream().map(v -> ((JsonString) v).getString())
                .sorted().toList(), read.getJsonArray("modalities").stream().map(v -> ((JsonString) v).getString())
                .sorted().toList());
        assertFalse(read.getBoolean("hasMaterials"));
    }

    @Test
    void learnerUnknownUntilTheirContextIsStatedThenGetsRecommendationsThatRespectIt() {
        assertThrows(NotFoundException.class, () -> api.learners(Api.AWA).recommendations(NEWCOMER, 20));
        assertThrows(NotFoundException.class, () -> api.context(Api.AWA).context(NEWCOMER));
        api.context(Api.AWA).replace(NEWCOMER, CONTEXT);
        JsonObject recommendations = api.learners(Api.AWA).recommendations(NEWCOMER, 50);
        assertFalse(recommendations.getJsonArray("recommendations").isEmpty(), recommendations::toString);
        for (JsonObject item : recommendations.getJsonArray("recommendations").getValuesAs(JsonObject.class)) {
            assertTrue(item.getJsonObject("explanation").getJsonArray("constraints").getValuesAs(JsonObject.class)
                    .stream().allMatch(check -> check.getBoolean("satisfied")), item::toString);
        }
    }

    @Test
    void contextStatedThroughTheApiReplacesTheSampleOne() {
        assertEquals(6, api.context(Api.AWA).context(Statements.NDEYE).getInt("age"));
        api.context(Api.AWA).replace(Statements.NDEYE, CONTEXT.replace("\"birthDate\": \"2017-03-01\"", "\"age\": 7"));
        assertEquals(7, api.context(Api.AWA).context(Statements.NDEYE).getInt("age"));
        api.context(Api.AWA).replace(Statements.NDEYE, CONTEXT);
        JsonObject again = api.context(Api.AWA).context(Statements.NDEYE);
        assertFalse(again.containsKey("age"), "the second PUT replaced the first whole");
    }

    @Test
    void learnerReachedOnlyByRadioAndOfflineMaterialsIsRecommendedNothingElse() {
        api.context(Api.AWA).replace(NEWCOMER, """
                {"languages": ["fr", "wo"], "age": 10, "maxTravelKm": 0, "maxCostPerMonth": 0,
                 "modalities": ["offline", "radio"]}""");
        JsonObject recommendations = api.learners(Api.AWA).recommendations(NEWCOMER, 50);
        assertFalse(recommendations.getJsonArray("recommendations").isEmpty(), recommendations::toString);
        assertTrue(recommendations.getJsonArray("recommendations").getValuesAs(JsonObject.class).stream()
                .allMatch(item -> item.getJsonObject("explanation").getJsonArray("constraints")
                        .getValuesAs(JsonObject.class).stream()
                        .filter(check -> check.getString("constraint").equals("modality"))
                        .allMatch(check -> check.getString("reason").matches("(?i).*\\b(offline|radio)\\b.*"))),
                recommendations::toString);
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"languages\": [], \"age\": 9, \"maxTravelKm\": 1, \"maxCostPerMonth\": 0}|languages:",
        "{\"languages\": [\"not a tag\"], \"age\": 9, \"maxTravelKm\": 1, \"maxCostPerMonth\": 0}|languages:",
        "{\"languages\": [\"wo\"], \"maxTravelKm\": 1, \"maxCostPerMonth\": 0}|age:",
        "{\"languages\": [\"wo\"], \"age\": 9, \"birthDate\": \"2017-01-01\", \"maxTravelKm\": 1, \"maxCostPerMonth\": 0}|age:",
        "{\"languages\": [\"wo\"], \"age\": 9.5, \"maxTravelKm\": 1, \"maxCostPerMonth\": 0}|age:",
        "{\"languages\": [\"wo\"], \"birthDate\": \"2999-01-01\", \"maxTravelKm\": 1, \"maxCostPerMonth\": 0}|birthDate:",
        "{\"languages\": [\"wo\"], \"birthDate\": \"1st May\", \"maxTravelKm\": 1, \"maxCostPerMonth\": 0}|birthDate:",
        "{\"languages\": [\"wo\"], \"age\": 9, \"maxTravelKm\": -1, \"maxCostPerMonth\": 0}|maxTravelKm:",
        "{\"languages\": [\"wo\"], \"age\": 9, \"maxCostPerMonth\": 0}|maxTravelKm:",
        "{\"languages\": [\"wo\"], \"age\": 9, \"maxTravelKm\": 1, \"maxCostPerMonth\": \"free\"}|maxCostPerMonth:",
        "{\"languages\": [\"wo\"], \"age\": 9, \"maxTravelKm\": 1, \"maxCostPerMonth\": 0, \"location\": {\"latitude\": 95, \"longitude\": 0}}|location.latitude:",
        "{\"languages\": [\"wo\"], \"age\": 9, \"maxTravelKm\": 1, \"maxCostPerMonth\": 0, \"modalities\": [\"television\"]}|modalities:",
        "{\"languages\": [\"wo\"], \"age\": 9, \"maxTravelKm\": 1, \"maxCostPerMonth\": 0, \"availability\": [{\"weekdays\": [\"funday\"]}]}|availability[0].weekdays:",
        "{\"languages\": [\"wo\"], \"age\": 9, \"maxTravelKm\": 1, \"maxCostPerMonth\": 0, \"availability\": [{\"weekdays\": [\"monday\"], \"startTime\": \"18:00\", \"endTime\": \"15:00\"}]}|availability[0].endTime:",
        "{\"languages\": [\"wo\"], \"age\": 9, \"maxTravelKm\": 1, \"maxCostPerMonth\": 0, \"availability\": [{\"weekdays\": [\"monday\"], \"startTime\": \"15:00\"}]}|availability[0]:",
        "{\"languages\": [\"wo\"], \"age\": 9, \"maxTravelKm\": 1, \"maxCostPerMonth\": 0, \"hasMaterials\": \"yes\"}|hasMaterials:",
        "{\"languages\": [\"wo\"], \"age\": 9, \"maxTravelKm\": 1, \"maxCostPerMonth\": 0, \"accessibilityNeeds\": [\"ramp\"]}|accessibilityNeeds:",
        "{\"languages\": [\"wo\"], \"age\": 9, \"maxTravelKm\": 1, \"maxCostPerMonth\": 0, \"maxTravelKM\": 3}|maxTravelKM:",
        "[1, 2]|the body:",
        "not json|the body is not JSON"})
    void invalidContextIsRefusedWithAMessageNamingTheField(String body, String field) {
        BadRequestException refused = assertThrows(BadRequestException.class,
                () -> api.context(Api.AWA).replace(NEWCOMER, body));
        assertTrue(refused.getMessage().startsWith(field), refused.getMessage());
        assertThrows(NotFoundException.class, () -> api.context(Api.AWA).context(NEWCOMER), "nothing was kept");
    }

    @Test
    void aLearnerKnownOnlyByOpenIdCannotHaveAContextKept() {
        String openid = "openid:https://id.example.org/ada";
        api.assignments(Api.COORDINATOR).assign(openid, Api.AWA);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> api.context(Api.AWA).replace(openid, CONTEXT));
        assertTrue(refused.getMessage().startsWith("key:"), refused.getMessage());
    }
}
