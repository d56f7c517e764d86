package org.flourish.lrs.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.flourish.lrs.error.PreconditionFailedException;
import org.flourish.lrs.store.StoredDocument;

/**
 * The If-Match and If-None-Match headers of a document request, as lists of entity tags without their quotes
 * ({@code *} stays {@code *}). Evaluated as RFC 2616 14.24 and 14.26 say, with the strong comparison: a weak tag
 * ({@code W/"..."}) never matches, as every tag this LRS hands out is strong (xAPI-Communication 3.1.s4.b5-b8).
 */
public record Preconditions(Optional<List<String>> ifMatch, Optional<List<String>> ifNoneMatch) {

    private static final String ANY = "*";

    public Preconditions {
        Objects.requireNonNull(ifMatch, "ifMatch");
        Objects.requireNonNull(ifNoneMatch, "ifNoneMatch");
        ifMatch = ifMatch.map(List::copyOf);
        ifNoneMatch = ifNoneMatch.map(List::copyOf);
    }

    public static Preconditions none() {
        return new Preconditions(Optional.empty(), Optional.empty());
    }

    /** Whether the request sent neither header: the case of xAPI-Communication 3.1.s4.b13. */
    public boolean absent() {
        return ifMatch.isEmpty() && ifNoneMatch.isEmpty();
    }

    /**
     * Refuses the request with 412 when a header does not hold for the current document (empty when there is none).
     * If-Match holds when the document exists and {@code *} or its tag is listed; If-None-Match holds when the
     * document does not exist, or exists and neither {@code *} nor its tag is listed.
     */
    public void check(Optional<StoredDocument> current) {
        ifMatch.ifPresent(tags -> {
            if (current.isEmpty()) {
                throw new PreconditionFailedException("If-Match: there is no such document; fetch it, or send "
                        + "If-None-Match: * to create it");
            }
            if (!tags.contains(ANY) && !tags.contains(current.get().etag())) {
                throw new PreconditionFailedException("If-Match: the document has changed since that ETag; "
                        + "fetch it again and retry with its current ETag");
            }
        });
        ifNoneMatch.ifPresent(tags -> current.ifPresent(document -> {
            if (tags.contains(ANY) || tags.contains(document.etag())) {
                throw new PreconditionFailedException("If-None-Match: the document exists already; fetch it and "
                        + "send If-Match with its ETag to change it");
            }
        }));
    }
}
