package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/** A Statement Reference: objectType "StatementRef" and the UUID of a Statement, nothing else (xAPI-Data 2.4.4.3). */
final class StatementRefRules {

    static final String STATEMENT_REF = "StatementRef";

    private static final String ID = "id";
    private static final Set<String> REF_PROPERTIES = Set.of(Properties.OBJECT_TYPE, ID);

    private StatementRefRules() {
    }

    static void check(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "a Statement Reference", Sections.STATEMENT_REF, out)) {
            return;
        }
        JsonObject ref = (JsonObject) value;
        Properties.allowOnly(ref, REF_PROPERTIES, path, "a Statement Reference", Sections.STATEMENT_REF, out);
        Properties.objectTypeIs(ref, STATEMENT_REF, true, path, Sections.STATEMENT_REF, out);
        if (Properties.require(ref, ID, path, Sections.STATEMENT_REF, out)) {
            Values.uuid(ref.get(ID), path.property(ID), Sections.STATEMENT_REF, out);
        }
    }
}
