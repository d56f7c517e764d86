package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The object of a Statement other than a SubStatement (xAPI-Data 2.4.4): its objectType, "Activity" when absent,
 * chooses the rules. An Agent or Group as object MUST state its objectType (xAPI-Data 2.4.4.2).
 */
final class ObjectRules {

    private ObjectRules() {
    }

    static void check(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "an Activity, Agent, Group, StatementRef or SubStatement",
                Sections.OBJECT, out)) {
            return;
        }
        JsonObject object = (JsonObject) value;
        JsonValue type = object.get(Properties.OBJECT_TYPE);
        String objectType = type == null ? ActivityRules.ACTIVITY : Properties.objectTypeOf(object);
        switch (objectType) {
            case ActivityRules.ACTIVITY:
                ActivityRules.check(object, path, out);
                break;
            case ActorRules.AGENT:
                ActorRules.checkAgent(object, path, out);
                break;
            case ActorRules.GROUP:
                ActorRules.checkGroup(object, path, out);
                break;
            case StatementRefRules.STATEMENT_REF:
                StatementRefRules.check(object, path, out);
                break;
            default:
                out.add(path.property(Properties.OBJECT_TYPE), "must be one of Activity, Agent, Group, StatementRef, "
                        + "SubStatement (case-sensitive), not " + Values.show(type), Sections.OBJECT);
        }
    }

    /**
     * Whether the object is known not to be an Activity: its objectType names another kind of object. An object whose
     * kind cannot be told (missing, malformed) is reported on its own and not held against the context as well.
     */
    static boolean isOtherThanActivity(JsonValue object) {
        if (!(object instanceof JsonObject target)) {
            return false;
        }
        String type = Properties.objectTypeOf(target);
        return type.equals(ActorRules.AGENT) || type.equals(ActorRules.GROUP)
                || type.equals(StatementRefRules.STATEMENT_REF) || type.equals(StatementRules.SUBSTATEMENT);
    }
}
