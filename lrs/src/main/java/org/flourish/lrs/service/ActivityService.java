package org.flourish.lrs.service;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.flourish.lrs.auth.Access;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.error.NotPermittedException;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.rules.CanonicalDefinitions;

/**
 * The Activities Resource (xAPI-Communication 2.5): the Activity Object with its canonical definition. An Activity
 * the LRS knows nothing of is still answered, with just its id (2.5.s2.b1). Definitions come from every provider's
 * statements, so the caller must be allowed to read all statements.
 */
public final class ActivityService {

    private final CanonicalDefinitions definitions;

    public ActivityService(CanonicalDefinitions definitions) {
        this.definitions = definitions;
    }

    public JsonObject activity(String activityId, Credential caller) {
        if (!Access.canReadAllStatements(caller.scopes())) {
            throw new NotPermittedException("the Activities resource needs scope all, all/read or statements/read");
        }
        JsonObjectBuilder activity = Jsons.createObjectBuilder().add("objectType", "Activity").add("id", activityId);
        definitions.definitionOf(activityId).ifPresent(definition -> activity.add("definition", definition));
        return activity.build();
    }
}
