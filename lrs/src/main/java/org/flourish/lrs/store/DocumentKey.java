package org.flourish.lrs.store;

import java.util.Objects;

/** The identity of one document: its context and the stateId or profileId the client chose. */
public record DocumentKey(DocumentContext context, String documentId) {

    public DocumentKey {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(documentId, "documentId");
    }

    public DocumentKind kind() {
        return context.kind();
    }
}
