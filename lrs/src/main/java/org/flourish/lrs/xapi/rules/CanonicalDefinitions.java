package org.flourish.lrs.xapi.rules;

import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * The LRS's canonical Activity definitions, for the {@code canonical} format: "Activity Objects ... populated
 * with the canonical definition of the Activity Objects ... as determined by the LRS" (xAPI-Communication
 * 2.1.3, format parameter). A port: the Activity store implements it; the rules only read it.
 */
@FunctionalInterface
public interface CanonicalDefinitions {

    /** The canonical definition of an Activity, when the LRS keeps one. */
    Optional<JsonObject> definitionOf(String activityId);

    /** No canonical definitions: each Activity keeps the definition it was stored with. */
    static CanonicalDefinitions none() {
        return activityId -> Optional.empty();
    }
}
