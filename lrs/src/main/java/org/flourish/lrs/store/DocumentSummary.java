package org.flourish.lrs.store;

import java.time.OffsetDateTime;
import java.util.Objects;

/** One entry of a document list: the id and when the document was last written. */
public record DocumentSummary(String documentId, OffsetDateTime updated) {

    public DocumentSummary {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(updated, "updated");
    }
}
