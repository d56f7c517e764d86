package org.flourish.lrs.store;

import java.time.OffsetDateTime;
import java.util.Objects;

/** The audit of one erasure: who asked, when, a digest of the identifiers, and how many rows went. */
public record ErasureRecord(long id, String requestedBy, OffsetDateTime requestedAt, String identifiersDigest,
        long statementsErased, long documentsErased, long attachmentsErased) {

    public ErasureRecord {
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(identifiersDigest, "identifiersDigest");
    }
}
