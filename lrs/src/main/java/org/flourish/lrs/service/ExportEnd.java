package org.flourish.lrs.service;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.OptionalLong;
import org.flourish.lrs.xapi.Jsons;

/**
 * The last line of a bulk export, {@code {"exportEnd":{"statements":N}}}: a client that does not find it knows the
 * export stopped early (a restart, a lost connection), since an HTTP stream can end cleanly after a failure on the
 * server. An import that meets it checks that the lines before it number N.
 */
public final class ExportEnd {

    static final String KEY = "exportEnd";

    private ExportEnd() {
    }

    public static String line(long statements) {
        return Jsons.createObjectBuilder().add(KEY, Jsons.createObjectBuilder().add("statements", statements))
                .build().toString();
    }

    /** The count an end line states; empty for any other value (a statement has no {@code exportEnd}). */
    static OptionalLong countIn(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT || value.asJsonObject().size() != 1) {
            return OptionalLong.empty();
        }
        JsonValue end = value.asJsonObject().get(KEY);
        if (end == null || end.getValueType() != JsonValue.ValueType.OBJECT) {
            return OptionalLong.empty();
        }
        JsonObject fields = end.asJsonObject();
        return fields.get("statements") instanceof JsonNumber count && count.isIntegral()
                ? OptionalLong.of(count.longValueExact()) : OptionalLong.empty();
    }
}
