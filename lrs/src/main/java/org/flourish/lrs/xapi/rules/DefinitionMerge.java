package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.flourish.lrs.xapi.Jsons;

/**
 * The canonical definition of an Activity, merged from the definitions stored statements carried (xAPI-Data 2.4.4.1:
 * the LRS decides the canonical version; providers may each describe an Activity in part). Every provider's definition
 * is trusted alike, and the most recent wins, property by property: a newer {@code type} replaces an older one, while
 * language maps ({@code name}, {@code description}) and {@code extensions} are merged key by key, so one provider's
 * French name does not erase another's English one.
 */
public final class DefinitionMerge {

    private static final Set<String> MERGED_BY_KEY = Set.of("name", "description", "extensions");

    private DefinitionMerge() {
    }

    /** {@code newestFirst}: definitions in the order the statements were stored, the most recent first. */
    public static JsonObject merge(List<JsonObject> newestFirst) {
        JsonObject result = JsonValue.EMPTY_JSON_OBJECT;
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            result = over(result, newestFirst.get(i));
        }
        return result;
    }

    /** {@code newer} laid over {@code older}. */
    private static JsonObject over(JsonObject older, JsonObject newer) {
        JsonObjectBuilder result = Jsons.createObjectBuilder(older);
        newer.forEach((property, value) -> {
            JsonValue previous = older.get(property);
            if (MERGED_BY_KEY.contains(property) && previous instanceof JsonObject before
                    && value instanceof JsonObject after) {
                JsonObjectBuilder keys = Jsons.createObjectBuilder(before);
                after.forEach(keys::add);
                result.add(property, keys);
            } else {
                result.add(property, value);
            }
        });
        return result.build();
    }
}
