package org.flourish.lrs.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.flourish.lrs.auth.Credential;
import org.flourish.lrs.error.DocumentConflictException;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.error.NotFoundException;
import org.flourish.lrs.error.PreconditionFailedException;
import org.flourish.lrs.store.DocumentContent;
import org.flourish.lrs.store.DocumentContext;
import org.flourish.lrs.store.DocumentKey;
import org.flourish.lrs.store.DocumentStore;
import org.flourish.lrs.store.DocumentSummary;
import org.flourish.lrs.store.StoredDocument;
import org.flourish.lrs.xapi.XapiVersion;

/**
 * The use cases of the three Document Resources (xAPI-Communication 2.2, 2.3, 2.6, 2.7): each write reads the
 * current document, decides (scopes and ownership, {@link Preconditions}, {@link ConcurrencyRules},
 * {@link DocumentMerge}), then writes only if the document is still the one it decided on.
 */
public final class DocumentService {

    private final DocumentStore store;

    public DocumentService(DocumentStore store) {
        this.store = store;
    }

    /** Single-document GET; 404 when there is none the caller may see. */
    public StoredDocument get(DocumentKey key, Credential caller) {
        DocumentAccess.requireRead(key.kind(), caller);
        return visible(key, caller).orElseThrow(() -> new NotFoundException("no document " + key.documentId()
                + " is stored here"));
    }

    /** Multiple-document GET: the ids of the context, written after {@code since} when given. */
    public DocumentList ids(DocumentContext context, Optional<OffsetDateTime> since, Credential caller) {
        DocumentAccess.requireRead(context.kind(), caller);
        List<DocumentSummary> found = store.list(context, since, DocumentAccess.readsEveryProvider(caller)
                ? OptionalLong.empty() : OptionalLong.of(caller.provider().id()));
        return new DocumentList(found.stream().map(DocumentSummary::documentId).toList(),
                found.stream().map(DocumentSummary::updated).max(OffsetDateTime::compareTo));
    }

    /** PUT: stores the content as the whole document. */
    public void put(DocumentKey key, DocumentContent content, Preconditions preconditions, XapiVersion version,
            Credential caller) {
        DocumentAccess.requireWrite(key.kind(), caller);
        Optional<StoredDocument> current = store.find(key);
        current.ifPresent(document -> DocumentAccess.requireOwnership(document, caller));
        preconditions.check(current);
        if (current.isPresent() && preconditions.absent()
                && ConcurrencyRules.putNeedsPrecondition(key.kind(), version)) {
            throw new DocumentConflictException("the document exists already: check its current state with GET, "
                    + "then send If-Match with its ETag to replace it (xAPI-Communication 3.1)");
        }
        if (current.isEmpty() && preconditions.absent()
                && ConcurrencyRules.putOfNewDocumentNeedsPrecondition(key.kind(), version)) {
            throw new InvalidRequestException("a PUT to this resource needs If-None-Match: * to create a document, "
                    + "or If-Match with the ETag of the one it replaces (xAPI-Communication 1.0.3, 3.1.s3)");
        }
        write(key, current, content, caller);
    }

    /** POST: stores a new document, or merges a JSON object into the stored one (2.2.s7). */
    public void post(DocumentKey key, DocumentContent content, Preconditions preconditions, Credential caller) {
        DocumentAccess.requireWrite(key.kind(), caller);
        Optional<StoredDocument> current = store.find(key);
        current.ifPresent(document -> DocumentAccess.requireOwnership(document, caller));
        preconditions.check(current);
        DocumentContent result = DocumentMerge.post(current.map(StoredDocument::content), content);
        write(key, current, result, caller);
    }

    /** Single-document DELETE; deleting a document that is not there succeeds (unless If-Match asked for one). */
    public void delete(DocumentKey key, Preconditions preconditions, Credential caller) {
        DocumentAccess.requireWrite(key.kind(), caller);
        Optional<StoredDocument> current = store.find(key);
        current.ifPresent(document -> DocumentAccess.requireOwnership(document, caller));
        preconditions.check(current);
        if (current.isPresent() && !store.delete(key, current.get().etag())) {
            throw changedMeanwhile();
        }
    }

    /** Multiple-document DELETE of the State resource (2.3.s5): the caller's own, or all with scope all. */
    public void deleteAll(DocumentContext context, Credential caller) {
        DocumentAccess.requireWrite(context.kind(), caller);
        store.deleteAll(context, DocumentAccess.writesEveryProvider(caller)
                ? OptionalLong.empty() : OptionalLong.of(caller.provider().id()));
    }

    private void write(DocumentKey key, Optional<StoredDocument> current, DocumentContent content,
            Credential caller) {
        boolean written = current.isPresent() ? store.replace(key, current.get().etag(), content)
                : store.create(key, content, caller.provider().id());
        if (!written) {
            throw changedMeanwhile();
        }
    }

    private Optional<StoredDocument> visible(DocumentKey key, Credential caller) {
        return store.find(key).filter(document -> DocumentAccess.canSee(document, caller));
    }

    /** Another request changed the document between this one's read and write: as if its precondition failed. */
    private static PreconditionFailedException changedMeanwhile() {
        return new PreconditionFailedException("the document was changed by another request at the same time; "
                + "fetch it again and retry");
    }
}
