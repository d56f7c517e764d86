package org.flourish.lrs.store.jpa;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Optional;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.xapi.rules.CanonicalDefinitions;
import org.flourish.lrs.xapi.rules.DefinitionMerge;

/**
 * The canonical definition of an Activity: the definitions of the recent stored statements whose object is that
 * Activity, from credentials the LRS trusts to define it (scope {@code define}), merged by {@link DefinitionMerge} (the newest wins property by property, language maps key by key).
 */
public final class JpaActivityDefinitions implements CanonicalDefinitions {

    private final Transactions transactions;

    public JpaActivityDefinitions(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<JsonObject> definitionOf(String activityId) {
        List<JsonObject> newestFirst = RecentStatements.definingAndCarrying(transactions,
                        new FilterTerm(FilterTerm.Kind.ACTIVITY, activityId)).stream()
                .map(statement -> statement.getJsonObject("object"))
                .filter(object -> object != null && object.get("id") instanceof JsonString id
                        && id.getString().equals(activityId))
                .filter(object -> object.get("definition") instanceof JsonObject)
                .map(object -> object.getJsonObject("definition"))
                .toList();
        return newestFirst.isEmpty() ? Optional.empty() : Optional.of(DefinitionMerge.merge(newestFirst));
    }
}
