package org.flourish.lrs.store;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A statement as the LRS keeps it: its JSON exactly as prepared and stored, its place in storage order, and the
 * credential that stored it.
 */
public record StoredStatement(long seq, UUID id, OffsetDateTime stored, long credentialId, String json) {

    public StoredStatement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(json, "json");
    }
}
