package org.flourish.lrs.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Generated damage to a valid statement: at one random place in its tree a value is replaced by null, a number, a
 * string, an empty object or an array, a property is dropped, or an unknown property is added. Each mutant gets a
 * fresh id first, so a test can check that a refused one was not stored.
 */
public final class StatementMutations {

    /** A mutant and the id it was given before it was damaged. */
    public record Mutant(UUID id, JsonValue statement) {
    }

    private static final JsonValue[] REPLACEMENTS = {
        JsonValue.NULL, Json.createValue(42), Json.createValue("not what was expected"), JsonValue.EMPTY_JSON_OBJECT,
        JsonValue.EMPTY_JSON_ARRAY, JsonValue.TRUE, Json.createValue(-1.5e300)
    };

    private StatementMutations() {
    }

    public static List<Mutant> of(JsonObject valid, Random random, int count) {
        List<Mutant> mutants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            JsonObject withId = Json.createObjectBuilder(valid).add("id", id.toString()).build();
            mutants.add(new Mutant(id, mutate(withId, random)));
        }
        return mutants;
    }

    private static JsonValue mutate(JsonValue value, Random random) {
        boolean descend = random.nextInt(3) > 0;
        return switch (value.getValueType()) {
            case OBJECT -> mutateObject(value.asJsonObject(), random, descend);
            case ARRAY -> mutateArray(value.asJsonArray(), random, descend);
            default -> REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
        };
    }

    private static JsonValue mutateObject(JsonObject object, Random random, boolean descend) {
        List<String> keys = new ArrayList<>(object.keySet());
        if (keys.isEmpty() || !descend) {
            return switch (random.nextInt(3)) {
                case 0 -> Json.createObjectBuilder(object).add("unknownProperty" + random.nextInt(100), "x").build();
                case 1 -> keys.isEmpty() ? JsonValue.NULL
                        : Json.createObjectBuilder(object).remove(keys.get(random.nextInt(keys.size()))).build();
                default -> REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
            };
        }
        String key = keys.get(random.nextInt(keys.size()));
        JsonObjectBuilder builder = Json.createObjectBuilder(object);
        builder.add(key, mutate(object.get(key), random));
        return builder.build();
    }

    private static JsonValue mutateArray(JsonArray array, Random random, boolean descend) {
        if (array.isEmpty() || !descend) {
            return REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
        }
        int index = random.nextInt(array.size());
        JsonArrayBuilder builder = Json.createArrayBuilder();
        for (int i = 0; i < array.size(); i++) {
            builder.add(i == index ? mutate(array.get(i), random) : array.get(i));
        }
        return builder.build();
    }
}
