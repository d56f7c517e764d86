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

/** A row of table {@code erasure_feed}; its identifiers and statement ids are rows of {@code erasure_feed_item}. */
@Entity
@Table(name = "erasure_feed")
@NamedQuery(name = ErasureFeedRow.AFTER,
        query = "SELECT f FROM ErasureFeedRow f WHERE f.seq > :after ORDER BY f.seq")
@NamedQuery(name = ErasureFeedRow.DELETE_THROUGH, query = "DELETE FROM ErasureFeedRow f WHERE f.seq <= :bound")
class ErasureFeedRow {
    static final String AFTER = "ErasureFeed.after";
    static final String DELETE_THROUGH = "ErasureFeed.deleteThrough";

    @Id
    @Column(name = "feed_seq")
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erasure_feed_seq")
    @SequenceGenerator(name = "erasure_feed_seq", sequenceName = "erasure_feed_seq", allocationSize = 1)
    private long seq;

    @Column(name = "erased_at", nullable = false, updatable = false)
    private OffsetDateTime erasedAt;

    protected ErasureFeedRow() {
    }

    ErasureFeedRow(OffsetDateTime erasedAt) {
        this.erasedAt = erasedAt;
    }

    long seq() {
        return seq;
    }

    OffsetDateTime erasedAt() {
        return erasedAt;
    }
}
