package org.flourish.lrs.xapi.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.flourish.lrs.xapi.XapiVersion;

/**
 * Mutations of the valid fixtures: validate never throws, and each clearly invalid mutation is reported where it was
 * made. "Anywhere" means any value of the statement except the values of extensions, which may be any JSON.
 */
class StatementMutationProperties {

    private static final String UNKNOWN_KEY = "not an xAPI property!";
    /** One provider for all the building: each Json.createX call would look the provider up again. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final List<StatementFixtures.Fixture> VALID = StatementFixtures.valid();
    private static final JsonValue DEEPLY_NESTED = deeplyNested(3_000);

    /** A value of the statement: its JSON Pointer (to mutate it) and its path as violations name it. */
    private record Location(String pointer, Path path, JsonValue value) {
    }

    @Provide
    Arbitrary<StatementFixtures.Fixture> validFixtures() {
        return Arbitraries.of(VALID);
    }

    @Property(tries = 400)
    void nullInPlaceOfAnyValueIsReportedThere(@ForAll("validFixtures") StatementFixtures.Fixture fixture,
                                              @ForAll @IntRange(min = 0, max = 100_000) int pick) {
        Location location = pick(values(fixture.statement()), pick);

        assertReportedAt(fixture, replace(fixture, location, JsonValue.NULL), location.path());
    }

    @Property(tries = 400)
    void aValueOfTheWrongTypeIsReportedThere(@ForAll("validFixtures") StatementFixtures.Fixture fixture,
                                            @ForAll @IntRange(min = 0, max = 100_000) int pick) {
        Location location = pick(values(fixture.statement()), pick);
        JsonValue wrongType = location.value().getValueType() == JsonValue.ValueType.NUMBER
                ? JSON.createValue("not a number") : JSON.createValue(42);

        assertReportedAt(fixture, replace(fixture, location, wrongType), location.path());
    }

    @Property(tries = 400)
    void anUnknownPropertyOnAnyObjectIsReported(@ForAll("validFixtures") StatementFixtures.Fixture fixture,
                                                @ForAll @IntRange(min = 0, max = 100_000) int pick) {
        List<Location> objects = new ArrayList<>(values(fixture.statement()));
        objects.add(new Location("", Path.root("statement"), fixture.statement()));
        objects.removeIf(location -> !(location.value() instanceof JsonObject));
        Location object = pick(objects, pick);
        JsonStructure mutated = JSON.createPointer(object.pointer() + "/" + escape(UNKNOWN_KEY))
                .add((JsonStructure) fixture.statement(), JSON.createValue("x"));

        assertReportedAt(fixture, mutated, object.path().property(UNKNOWN_KEY));
    }

    @Property(tries = 200)
    void droppingARequiredPropertyIsReportedThere(@ForAll("validFixtures") StatementFixtures.Fixture fixture,
                                                  @ForAll @IntRange(min = 0, max = 100_000) int pick) {
        List<Location> required = new ArrayList<>(values(fixture.statement()));
        required.removeIf(location -> !isRequired(location.pointer(), fixture.statement()));
        Location dropped = pick(required, pick);
        JsonStructure mutated = JSON.createPointer(dropped.pointer()).remove((JsonStructure) fixture.statement());

        assertReportedAt(fixture, mutated, dropped.path());
    }

    /** Required in every statement: actor, verb, object, the verb's id, the id of an Activity or StatementRef. */
    private static boolean isRequired(String pointer, JsonValue statement) {
        if (List.of("/actor", "/verb", "/object", "/verb/id").contains(pointer)) {
            return true;
        }
        String objectType = statement.asJsonObject().getJsonObject("object").getString("objectType", "Activity");
        return pointer.equals("/object/id") && (objectType.equals("Activity") || objectType.equals("StatementRef"));
    }

    @Property(tries = 300)
    void anyStringInPlaceOfAnyValueNeverThrows(@ForAll("validFixtures") StatementFixtures.Fixture fixture,
                                               @ForAll @IntRange(min = 0, max = 100_000) int pick,
                                               @ForAll String text) {
        Location location = pick(values(fixture.statement()), pick);

        validate(fixture, replace(fixture, location, JSON.createValue(text)));
    }

    @Property(tries = 100)
    void deeplyNestedValuesAnywhereAreReportedWithoutOverflowingTheStack(
            @ForAll("validFixtures") StatementFixtures.Fixture fixture,
            @ForAll @IntRange(min = 0, max = 100_000) int pick) {
        Location location = pick(values(fixture.statement()), pick);

        ValidationReport report = validate(fixture, replace(fixture, location, DEEPLY_NESTED));

        String at = location.path().toString();
        assertTrue(report.violations().stream().anyMatch(v -> v.path().equals(at) || v.path().startsWith(at + "[")),
                () -> fixture + ": expected a violation at or within " + at + ", got: " + report.describe());
    }

