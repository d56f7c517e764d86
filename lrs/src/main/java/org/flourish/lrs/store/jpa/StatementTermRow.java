package org.flourish.lrs.store.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of table {@code statement_term}: statement {@code seq} can be found by filter term {@code term}. Inserted by
 * {@link StatementInserts}; the entity serves the queries.
 */
@Entity
@Table(name = "statement_term")
@IdClass(StatementTermRow.Key.class)
class StatementTermRow {

    @Id
    private String term;

    @Id
    private long seq;

    protected StatementTermRow() {
    }

    /** The composite primary key JPA requires for this entity. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String term;
        private long seq;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && seq == key.seq && Objects.equals(term, key.term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(term, seq);
        }
    }
}
