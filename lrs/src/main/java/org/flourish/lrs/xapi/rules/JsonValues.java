package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The JSON-P provider, looked up once: {@code Jsons.create...} searches the class path on every call.
 * Both fields are immutable and thread safe.
 */
final class JsonValues {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

    private JsonValues() {
    }

    static JsonObjectBuilder objectBuilder() {
        return BUILDERS.createObjectBuilder();
    }

    static JsonObjectBuilder objectBuilder(JsonObject copyOf) {
        return BUILDERS.createObjectBuilder(copyOf);
    }

    static JsonArrayBuilder arrayBuilder() {
        return BUILDERS.createArrayBuilder();
    }

    static JsonNumber number(BigDecimal value) {
        return PROVIDER.createValue(value);
    }

    static JsonString string(String value) {
        return PROVIDER.createValue(value);
    }

    static JsonProvider provider() {
        return PROVIDER;
    }
}
