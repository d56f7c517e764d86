package org.flourish.lrs.xapi.validate;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The interaction properties of an Activity Definition (xAPI-Data 2.4.4.1, Interaction Activities): a valid
 * interactionType, a correctResponsesPattern of strings, and only the component lists the type supports, each a list
 * of components with distinct ids.
 */
final class InteractionRules {

    static final String INTERACTION_TYPE = "interactionType";
    static final String CORRECT_RESPONSES_PATTERN = "correctResponsesPattern";
    static final String CHOICES = "choices";
    static final String SCALE = "scale";
    static final String SOURCE = "source";
    static final String TARGET = "target";
    static final String STEPS = "steps";

    private static final String ID = "id";
    private static final String DESCRIPTION = "description";
    private static final List<String> COMPONENT_LISTS = List.of(CHOICES, SCALE, SOURCE, TARGET, STEPS);
    private static final Set<String> COMPONENT_PROPERTIES = Set.of(ID, DESCRIPTION);

    /** The supported component lists of each interactionType (table "interaction component lists"). */
    private static final Map<String, Set<String>> LISTS_BY_TYPE = Map.of(
            "true-false", Set.of(),
            "choice", Set.of(CHOICES),
            "fill-in", Set.of(),
            "long-fill-in", Set.of(),
            "matching", Set.of(SOURCE, TARGET),
            "performance", Set.of(STEPS),
            "sequencing", Set.of(CHOICES),
            "likert", Set.of(SCALE),
            "numeric", Set.of(),
            "other", Set.of());

    private InteractionRules() {
    }

    static void check(JsonObject definition, Path path, Violations out) {
        JsonValue type = definition.get(INTERACTION_TYPE);
        Optional<Set<String>> supportedLists = Optional.empty();
        if (type == null) {
            requireTypeForInteractionProperties(definition, path, out);
        } else {
            supportedLists = checkType(type, path.property(INTERACTION_TYPE), out);
        }
        JsonValue pattern = definition.get(CORRECT_RESPONSES_PATTERN);
        if (pattern != null) {
            checkPattern(pattern, path.property(CORRECT_RESPONSES_PATTERN), out);
        }
        for (String list : COMPONENT_LISTS) {
            JsonValue components = definition.get(list);
            if (components == null) {
                continue;
            }
            if (supportedLists.isPresent() && !supportedLists.get().contains(list)) {
                out.add(path.property(list), "is not a component list of a \""
                        + ((JsonString) type).getString() + "\" interaction", Sections.INTERACTION);
            }
            checkComponents(components, path.property(list), out);
        }
    }

    /** Interaction Activities MUST have a valid interactionType; returns its component lists when it is valid. */
    private static Optional<Set<String>> checkType(JsonValue type, Path path, Violations out) {
        if (!Values.string(type, path, Sections.INTERACTION, out)) {
            return Optional.empty();
        }
        Optional<Set<String>> lists = Optional.ofNullable(LISTS_BY_TYPE.get(((JsonString) type).getString()));
        if (lists.isEmpty()) {
            out.add(path, "must be one of true-false, choice, fill-in, long-fill-in, matching, performance, "
                    + "sequencing, likert, numeric, other (case-sensitive)", Sections.INTERACTION);
        }
        return lists;
    }

    /** Interaction properties belong to Interaction Activities, whose interactionType is required. */
    private static void requireTypeForInteractionProperties(JsonObject definition, Path path, Violations out) {
        boolean interaction = definition.containsKey(CORRECT_RESPONSES_PATTERN);
        for (String list : COMPONENT_LISTS) {
            interaction |= definition.containsKey(list);
        }
        if (interaction) {
            out.add(path.property(INTERACTION_TYPE), "is required when interaction properties are used",
                    Sections.INTERACTION);
        }
    }

    private static void checkPattern(JsonValue value, Path path, Violations out) {
        if (!Values.isArray(value, path, "an array of strings", Sections.INTERACTION, out)) {
            return;
        }
        JsonArray patterns = (JsonArray) value;
        for (int i = 0; i < patterns.size(); i++) {
            Values.string(patterns.get(i), path.index(i), Sections.INTERACTION, out);
        }
    }

    /** Each component has a string id and an optional description; ids within a list MUST be distinct. */
    private static void checkComponents(JsonValue value, Path path, Violations out) {
        if (!Values.isArray(value, path, "an array of interaction components", Sections.INTERACTION, out)) {
            return;
        }
        JsonArray components = (JsonArray) value;
        Set<String> ids = components.size() > 1 ? new HashSet<>(components.size() * 2) : null;
        for (int i = 0; i < components.size(); i++) {
            Path componentPath = path.index(i);
            if (!Values.isObject(components.get(i), componentPath, "an interaction component", Sections.INTERACTION,
                    out)) {
                continue;
            }
            JsonObject component = (JsonObject) components.get(i);
            Properties.allowOnly(component, COMPONENT_PROPERTIES, componentPath, "an interaction component",
                    Sections.INTERACTION, out);
            if (Properties.require(component, ID, componentPath, Sections.INTERACTION, out)
                    && Values.string(component.get(ID), componentPath.property(ID), Sections.INTERACTION, out)
                    && ids != null && !ids.add(((JsonString) component.get(ID)).getString())) {
                out.add(componentPath.property(ID), "must be distinct within the list", Sections.INTERACTION);
            }
            JsonValue description = component.get(DESCRIPTION);
            if (description != null) {
                Values.languageMap(description, componentPath.property(DESCRIPTION), out);
            }
        }
    }
}
