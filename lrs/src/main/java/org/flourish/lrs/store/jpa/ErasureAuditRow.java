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
import org.flourish.lrs.store.ErasureRecord;

/** A row of table {@code erasure_audit}. */
@Entity
@Table(name = "erasure_audit")
@NamedQuery(name = ErasureAuditRow.ALL, query = "SELECT e FROM ErasureAuditRow e ORDER BY e.id")
class ErasureAuditRow {
    static final String ALL = "ErasureAudit.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erasure_seq")
    @SequenceGenerator(name = "erasure_seq", sequenceName = "erasure_seq", allocationSize = 1)
    private long id;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    /** A keyed digest; null for the erasures recorded before digests were keyed. */
    @Column(name = "identifiers_digest", updatable = false)
    private String identifiersDigest;

    @Column(name = "statements_erased", nullable = false, updatable = false)
    private long statementsErased;

    @Column(name = "documents_erased", nullable = false, updatable = false)
    private long documentsErased;

    @Column(name = "attachments_erased", nullable = false, updatable = false)
    private long attachmentsErased;

    protected ErasureAuditRow() {
    }

    ErasureAuditRow(String requestedBy, OffsetDateTime requestedAt, String identifiersDigest, long statementsErased,
            long documentsErased, long attachmentsErased) {
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.identifiersDigest = identifiersDigest;
        this.statementsErased = statementsErased;
        this.documentsErased = documentsErased;
        this.attachmentsErased = attachmentsErased;
    }

    ErasureRecord toRecord() {
        return new ErasureRecord(id, requestedBy, requestedAt, Optional.ofNullable(identifiersDigest), statementsErased,
                documentsErased, attachmentsErased);
    }
}
