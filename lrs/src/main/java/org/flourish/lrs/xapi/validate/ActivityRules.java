package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/** Activities and their definitions (xAPI-Data 2.4.4.1), as object or as context activity. */
final class ActivityRules {

    static final String ACTIVITY = "Activity";

    private static final String ID = "id";
    private static final String DEFINITION = "definition";
    private static final String NAME = "name";
    private static final String DESCRIPTION = "description";
    private static final String TYPE = "type";
    private static final String MORE_INFO = "moreInfo";
    private static final String EXTENSIONS = "extensions";

    private static final Set<String> ACTIVITY_PROPERTIES = Set.of(Properties.OBJECT_TYPE, ID, DEFINITION);
    private static final Set<String> DEFINITION_PROPERTIES = Set.of(NAME, DESCRIPTION, TYPE, MORE_INFO, EXTENSIONS,
            InteractionRules.INTERACTION_TYPE, InteractionRules.CORRECT_RESPONSES_PATTERN, InteractionRules.CHOICES,
            InteractionRules.SCALE, InteractionRules.SOURCE, InteractionRules.TARGET, InteractionRules.STEPS);

    private ActivityRules() {
    }

    /** An Activity: objectType "Activity" when present, an IRI id, an optional definition. */
    static void check(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "an Activity", Sections.ACTIVITY, out)) {
            return;
        }
        JsonObject activity = (JsonObject) value;
        Properties.allowOnly(activity, ACTIVITY_PROPERTIES, path, "an Activity", Sections.ACTIVITY, out);
        Properties.objectTypeIs(activity, ACTIVITY, false, path, Sections.ACTIVITY, out);
        if (Properties.require(activity, ID, path, Sections.ACTIVITY, out)) {
            Values.iri(activity.get(ID), path.property(ID), Sections.ACTIVITY, out);
        }
        JsonValue definition = activity.get(DEFINITION);
        if (definition != null) {
            checkDefinition(definition, path.property(DEFINITION), out);
        }
    }

    private static void checkDefinition(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "an Activity Definition", Sections.ACTIVITY, out)) {
            return;
        }
        JsonObject definition = (JsonObject) value;
        Properties.allowOnly(definition, DEFINITION_PROPERTIES, path, "an Activity Definition", Sections.ACTIVITY,
                out);
        JsonValue name = definition.get(NAME);
        if (name != null) {
            Values.languageMap(name, path.property(NAME), out);
        }
        JsonValue description = definition.get(DESCRIPTION);
        if (description != null) {
            Values.languageMap(description, path.property(DESCRIPTION), out);
        }
        JsonValue type = definition.get(TYPE);
        if (type != null) {
            Values.iri(type, path.property(TYPE), Sections.ACTIVITY, out);
        }
        JsonValue moreInfo = definition.get(MORE_INFO);
        if (moreInfo != null) {
            Values.irl(moreInfo, path.property(MORE_INFO), Sections.ACTIVITY, out);
        }
        JsonValue extensions = definition.get(EXTENSIONS);
        if (extensions != null) {
            Values.extensions(extensions, path.property(EXTENSIONS), out);
        }
        InteractionRules.check(definition, path, out);
    }
}
