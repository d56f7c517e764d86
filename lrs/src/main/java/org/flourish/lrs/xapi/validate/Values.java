package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import org.flourish.lrs.xapi.validate.format.DurationFormat;
import org.flourish.lrs.xapi.validate.format.IriFormat;
import org.flourish.lrs.xapi.validate.format.LanguageTagFormat;
import org.flourish.lrs.xapi.validate.format.TimestampFormat;
import org.flourish.lrs.xapi.validate.format.UuidFormat;

/**
 * Checks of one JSON value against an xAPI value type (string, IRI, UUID, language map...). Each reports what is wrong
 * and returns whether the value passed, so callers can skip rules that need a well-typed value. {@code null} is never
 * a valid value of these types: an explicit JSON null is rejected like any other wrong type.
 */
final class Values {

    private static final int SHOWN_LENGTH = 40;

    private Values() {
    }

    /** Names the JSON type of a value for a message: "null", "a number"... */
    static String describe(JsonValue value) {
        if (value == null) {
            // Only a hand-made JsonObject or JsonArray can hold a Java null; it means null all the same.
            return "null";
        }
        switch (value.getValueType()) {
            case NULL: return "null";
            case TRUE: case FALSE: return "a boolean";
            case NUMBER: return "a number";
            case STRING: return "a string";
            case ARRAY: return "an array";
            default: return "an object";
        }
    }

    /** Shows a value in a message: strings quoted (shortened), numbers as written, other values by their type. */
    static String show(JsonValue value) {
        if (value instanceof JsonString text) {
            String content = text.getString();
            boolean shortened = content.length() > SHOWN_LENGTH;
            return "\"" + (shortened ? content.substring(0, SHOWN_LENGTH) + "..." : content) + "\"";
        }
        return value instanceof JsonNumber ? value.toString() : describe(value);
    }

    static boolean isObject(JsonValue value, Path path, String what, String section, Violations out) {
        if (value instanceof JsonObject) {
            return true;
        }
        out.add(path, "must be " + what + " (a JSON object), not " + describe(value), section);
        return false;
    }

    static boolean isArray(JsonValue value, Path path, String what, String section, Violations out) {
        if (value instanceof JsonArray) {
            return true;
        }
        out.add(path, "must be " + what + " (a JSON array), not " + describe(value), section);
        return false;
    }

    static boolean string(JsonValue value, Path path, String section, Violations out) {
        if (value instanceof JsonString) {
            return true;
        }
        out.add(path, "must be a string, not " + describe(value), section);
        return false;
    }

    static void bool(JsonValue value, Path path, String section, Violations out) {
        JsonValue.ValueType type = value == null ? JsonValue.ValueType.NULL : value.getValueType();
        if (type != JsonValue.ValueType.TRUE && type != JsonValue.ValueType.FALSE) {
            out.add(path, "must be a boolean, not " + describe(value), section);
        }
    }

    static boolean number(JsonValue value, Path path, String section, Violations out) {
        if (value instanceof JsonNumber) {
            return true;
        }
        out.add(path, "must be a number, not " + describe(value), section);
        return false;
    }

    static void iri(JsonValue value, Path path, String section, Violations out) {
        if (string(value, path, section, out) && !IriFormat.isIri(((JsonString) value).getString())) {
            out.add(path, "must be an absolute IRI, with a scheme", Sections.both(section, Sections.IRI));
        }
    }

    static void irl(JsonValue value, Path path, String section, Violations out) {
        if (string(value, path, section, out) && !IriFormat.isIrl(((JsonString) value).getString())) {
            out.add(path, "must be an IRL: an absolute IRI, with a scheme", Sections.both(section, Sections.IRI));
        }
    }

    static void uuid(JsonValue value, Path path, String section, Violations out) {
        if (string(value, path, section, out) && !UuidFormat.isValid(((JsonString) value).getString())) {
            out.add(path, "must be a UUID in standard form, 8-4-4-4-12 hex digits",
                    Sections.both(section, Sections.UUID));
        }
    }

    static void languageTag(JsonValue value, Path path, String section, Violations out) {
        if (string(value, path, section, out) && !LanguageTagFormat.isValid(((JsonString) value).getString())) {
            out.add(path, "must be an RFC 5646 language tag", section);
        }
    }

    static void timestamp(JsonValue value, TimestampFormat.OffsetRule offsetRule, Path path, String section,
                          Violations out) {
        if (string(value, path, section, out)
                && !TimestampFormat.isValid(((JsonString) value).getString(), offsetRule)) {
            String form = offsetRule == TimestampFormat.OffsetRule.MUST_INCLUDE
                    ? "an RFC 3339 date-time with a time zone offset (Z or +hh:mm; -00:00 is not allowed)"
                    : "an ISO 8601 date-time in the RFC 3339 profile (YYYY-MM-DDThh:mm:ss[.s][Z|+hh:mm], not -00:00)";
            out.add(path, "must be " + form, Sections.both(section, Sections.TIMESTAMPS));
        }
    }

    static void duration(JsonValue value, Path path, String section, Violations out) {
        if (string(value, path, section, out) && !DurationFormat.isValid(((JsonString) value).getString())) {
            out.add(path, "must be an ISO 8601 duration such as PT1H30M or P4W",
                    Sections.both(section, Sections.DURATIONS));
        }
    }

    /** A language map: keys are RFC 5646 language tags, values strings (xAPI-Data 4.2). */
    static void languageMap(JsonValue value, Path path, Violations out) {
        if (!isObject(value, path, "a language map", Sections.LANGUAGE_MAP, out)) {
            return;
        }
        for (Map.Entry<String, JsonValue> entry : ((JsonObject) value).entrySet()) {
            Path entryPath = path.property(entry.getKey());
            if (!LanguageTagFormat.isValid(entry.getKey())) {
                out.add(entryPath, "is not an RFC 5646 language tag, so cannot be a language map key",
                        Sections.LANGUAGE_MAP);
            }
            string(entry.getValue(), entryPath, Sections.LANGUAGE_MAP, out);
        }
    }

    /** Extensions: keys MUST be IRIs; the LRS MUST NOT reject a Statement for the values (xAPI-Data 4.1). */
    static void extensions(JsonValue value, Path path, Violations out) {
        if (!isObject(value, path, "an extensions map", Sections.EXTENSIONS, out)) {
            return;
        }
        for (String key : ((JsonObject) value).keySet()) {
            if (!IriFormat.isIri(key)) {
                out.add(path.property(key), "is not an absolute IRI, so cannot be an extension key",
                        Sections.EXTENSIONS);
            }
        }
    }
}
