package org.flourish.lrs.service;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.auth.Scope;
import org.flourish.lrs.error.NotPermittedException;
import org.flourish.lrs.store.NewStatement;
import org.flourish.lrs.store.StatementStore;

/**
 * Who may void a stored statement: a credential of the provider that stored it, or one with scope {@code all}.
 * Voiding hides a statement from every query (xAPI-Data 2.3.2), so write access alone must not reach another
 * provider's record; a batch with one voiding that is not allowed is refused whole.
 */
final class VoidingRights {

    private VoidingRights() {
    }

    /**
     * Refuses the batch (403) when one of its voiding statements targets a stored statement of another provider and
     * the caller lacks scope {@code all}. Targets in the batch itself are the caller's own; unknown ones are left
     * to the store, which voids a late-arriving target only for its own provider (or a voider with {@code all}).
     */
    static void check(Collection<JsonObject> batch, Set<UUID> batchIds, Credential caller, StatementStore store) {
        if (caller.scopes().contains(Scope.ALL)) {
            return;
        }
        Set<UUID> targets = new LinkedHashSet<>();
        batch.stream().map(VoidingRights::voidedTarget).flatMap(Optional::stream)
                .filter(target -> !batchIds.contains(target)).forEach(targets::add);
        if (targets.isEmpty()) {
            return;
        }
        Map<UUID, Long> owners = store.providersOf(targets);
        for (UUID target : targets) {
            Long owner = owners.get(target);
            if (owner != null && owner != caller.provider().id()) {
                throw new NotPermittedException("statement " + target + " was stored by another provider: voiding it"
                        + " needs that provider's credential or scope all");
            }
        }
    }

    /** The statement a voiding statement targets; empty for any other statement (validation has run). */
    static Optional<UUID> voidedTarget(JsonObject statement) {
        JsonObject verb = statement.getJsonObject("verb");
        JsonValue object = statement.get("object");
        if (verb == null || !NewStatement.VOIDED_VERB.equals(verb.getString("id", null))
                || object == null || object.getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.empty();
        }
        JsonObject ref = object.asJsonObject();
        if (!"StatementRef".equals(ref.getString("objectType", null)) || !ref.containsKey("id")) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(ref.getString("id")));
        } catch (IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
