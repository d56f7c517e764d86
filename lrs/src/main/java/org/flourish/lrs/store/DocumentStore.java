package org.flourish.lrs.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where State, Activity Profile and Agent Profile documents are kept (xAPI-Communication 2.2). Writes are
 * compare-and-set on the entity tag the caller last saw, so a decision taken on a read is never applied to a
 * document that changed in between.
 */
public interface DocumentStore {

    Optional<StoredDocument> find(DocumentKey key);

    /**
     * The documents of a context, oldest write first; only those written after {@code since} when given, and only
     * those owned by {@code onlyProvider} when given.
     */
    List<DocumentSummary> list(DocumentContext context, Optional<OffsetDateTime> since, OptionalLong onlyProvider);

    /** Stores a new document owned by the provider; false when a document with this key exists already. */
    boolean create(DocumentKey key, DocumentContent content, long providerId);

    /** Replaces the content; false when the document is gone or its tag is no longer {@code expectedEtag}. */
    boolean replace(DocumentKey key, String expectedEtag, DocumentContent content);

    /** Deletes the document; false when it is gone or its tag is no longer {@code expectedEtag}. */
    boolean delete(DocumentKey key, String expectedEtag);

    /** Deletes every document of the context, or only those owned by {@code onlyProvider} when given. */
    void deleteAll(DocumentContext context, OptionalLong onlyProvider);
}
