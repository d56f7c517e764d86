package org.flourish.lrs.service;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.UUID;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.XapiVersion;

/**
 * What the LRS sets on a statement it accepts (xAPI-Data 2.4, "Statement Lifecycle"): the {@code id} when the client
 * sent none, the {@code authority} from the credential that sent it, and the {@code version}. {@code stored} (and a
 * missing {@code timestamp}) are stamped by the store, together with the storage order.
 */
final class StatementPreparation {

    private StatementPreparation() {
    }

    /** The id the statement carries, or a new random (version 4) UUID (xAPI-Data 2.4.1). */
    static UUID idOf(JsonObject statement) {
        return statement.containsKey("id") ? UUID.fromString(statement.getString("id")) : UUID.randomUUID();
    }

    static JsonObject prepare(JsonObject statement, UUID id, Credential credential, XapiVersion version) {
        JsonObjectBuilder builder = Jsons.createObjectBuilder(statement)
                .add("id", id.toString())
                .add("authority", authorityOf(credential));
        contextWithArrays(statement).ifPresent(context -> builder.add("context", context));
        if (statement.get("object") instanceof JsonObject object
                && "SubStatement".equals(object.getString("objectType", ""))) {
            contextWithArrays(object).ifPresent(context ->
                    builder.add("object", Jsons.createObjectBuilder(object).add("context", context)));
        }
        if (!statement.containsKey("version")) {
            builder.add("version", version.full());
        }
        return builder.build();
    }

    /**
     * A context activity given as a single object is stored as a one-element array, since the LRS must return arrays
     * (xAPI-Data 2.4.6.2); empty when nothing needs changing.
     */
    private static Optional<JsonObject> contextWithArrays(JsonObject statement) {
        if (!(statement.get("context") instanceof JsonObject context)
                || !(context.get("contextActivities") instanceof JsonObject activities)
                || activities.values().stream().noneMatch(v -> v.getValueType() == JsonValue.ValueType.OBJECT)) {
            return Optional.empty();
        }
        JsonObjectBuilder arrays = Jsons.createObjectBuilder();
        activities.forEach((kind, value) -> arrays.add(kind, value.getValueType() == JsonValue.ValueType.OBJECT
                ? Jsons.createArrayBuilder().add(value).build() : value));
        return Optional.of(Jsons.createObjectBuilder(context).add("contextActivities", arrays).build());
    }

    /**
     * The LRS overwrites {@code authority} with the agent it authenticated (xAPI-Data 2.4.9): the provider, identified
     * by an account on its homepage named by the credential's key.
     */
    static JsonObject authorityOf(Credential credential) {
        return Jsons.createObjectBuilder()
                .add("objectType", "Agent")
                .add("name", credential.provider().name())
                .add("account", Jsons.createObjectBuilder()
                        .add("homePage", credential.provider().homepage().toString())
                        .add("name", credential.key()))
                .build();
    }
}
