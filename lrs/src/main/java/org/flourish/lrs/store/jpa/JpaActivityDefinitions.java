package org.flourish.lrs.store.jpa;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;
import org.flourish.lrs.store.FilterTerm;
import org.flourish.lrs.xapi.rules.CanonicalDefinitions;

/**
 * The canonical definition of an Activity, taken to be the one of the most recent stored statement whose object is
 * that Activity with a definition: "the LRS ... determines" the canonical definition (xAPI-Communication 2.1.3,
 * format parameter), and the latest a provider sent is the best guess of what it means now.
 */
public final class JpaActivityDefinitions implements CanonicalDefinitions {

    private final Transactions transactions;

    public JpaActivityDefinitions(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<JsonObject> definitionOf(String activityId) {
        return RecentStatements.carrying(transactions, new FilterTerm(FilterTerm.Kind.ACTIVITY, activityId)).stream()
                .map(statement -> statement.getJsonObject("object"))
                .filter(object -> object != null && object.get("id") instanceof JsonString id
                        && id.getString().equals(activityId))
                .filter(object -> object.get("definition") instanceof JsonObject)
                .map(object -> object.getJsonObject("definition"))
                .findFirst();
    }
}
