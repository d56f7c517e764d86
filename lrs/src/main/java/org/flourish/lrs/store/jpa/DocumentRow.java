package org.flourish.lrs.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.flourish.lrs.store.DocumentContent;
import org.flourish.lrs.store.DocumentContext;
import org.flourish.lrs.store.DocumentKey;
import org.flourish.lrs.store.DocumentKind;
import org.flourish.lrs.store.StoredDocument;

/** A row of table {@code document}: one State, Activity Profile or Agent Profile document. */
@Entity
@Table(name = "document")
@NamedQuery(name = DocumentRow.BY_IDENTITY, query = "SELECT d FROM DocumentRow d WHERE d.identityKey = :identity")
@NamedQuery(name = DocumentRow.REPLACE, query = "UPDATE DocumentRow d SET d.contentType = :contentType,"
        + " d.content = :content, d.etag = :etag, d.updated = :updated"
        + " WHERE d.identityKey = :identity AND d.etag = :expected")
@NamedQuery(name = DocumentRow.DELETE_OF_AGENTS, query = "DELETE FROM DocumentRow d WHERE d.agentKey IN :agents")
@NamedQuery(name = DocumentRow.DELETE,
        query = "DELETE FROM DocumentRow d WHERE d.identityKey = :identity AND d.etag = :expected")
class DocumentRow {
    static final String BY_IDENTITY = "Document.byIdentity";
    static final String REPLACE = "Document.replace";
    static final String DELETE_OF_AGENTS = "Document.deleteOfAgents";
    static final String DELETE = "Document.delete";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 1)
    private long id;

    @Column(name = "identity_key", nullable = false, updatable = false)
    private String identityKey;

    @Column(name = "context_key", nullable = false, updatable = false)
    private String contextKey;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "activity_id", updatable = false)
    private String activityId;

    @Column(name = "agent_key", updatable = false)
    private String agentKey;

    @Column(updatable = false)
    private String registration;

    @Column(name = "document_id", nullable = false, updatable = false)
    private String documentId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private String etag;

    @Column(nullable = false)
    private OffsetDateTime updated;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    protected DocumentRow() {
    }

    DocumentRow(DocumentKey key, DocumentContent content, OffsetDateTime updated, long providerId) {
        DocumentContext context = key.context();
        this.identityKey = DocumentDigests.identity(key);
        this.contextKey = DocumentDigests.context(context);
        this.kind = context.kind().name();
        this.activityId = context.activityId().orElse(null);
        this.agentKey = context.agentKey().orElse(null);
        this.registration = context.registration().map(UUID::toString).orElse(null);
        this.documentId = key.documentId();
        this.contentType = content.contentType();
        this.content = content.bytes();
        this.etag = content.etag();
        this.updated = updated;
        this.providerId = providerId;
    }

    StoredDocument toStored() {
        DocumentContext context = new DocumentContext(DocumentKind.valueOf(kind), Optional.ofNullable(activityId),
                Optional.ofNullable(agentKey), Optional.ofNullable(registration).map(UUID::fromString));
        return new StoredDocument(context.document(documentId), new DocumentContent(contentType, content), updated,
                providerId);
    }
}
