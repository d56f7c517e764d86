package org.flourish.lrs.store;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit of one erasure: who asked, when, a keyed digest of the identifiers (none for erasures recorded before
 * digests were keyed), and how many rows went.
 */
public record ErasureRecord(long id, String requestedBy, OffsetDateTime requestedAt,
        Optional<String> identifiersDigest, long statementsErased, long documentsErased, long attachmentsErased) {

    public ErasureRecord {
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(identifiersDigest, "identifiersDigest");
    }
}
