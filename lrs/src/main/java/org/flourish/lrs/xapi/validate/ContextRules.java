package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import org.flourish.lrs.xapi.XapiVersion;

/** The Context (xAPI-Data 2.4.6); under 2.0.0 it may also carry contextAgents and contextGroups. */
final class ContextRules {

    private static final String REGISTRATION = "registration";
    private static final String INSTRUCTOR = "instructor";
    private static final String TEAM = "team";
    private static final String CONTEXT_ACTIVITIES = "contextActivities";
    private static final String REVISION = "revision";
    private static final String PLATFORM = "platform";
    private static final String LANGUAGE = "language";
    private static final String STATEMENT = "statement";
    private static final String EXTENSIONS = "extensions";
    private static final String CONTEXT_AGENTS = "contextAgents";
    private static final String CONTEXT_GROUPS = "contextGroups";

    private static final Set<String> CONTEXT_1_0_PROPERTIES = Set.of(REGISTRATION, INSTRUCTOR, TEAM,
            CONTEXT_ACTIVITIES, REVISION, PLATFORM, LANGUAGE, STATEMENT, EXTENSIONS);
    private static final Set<String> CONTEXT_2_0_PROPERTIES = Set.of(REGISTRATION, INSTRUCTOR, TEAM,
            CONTEXT_ACTIVITIES, REVISION, PLATFORM, LANGUAGE, STATEMENT, EXTENSIONS, CONTEXT_AGENTS, CONTEXT_GROUPS);
    private static final Set<String> CONTEXT_TYPES = Set.of("parent", "grouping", "category", "other");

    private final XapiVersion version;
    private final Set<String> allowed;

    ContextRules(XapiVersion version) {
        this.version = version;
        this.allowed = version.isAtLeast2() ? CONTEXT_2_0_PROPERTIES : CONTEXT_1_0_PROPERTIES;
    }

    /** {@code objectIsActivity}: whether the statement's object is an Activity, which revision and platform need. */
    void check(JsonValue value, boolean objectIsActivity, Path path, Violations out) {
        if (!Values.isObject(value, path, "a Context", Sections.CONTEXT, out)) {
            return;
        }
        JsonObject context = (JsonObject) value;
        Properties.allowOnly(context, allowed, path, "a Context in xAPI " + version.full(), Sections.CONTEXT, out);
        JsonValue registration = context.get(REGISTRATION);
        if (registration != null) {
            Values.uuid(registration, path.property(REGISTRATION), Sections.CONTEXT, out);
        }
        JsonValue instructor = context.get(INSTRUCTOR);
        if (instructor != null) {
            ActorRules.checkActor(instructor, path.property(INSTRUCTOR), out);
        }
        JsonValue team = context.get(TEAM);
        if (team != null) {
            ActorRules.checkGroup(team, path.property(TEAM), out);
        }
        JsonValue activities = context.get(CONTEXT_ACTIVITIES);
        if (activities != null) {
            checkContextActivities(activities, path.property(CONTEXT_ACTIVITIES), out);
        }
        checkActivityOnlyProperty(context, REVISION, objectIsActivity, path, out);
        checkActivityOnlyProperty(context, PLATFORM, objectIsActivity, path, out);
        JsonValue language = context.get(LANGUAGE);
        if (language != null) {
            Values.languageTag(language, path.property(LANGUAGE), Sections.CONTEXT, out);
        }
        JsonValue statement = context.get(STATEMENT);
        if (statement != null) {
            StatementRefRules.check(statement, path.property(STATEMENT), out);
        }
        JsonValue extensions = context.get(EXTENSIONS);
        if (extensions != null) {
            Values.extensions(extensions, path.property(EXTENSIONS), out);
        }
        if (version.isAtLeast2()) {
            checkContextActors(context, path, out);
        }
    }

    /** "revision" and "platform" are strings, and MUST only be used if the Statement's Object is an Activity. */
    private static void checkActivityOnlyProperty(JsonObject context, String key, boolean objectIsActivity,
                                                  Path path, Violations out) {
        JsonValue value = context.get(key);
        if (value == null) {
            return;
        }
        Values.string(value, path.property(key), Sections.CONTEXT, out);
        if (!objectIsActivity) {
            out.add(path.property(key), "must only be used when the Statement's object is an Activity",
                    Sections.CONTEXT);
        }
    }

    /** Keys are parent, grouping, category or other; values an Activity or an array of Activities. */
    private static void checkContextActivities(JsonValue value, Path path, Violations out) {
        if (!Values.isObject(value, path, "a contextActivities map", Sections.CONTEXT_ACTIVITIES, out)) {
            return;
        }
        JsonObject activities = (JsonObject) value;
        for (var entry : activities.entrySet()) {
            Path typePath = path.property(entry.getKey());
            if (!CONTEXT_TYPES.contains(entry.getKey())) {
                out.add(typePath, "is not a context type: only parent, grouping, category and other are",
                        Sections.CONTEXT_ACTIVITIES);
                continue;
            }
            if (entry.getValue() instanceof JsonArray list) {
                for (int i = 0; i < list.size(); i++) {
                    ActivityRules.check(list.get(i), typePath.index(i), out);
                }
            } else if (entry.getValue() instanceof JsonObject) {
                ActivityRules.check(entry.getValue(), typePath, out);
            } else {
                out.add(typePath, "must be an Activity or an array of Activities, not "
                        + Values.describe(entry.getValue()), Sections.CONTEXT_ACTIVITIES);
            }
        }
    }

    private static void checkContextActors(JsonObject context, Path path, Violations out) {
        JsonValue agents = context.get(CONTEXT_AGENTS);
        if (agents != null) {
            ContextActorRules.AGENTS.check(agents, path.property(CONTEXT_AGENTS), out);
        }
        JsonValue groups = context.get(CONTEXT_GROUPS);
        if (groups != null) {
            ContextActorRules.GROUPS.check(groups, path.property(CONTEXT_GROUPS), out);
        }
    }
}
