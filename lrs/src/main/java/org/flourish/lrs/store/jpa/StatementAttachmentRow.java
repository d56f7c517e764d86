package org.flourish.lrs.store.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of table {@code statement_attachment}: statement {@code seq} declares an attachment with hash {@code sha2}.
 * Inserted by {@link StatementInserts}; the entity serves the queries.
 */
@Entity
@Table(name = "statement_attachment")
@IdClass(StatementAttachmentRow.Key.class)
@NamedQuery(name = StatementAttachmentRow.HASHES_OF,
        query = "SELECT DISTINCT l.sha2 FROM StatementAttachmentRow l WHERE l.seq IN :seqs")
@NamedQuery(name = StatementAttachmentRow.DELETE_OF, query = "DELETE FROM StatementAttachmentRow l WHERE l.seq IN :seqs")
class StatementAttachmentRow {
    static final String HASHES_OF = "StatementAttachment.hashesOf";
    static final String DELETE_OF = "StatementAttachment.deleteOf";

    @Id
    private long seq;

    @Id
    private String sha2;

    protected StatementAttachmentRow() {
    }

    /** The composite primary key JPA requires for this entity. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long seq;
        private String sha2;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && seq == key.seq && Objects.equals(sha2, key.sha2);
        }

        @Override
        public int hashCode() {
            return Objects.hash(seq, sha2);
        }
    }
}
