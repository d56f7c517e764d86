package org.flourish.lrs.xapi.rules;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the JSON fixtures under {@code src/test/resources/xapi/rules}. */
final class Fixtures {

    private static final String ROOT = "/xapi/rules/";

    private Fixtures() {
    }

    static JsonObject object(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + ROOT + path);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonArray array(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + ROOT + path);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject statement(String name) {
        return object("statements/" + name + ".json");
    }

    /**
     * A comparison case: a base statement and two JSON Patches (RFC 6902), one giving the stored statement and one
     * the received one, so each case file shows exactly the difference it is about.
     */
    record Pair(JsonObject stored, JsonObject received) {

        static Pair of(String caseName) {
            JsonObject fixture = object("equivalence/" + caseName + ".json");
            JsonObject base = object(fixture.getString("base"));
            return new Pair(patched(base, fixture.getJsonArray("stored")),
                    patched(base, fixture.getJsonArray("received")));
        }

        private static JsonObject patched(JsonObject base, JsonArray operations) {
            return Json.createPatch(operations).apply(base);
        }
    }
}
