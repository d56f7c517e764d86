package org.flourish.lrs.xapi.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.flourish.lrs.xapi.XapiVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StatementValidatorTest {

    private static final String MINIMAL = "{\"actor\":{\"mbox\":\"mailto:amina@example.org\"},"
            + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},"
            + "\"object\":{\"id\":\"https://flourish.example.org/activities/radio-lesson-12\"}}";

    private final StatementValidator validator = StatementValidator.forVersion(XapiVersion.V1_0_3);

    @Test
    void aViolationSaysWhereWhatIsWrongAndCitesTheSection() {
        JsonObject statement = Json.createObjectBuilder(parse(MINIMAL))
                .add("actor", Json.createObjectBuilder().add("mbox", "amina@example.org")).build();

        List<Violation> violations = validator.validate(statement).violations();

        assertEquals(List.of(new Violation("statement.actor.mbox",
                "must be a mailto: IRI (\"mailto:\" followed by an email address) (xAPI-Data 2.4.2.3)")), violations);
    }

    @Test
    void theRootPathNamesTheStatementWithinABatch() {
        JsonObject statement = Json.createObjectBuilder(parse(MINIMAL)).remove("verb").build();

        ValidationReport report = validator.validate(statement, "statements[3]");

        assertEquals("statements[3].verb: is required (xAPI-Data 2.4)", report.describe());
    }

    @Test
    void everyViolationIsCollectedNotOnlyTheFirst() {
        JsonObject statement = Json.createObjectBuilder(parse(MINIMAL))
                .add("id", "not-a-uuid")
                .add("verb", Json.createObjectBuilder().add("id", "experienced"))
                .add("timestamp", "yesterday")
                .add("mood", "happy")
                .build();

        ValidationReport report = validator.validate(statement);

        assertEquals(List.of("statement.mood", "statement.id", "statement.verb.id", "statement.timestamp"),
                report.violations().stream().map(Violation::path).toList());
    }

    @Test
    void aMinimalStatementConformsUnderBothVersions() {
        for (XapiVersion version : XapiVersion.values()) {
            assertTrue(StatementValidator.forVersion(version).validate(parse(MINIMAL)).conforms(), version.full());
        }
    }

    @Test
    void aValidatorKeepsNoStateBetweenStatements() {
        validator.validate(JsonValue.NULL);

        assertTrue(validator.validate(parse(MINIMAL)).conforms());
    }

    static Stream<JsonValue> valuesThatAreNotStatements() {
        return Stream.of(JsonValue.NULL, JsonValue.TRUE, JsonValue.FALSE, Json.createValue(42), Json.createValue("{}"),
                JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT, null);
    }

    @ParameterizedTest
    @MethodSource("valuesThatAreNotStatements")
    void anyJsonValueIsReportedRatherThanThrown(JsonValue value) {
        ValidationReport report = validator.validate(value);

        assertFalse(report.conforms());
        assertTrue(report.violations().get(0).path().startsWith("statement"));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
