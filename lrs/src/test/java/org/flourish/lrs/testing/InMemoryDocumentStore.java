package org.flourish.lrs.testing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.flourish.lrs.store.DocumentContent;
import org.flourish.lrs.store.DocumentContext;
import org.flourish.lrs.store.DocumentKey;
import org.flourish.lrs.store.DocumentStore;
import org.flourish.lrs.store.DocumentSummary;
import org.flourish.lrs.store.StoredDocument;

/** A document store in a map, for testing the document use cases without a database. */
public final class InMemoryDocumentStore implements DocumentStore {

    private final Map<DocumentKey, StoredDocument> documents = new LinkedHashMap<>();
    private final Clock clock;

    public InMemoryDocumentStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<StoredDocument> find(DocumentKey key) {
        return Optional.ofNullable(documents.get(key));
    }

    @Override
    public synchronized List<DocumentSummary> list(DocumentContext context, Optional<OffsetDateTime> since,
            OptionalLong onlyProvider) {
        return documents.values().stream()
                .filter(d -> d.key().context().equals(context))
                .filter(d -> since.map(s -> d.updated().isAfter(s)).orElse(true))
                .filter(d -> onlyProvider.isEmpty() || d.providerId() == onlyProvider.getAsLong())
                .sorted(Comparator.comparing(StoredDocument::updated))
                .map(d -> new DocumentSummary(d.key().documentId(), d.updated())).toList();
    }

    @Override
    public synchronized boolean create(DocumentKey key, DocumentContent content, long providerId) {
        return documents.putIfAbsent(key, new StoredDocument(key, content, OffsetDateTime.now(clock), providerId))
                == null;
    }

    @Override
    public synchronized boolean replace(DocumentKey key, String expectedEtag, DocumentContent content) {
        StoredDocument current = documents.get(key);
        if (current == null || !current.etag().equals(expectedEtag)) {
            return false;
        }
        documents.put(key, new StoredDocument(key, content, OffsetDateTime.now(clock), current.providerId()));
        return true;
    }

    @Override
    public synchronized boolean delete(DocumentKey key, String expectedEtag) {
        StoredDocument current = documents.get(key);
        return current != null && current.etag().equals(expectedEtag) && documents.remove(key) != null;
    }

    @Override
    public synchronized void deleteAll(DocumentContext context, OptionalLong onlyProvider) {
        documents.values().removeIf(d -> d.key().context().equals(context)
                && (onlyProvider.isEmpty() || d.providerId() == onlyProvider.getAsLong()));
    }
}
