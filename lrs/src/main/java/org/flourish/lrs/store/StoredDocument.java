package org.flourish.lrs.store;

import java.time.OffsetDateTime;
import java.util.Objects;

/** A document as stored: its content, when it was last written, and the provider that owns it. */
public record StoredDocument(DocumentKey key, DocumentContent content, OffsetDateTime updated, long providerId) {

    public StoredDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(updated, "updated");
    }

    public String etag() {
        return content.etag();
    }
}
