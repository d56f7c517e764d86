package org.flourish.lrs.xapi.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.flourish.lrs.xapi.Jsons;

/**
 * Reads one JSON value within {@link JsonLimits}, refusing duplicate property names (RFC 8259 4: names "SHOULD be
 * unique", and a statement whose meaning depends on which duplicate wins is not one to store). Every refusal is a
 * {@link MalformedJsonException} whose message, a verb phrase ("is not valid JSON (line 1, column 9)"), names the first
 * problem and where it is, for the caller to put after what was read ("the body ...").
 */
public final class BoundedJsonReader {

    private static final int EXCERPT_CHARS = 40;

    private final JsonLimits limits;

    public BoundedJsonReader(JsonLimits limits) {
        this.limits = limits;
    }

    /** A reader with the {@link JsonLimits#DEFAULT default limits}. */
    public static BoundedJsonReader standard() {
        return new BoundedJsonReader(JsonLimits.DEFAULT);
    }

    /** The JSON value of UTF-8 bytes. */
    public JsonValue read(byte[] utf8) {
        return read(StrictUtf8.decode(utf8));
    }

    /** The JSON value of the text, which must hold exactly one. */
    public JsonValue read(String text) {
        if (text.isBlank()) {
            throw new MalformedJsonException("is empty, not a JSON value");
        }
        try (JsonParser parser = Jsons.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new MalformedJsonException("is empty, not a JSON value");
            }
            JsonValue value = value(parser, parser.next(), 0);
            if (parser.hasNext()) {
                throw new MalformedJsonException("has more after the JSON value" + at(parser.getLocation()));
            }
            return value;
        } catch (JsonParsingException e) {
            throw new MalformedJsonException("is not valid JSON" + at(e.getLocation()));
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw new MalformedJsonException("is not valid JSON");
        }
    }

    private JsonValue value(JsonParser parser, Event event, int depth) {
        return switch (event) {
            case START_OBJECT -> object(parser, depth + 1);
            case START_ARRAY -> array(parser, depth + 1);
            case VALUE_STRING -> Jsons.createValue(string(parser, parser.getString()));
            case VALUE_NUMBER -> number(parser);
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new MalformedJsonException("is not valid JSON" + at(parser.getLocation()));
        };
    }

    private JsonObject object(JsonParser parser, int depth) {
        requireDepth(parser, depth);
        JsonObjectBuilder object = Jsons.createObjectBuilder();
        Set<String> names = new HashSet<>();
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String name = string(parser, parser.getString());
            if (!names.add(name)) {
                throw new MalformedJsonException("has property \"" + excerpt(name) + "\" twice in one object"
                        + at(parser.getLocation()));
            }
            object.add(name, value(parser, parser.next(), depth));
        }
        return object.build();
    }

    private JsonArray array(JsonParser parser, int depth) {
        requireDepth(parser, depth);
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            array.add(value(parser, event, depth));
        }
        return array.build();
    }

    private void requireDepth(JsonParser parser, int depth) {
        if (depth > limits.maxDepth()) {
            throw new MalformedJsonException("nests arrays and objects deeper than " + limits.maxDepth()
                    + at(parser.getLocation()));
        }
    }

    private String string(JsonParser parser, String text) {
        if (text.length() > limits.maxStringChars()) {
            throw new MalformedJsonException("has a string longer than " + limits.maxStringChars() + " characters"
                    + at(parser.getLocation()));
        }
        return text;
    }

    /** The number's text is checked before the parser makes a number of it: a huge one is costly to make. */
    private JsonValue number(JsonParser parser) {
        String text = parser.getString();
        if (text.length() > limits.maxNumberChars()) {
            throw new MalformedJsonException("has a number longer than " + limits.maxNumberChars() + " characters"
                    + at(parser.getLocation()));
        }
        if (exponentTooLarge(text)) {
            throw new MalformedJsonException("has a number whose exponent is beyond " + limits.maxExponent()
                    + at(parser.getLocation()));
        }
        return parser.getValue();
    }

    private boolean exponentTooLarge(String number) {
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        if (e < 0) {
            return false;
        }
        String digits = number.substring(e + 1).replaceFirst("^[+-]", "").replaceFirst("^0+", "");
        return digits.length() > 9 || (!digits.isEmpty() && Integer.parseInt(digits) > limits.maxExponent());
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNumber() + ", column "
                + location.getColumnNumber() + ")";
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "...";
    }
}
