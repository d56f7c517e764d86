package org.flourish.lrs.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.flourish.lrs.xapi.attachments.AttachmentData;

/** A row of table {@code attachment}: the data of one attachment, keyed by its SHA-2. */
@Entity
@Table(name = "attachment")
@NamedQuery(name = AttachmentRow.BY_HASHES, query = "SELECT a FROM AttachmentRow a WHERE a.sha2 IN :hashes")
@NamedQuery(name = AttachmentRow.HASHES_KEPT, query = "SELECT a.sha2 FROM AttachmentRow a WHERE a.sha2 IN :hashes")
@NamedQuery(name = AttachmentRow.DELETE_UNUSED, query = "DELETE FROM AttachmentRow a WHERE a.sha2 IN :hashes"
        + " AND NOT EXISTS (SELECT l FROM StatementAttachmentRow l WHERE l.sha2 = a.sha2)")
class AttachmentRow {
    static final String DELETE_UNUSED = "Attachment.deleteUnused";

    static final String BY_HASHES = "AttachmentRow.byHashes";
    static final String HASHES_KEPT = "AttachmentRow.hashesKept";

    @Id
    private String sha2;

    @Column(name = "content_type")
    private String contentType;

    private long length;

    private byte[] content;

    protected AttachmentRow() {
    }

    AttachmentRow(AttachmentData data) {
        this.sha2 = data.sha2();
        this.contentType = data.contentType();
        this.length = data.content().length;
        this.content = data.content();
    }

    AttachmentData toData() {
        return new AttachmentData(sha2, contentType, content);
    }
}