    @Property(tries = 50)
    void deeplyNestedExtensionValuesAreAccepted(@ForAll("validFixtures") StatementFixtures.Fixture fixture) {
        JsonObject result = JSON.createObjectBuilder()
                .add("extensions", JSON.createObjectBuilder().add("http://example.org/deep", DEEPLY_NESTED))
                .build();
        JsonObject mutated = JSON.createObjectBuilder(fixture.statement().asJsonObject()).add("result", result).build();

        ValidationReport report = validate(fixture, mutated);

        assertTrue(report.conforms(), report::describe);
    }

    @Property(tries = 300)
    void anyJsonWhateverNeverThrows(@ForAll("anyJson") JsonValue value) {
        StatementValidator.forVersion(XapiVersion.V1_0_3).validate(value);
        StatementValidator.forVersion(XapiVersion.V2_0_0).validate(value);
    }

    /** Random JSON, biased toward xAPI property names and values so that it reaches the deeper rules. */
    @Provide
    Arbitrary<JsonValue> anyJson() {
        return json(4);
    }

    private Arbitrary<JsonValue> json(int depth) {
        Arbitrary<JsonValue> leaves = Arbitraries.oneOf(
                Arbitraries.of("Agent", "Group", "Activity", "SubStatement", "StatementRef", "contextAgent",
                        "mailto:a@example.org", "http://example.org/x", "6690e6c9-3ef0-4ed3-8b37-7f3964730bee",
                        "2026-03-01T09:30:00Z", "PT1H", "en-US", "choice", "1.0.0").map(JSON::createValue),
                Arbitraries.strings().ofMaxLength(12).map(JSON::createValue),
                Arbitraries.bigDecimals().map(JSON::createValue),
                Arbitraries.of(JsonValue.NULL, JsonValue.TRUE, JsonValue.FALSE));
        if (depth == 0) {
            return leaves;
        }
        Arbitrary<String> keys = Arbitraries.oneOf(
                Arbitraries.of("actor", "verb", "object", "id", "objectType", "mbox", "account", "homePage", "name",
                        "member", "display", "definition", "interactionType", "choices", "result", "score", "scaled",
                        "context", "contextActivities", "parent", "contextAgents", "agent", "relevantTypes",
                        "statement", "authority", "attachments", "extensions", "timestamp", "version"),
                Arbitraries.strings().ofMaxLength(8));
        Arbitrary<JsonValue> objects = Arbitraries.maps(keys, json(depth - 1)).ofMaxSize(5).map(entries -> {
            JsonObjectBuilder builder = JSON.createObjectBuilder();
            entries.forEach(builder::add);
            return builder.build();
        });
        Arbitrary<JsonValue> arrays = json(depth - 1).list().ofMaxSize(3).map(items -> {
            JsonArrayBuilder builder = JSON.createArrayBuilder();
            items.forEach(builder::add);
            return builder.build();
        });
        return Arbitraries.frequencyOf(
                Tuple.of(2, leaves), Tuple.of(3, objects), Tuple.of(1, arrays));
    }

    private static void assertReportedAt(StatementFixtures.Fixture fixture, JsonValue mutated, Path path) {
        ValidationReport report = validate(fixture, mutated);
        String expected = path.toString();
        assertTrue(report.violations().stream().anyMatch(v -> v.path().equals(expected)),
                () -> fixture + ": expected a violation at " + expected + ", got: " + report.describe());
    }

    private static ValidationReport validate(StatementFixtures.Fixture fixture, JsonValue statement) {
        return StatementValidator.forVersion(fixture.version()).validate(statement);
    }

    private static JsonStructure replace(StatementFixtures.Fixture fixture, Location location, JsonValue value) {
        return JSON.createPointer(location.pointer()).replace((JsonStructure) fixture.statement(), value);
    }

    private static Location pick(List<Location> locations, int pick) {
        return locations.get(pick % locations.size());
    }

    /** Every value below the root, except the values of extensions (and all within them). */
    private static List<Location> values(JsonValue statement) {
        List<Location> locations = new ArrayList<>();
        collect(statement, "", Path.root("statement"), false, locations);
        return locations;
    }

    private static void collect(JsonValue value, String pointer, Path path, boolean isExtensions,
                                List<Location> locations) {
        if (value instanceof JsonObject object && !isExtensions) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String childPointer = pointer + "/" + escape(entry.getKey());
                Path childPath = path.property(entry.getKey());
                locations.add(new Location(childPointer, childPath, entry.getValue()));
                collect(entry.getValue(), childPointer, childPath, entry.getKey().equals("extensions"), locations);
            }
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                String childPointer = pointer + "/" + i;
                locations.add(new Location(childPointer, path.index(i), array.get(i)));
                collect(array.get(i), childPointer, path.index(i), false, locations);
            }
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static JsonValue deeplyNested(int depth) {
        JsonValue nested = JSON.createArrayBuilder().add("bottom").build();
        for (int i = 0; i < depth; i++) {
            nested = JSON.createArrayBuilder().add(nested).build();
        }
        return nested;
    }
}
