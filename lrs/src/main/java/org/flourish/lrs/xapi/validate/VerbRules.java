package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/** The Verb: an IRI id and an optional display language map, nothing else (xAPI-Data 2.4.3). */
final class VerbRules {

    /** The reserved Verb for voiding a Statement (xAPI-Data 2.3.2). */
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static final String ID = "id";
    private static final String DISPLAY = "display";
    private static final Set<String> VERB_PROPERTIES = Set.of(ID, DISPLAY);

    private VerbRules() {
    }

    static void check(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "a Verb", Sections.VERB, out)) {
            return;
        }
        JsonObject verb = (JsonObject) value;
        Properties.allowOnly(verb, VERB_PROPERTIES, path, "a Verb", Sections.VERB, out);
        if (Properties.require(verb, ID, path, Sections.VERB, out)) {
            Values.iri(verb.get(ID), path.property(ID), Sections.VERB, out);
        }
        JsonValue display = verb.get(DISPLAY);
        if (display != null) {
            Values.languageMap(display, path.property(DISPLAY), out);
        }
    }

    /** Whether this verb is the reserved voiding verb. */
    static boolean isVoiding(JsonValue verb) {
        return verb instanceof JsonObject object
                && object.get(ID) instanceof JsonString id
                && VOIDED.equals(id.getString());
    }
}
