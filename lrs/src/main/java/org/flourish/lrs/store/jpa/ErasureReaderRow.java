package org.flourish.lrs.store.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A row of table {@code erasure_reader}: how far one reader credential has acknowledged the erasure feed. */
@Entity
@Table(name = "erasure_reader")
@NamedQuery(name = ErasureReaderRow.ALL, query = "SELECT r FROM ErasureReaderRow r")
class ErasureReaderRow {
    static final String ALL = "ErasureReader.all";

    @Id
    @Column(name = "credential_id")
    private long credentialId;

    @Column(nullable = false)
    private long acknowledged;

    protected ErasureReaderRow() {
    }

    ErasureReaderRow(long credentialId, long acknowledged) {
        this.credentialId = credentialId;
        this.acknowledged = acknowledged;
    }

    long credentialId() {
        return credentialId;
    }

    long acknowledged() {
        return acknowledged;
    }

    void acknowledge(long position) {
        this.acknowledged = position;
    }
}
