package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/** Property rules every xAPI object shares: no unknown properties, required ones present, a fixed objectType. */
final class Properties {

    static final String OBJECT_TYPE = "objectType";

    private Properties() {
    }

    /** The LRS MUST reject a Statement with properties the spec does not define, at any level (xAPI-About 3.0). */
    static void allowOnly(JsonObject object, Set<String> allowed, Path path, String what, String section,
                          Violations out) {
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                out.add(path.property(key), "is not a property of " + what, section);
            }
        }
    }

    /** Reports a missing required property; true when it is present (its value is checked by the caller). */
    static boolean require(JsonObject object, String key, Path path, String section, Violations out) {
        if (object.get(key) != null) {
            return true;
        }
        out.add(path.property(key), "is required", section);
        return false;
    }

    /** The objectType, when present, is exactly {@code expected}: values are case-sensitive. */
    static void objectTypeIs(JsonObject object, String expected, boolean required, Path path, String section,
                             Violations out) {
        JsonValue type = object.get(OBJECT_TYPE);
        if (type == null) {
            if (required) {
                out.add(path.property(OBJECT_TYPE), "is required and must be \"" + expected + "\"", section);
            }
            return;
        }
        if (!(type instanceof JsonString text) || !expected.equals(text.getString())) {
            out.add(path.property(OBJECT_TYPE), "must be \"" + expected + "\" (case-sensitive), not "
                    + Values.show(type), section);
        }
    }

    /** The objectType as a string when it is one; empty string when absent or not a string. */
    static String objectTypeOf(JsonObject object) {
        return object.get(OBJECT_TYPE) instanceof JsonString text ? text.getString() : "";
    }
}
