package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@code canonical} format (xAPI-Communication 2.1.3, format parameter, and 2.1.3.s4): Activities carry the
 * LRS's canonical definition when it keeps one, Verbs their display, each language map reduced to the one
 * language the request's Accept-Language prefers ({@link LanguagePreference}); Agents and Groups as in exact.
 *
 * <p>Language maps reduced: Verb display (2.1.3.s4.b2, b4), Activity definition name and description, and the
 * description of each interaction component in choices, scale, source, target and steps (2.1.3.s4.b1,
 * xAPI-Data 2.4.4.1). Language maps inside extensions are left whole: their shape is not known.
 */
final class CanonicalFormat {

    private static final List<String> INTERACTION_COMPONENT_LISTS =
            List.of("choices", "scale", "source", "target", "steps");

    private final LanguagePreference preference;
    private final CanonicalDefinitions definitions;

    CanonicalFormat(LanguagePreference preference, CanonicalDefinitions definitions) {
        this.preference = preference;
        this.definitions = definitions;
    }

    JsonObject apply(JsonObject statement) {
        return new StatementRewriter(UnaryOperator.identity(), this::activity, this::verb).rewrite(statement);
    }

    private JsonObject verb(JsonObject verb) {
        return withLanguageMap(verb, "display");
    }

    private JsonObject activity(JsonObject activity) {
        JsonObject withCanonical = StatementParts.string(activity, "id")
                .flatMap(definitions::definitionOf)
                .map(definition -> JsonValues.objectBuilder(activity).add("definition", definition).build())
                .orElse(activity);
        return StatementParts.object(withCanonical, "definition")
                .map(definition -> JsonValues.objectBuilder(withCanonical)
                        .add("definition", definition(definition)).build())
                .orElse(withCanonical);
    }

    private JsonObject definition(JsonObject definition) {
        JsonObject result = withLanguageMap(withLanguageMap(definition, "name"), "description");
        for (String list : INTERACTION_COMPONENT_LISTS) {
            if (result.get(list) instanceof JsonArray components) {
                JsonArrayBuilder reduced = JsonValues.arrayBuilder();
                components.forEach(component -> reduced.add(component instanceof JsonObject object
                        ? withLanguageMap(object, "description") : component));
                result = JsonValues.objectBuilder(result).add(list, reduced).build();
            }
        }
        return result;
    }

    private JsonObject withLanguageMap(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        if (!(value instanceof JsonObject languageMap)) {
            return parent;
        }
        return JsonValues.objectBuilder(parent).add(key, oneLanguage(languageMap)).build();
    }

    private JsonObject oneLanguage(JsonObject languageMap) {
        JsonObjectBuilder result = JsonValues.objectBuilder();
        preference.choose(List.copyOf(languageMap.keySet()))
                .ifPresent(tag -> result.add(tag, languageMap.get(tag)));
        return result.build();
    }
}
