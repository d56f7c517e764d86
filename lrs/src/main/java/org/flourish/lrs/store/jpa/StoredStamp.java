package org.flourish.lrs.store.jpa;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.flourish.lrs.xapi.Jsons;

/**
 * Stamps a statement with its storage time as it is stored: {@code stored} always, and {@code timestamp} when the
 * client sent none, which the LRS then sets to the same value (xAPI-Data 2.4.7 and 2.4.8).
 */
final class StoredStamp {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private StoredStamp() {
    }

    static String apply(JsonObject statement, OffsetDateTime stored) {
        String time = FORMAT.format(stored);
        JsonObjectBuilder builder = Jsons.createObjectBuilder(statement).add("stored", time);
        if (!statement.containsKey("timestamp")) {
            builder.add("timestamp", time);
        }
        return builder.build().toString();
    }
}
