package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * The 2.0.0 context lists of Agents and Groups with the roles they played: {@code contextAgents} holds Context Agent
 * objects (objectType "contextAgent", an {@code agent}), {@code contextGroups} Context Group objects (objectType
 * "contextGroup", a {@code group}); each may give {@code relevantTypes}, a non-empty array of IRIs.
 */
enum ContextActorRules {

    AGENTS("contextAgent", "agent", "a Context Agent", Sections.CONTEXT_AGENTS),
    GROUPS("contextGroup", "group", "a Context Group", Sections.CONTEXT_GROUPS);

    private static final String RELEVANT_TYPES = "relevantTypes";

    private final String objectType;
    private final String actorKey;
    private final String what;
    private final String section;
    private final Set<String> properties;

    ContextActorRules(String objectType, String actorKey, String what, String section) {
        this.objectType = objectType;
        this.actorKey = actorKey;
        this.what = what;
        this.section = section;
        this.properties = Set.of(Properties.OBJECT_TYPE, actorKey, RELEVANT_TYPES);
    }

    void check(JsonValue value, Path path, Violations out) {
        if (!Values.isArray(value, path, "an array of " + what + " objects", section, out)) {
            return;
        }
        JsonArray entries = (JsonArray) value;
        for (int i = 0; i < entries.size(); i++) {
            checkEntry(entries.get(i), path.index(i), out);
        }
    }

    private void checkEntry(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, what, section, out)) {
            return;
        }
        JsonObject entry = (JsonObject) value;
        Properties.allowOnly(entry, properties, path, what, section, out);
        Properties.objectTypeIs(entry, objectType, true, path, section, out);
        if (Properties.require(entry, actorKey, path, section, out)) {
            if (this == AGENTS) {
                ActorRules.checkAgent(entry.get(actorKey), path.property(actorKey), out);
            } else {
                ActorRules.checkGroup(entry.get(actorKey), path.property(actorKey), out);
            }
        }
        JsonValue relevantTypes = entry.get(RELEVANT_TYPES);
        if (relevantTypes != null) {
            checkRelevantTypes(relevantTypes, path.property(RELEVANT_TYPES), out);
        }
    }

    private void checkRelevantTypes(JsonValue value, Path path, Violations out) {
        if (!Values.isArray(value, path, "an array of IRIs", section, out)) {
            return;
        }
        JsonArray types = (JsonArray) value;
        if (types.isEmpty()) {
            out.add(path, "must not be empty when present", section);
        }
        for (int i = 0; i < types.size(); i++) {
            Values.iri(types.get(i), path.index(i), section, out);
        }
    }
}
