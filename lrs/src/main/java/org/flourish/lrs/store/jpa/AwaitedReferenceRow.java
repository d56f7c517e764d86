package org.flourish.lrs.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A row of table {@code awaited_reference}: statement {@code seq} is a StatementRef to {@code targetId}, which was not
 * stored yet when it was. Removed when the target arrives and has given the referrer its terms. Inserted by
 * {@link StatementInserts}; the entity serves the queries.
 */
@Entity
@Table(name = "awaited_reference")
@NamedQuery(name = AwaitedReferenceRow.AWAITING, query = "SELECT a.targetId, s.seq, s.id, s.voiding, c.provider.id, c.scopes"
        + " FROM AwaitedReferenceRow a, StatementRow s, CredentialRow c"
        + " WHERE a.seq = s.seq AND c.id = s.credentialId AND a.targetId IN :ids")
@NamedQuery(name = AwaitedReferenceRow.ARRIVED, query = "DELETE FROM AwaitedReferenceRow a WHERE a.targetId IN :ids")
@NamedQuery(name = AwaitedReferenceRow.DELETE_OF, query = "DELETE FROM AwaitedReferenceRow a WHERE a.seq IN :seqs")
class AwaitedReferenceRow {
    /**
     * Target id, then referrer seq, id, whether it voids, and its credential's provider id and scopes, of the
     * references waiting for any of {@code :ids}.
     */
    static final String AWAITING = "AwaitedReference.awaiting";
    static final String ARRIVED = "AwaitedReference.arrived";
    static final String DELETE_OF = "AwaitedReference.deleteOf";

    @Id
    private long seq;

    @Column(name = "target_id", nullable = false, updatable = false)
    private String targetId;

    protected AwaitedReferenceRow() {
    }
}
