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
import java.util.UUID;
import org.flourish.lrs.store.StoredStatement;

/**
 * A row of table {@code statement}: the stored JSON plus the columns voiding and scopes need. New rows are inserted
 * by {@link StatementInserts}; the entity serves the queries.
 */
@Entity
@Table(name = "statement")
@NamedQuery(name = StatementQueries.BY_ID, query = "SELECT s FROM StatementRow s WHERE s.id = :id")
@NamedQuery(name = StatementQueries.BY_IDS, query = "SELECT s FROM StatementRow s WHERE s.id IN :ids")
@NamedQuery(name = StatementQueries.HIGHEST_SEQ, query = "SELECT MAX(s.seq) FROM StatementRow s")
@NamedQuery(name = StatementQueries.LAST_STORED_BY,
        query = "SELECT s.seq FROM StatementRow s WHERE s.stored <= :time ORDER BY s.stored DESC, s.seq DESC")
@NamedQuery(name = StatementQueries.LOG_AFTER,
        query = "SELECT s FROM StatementRow s WHERE s.seq > :after AND s.seq <= :bound ORDER BY s.seq")
@NamedQuery(name = StatementQueries.PROVIDERS_OF, query = "SELECT s.id, c.provider.id FROM StatementRow s, CredentialRow c"
        + " WHERE c.id = s.credentialId AND s.id IN :ids")
@NamedQuery(name = StatementQueries.REFERRERS,
        query = "SELECT s.referencedId, s.seq, s.id, s.voiding FROM StatementRow s WHERE s.referencedId IN :ids")
@NamedQuery(name = StatementQueries.VOID_TARGET,
        query = "UPDATE StatementRow s SET s.voided = TRUE WHERE s.id = :id AND s.voiding = FALSE")
@NamedQuery(name = StatementQueries.TERMS_OF_STATEMENT,
        query = "SELECT t.term FROM StatementTermRow t, StatementRow s WHERE t.seq = s.seq AND s.id = :id")
@NamedQuery(name = StatementQueries.STATEMENTS_WITH_TERMS,
        query = "SELECT DISTINCT s.seq, s.id FROM StatementRow s, StatementTermRow t WHERE t.seq = s.seq AND t.term IN :terms")
@NamedQuery(name = StatementQueries.DELETE_TERMS_OF, query = "DELETE FROM StatementTermRow t WHERE t.seq IN :seqs")
@NamedQuery(name = StatementQueries.DELETE_STATEMENTS, query = "DELETE FROM StatementRow s WHERE s.seq IN :seqs")
@NamedQuery(name = StatementQueries.TERMS_OF_SEQ, query = "SELECT t.term FROM StatementTermRow t WHERE t.seq = :seq")
class StatementRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
    @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 100)
    private long seq;

    @Column(name = "id", nullable = false, updatable = false)
    private String id;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime stored;

    @Column(name = "referenced_id", updatable = false)
    private String referencedId;

    @Column(nullable = false)
    private boolean voided;

    @Column(nullable = false, updatable = false)
    private boolean voiding;

    @Column(name = "credential_id", nullable = false, updatable = false)
    private long credentialId;

    @Column(nullable = false, updatable = false)
    private String body;

    /** Whether the credential that stored it could define Activities and Agents (scope {@code define}). */
    @Column(nullable = false, updatable = false)
    private boolean defines;

    protected StatementRow() {
    }

    StatementRow(long seq, UUID id, OffsetDateTime stored, String referencedId, boolean voided, boolean voiding,
            long credentialId, String body, boolean defines) {
        this.seq = seq;
        this.id = id.toString();
        this.stored = stored;
        this.referencedId = referencedId;
        this.voided = voided;
        this.voiding = voiding;
        this.credentialId = credentialId;
        this.body = body;
        this.defines = defines;
    }

    long seq() {
        return seq;
    }

    String id() {
        return id;
    }

    OffsetDateTime stored() {
        return stored;
    }

    String referencedId() {
        return referencedId;
    }

    boolean voided() {
        return voided;
    }

    boolean voiding() {
        return voiding;
    }

    long credentialId() {
        return credentialId;
    }

    String body() {
        return body;
    }

    boolean defines() {
        return defines;
    }

    /** Whether this statement's object is a StatementRef to statement {@code target}. */
    boolean refersTo(String target) {
        return target.equals(referencedId);
    }

    /** Whether this is a voiding statement that targets statement {@code target}. */
    boolean voids(String target) {
        return voiding && target.equals(referencedId);
    }

    /** Voided by a voiding statement; a voiding statement itself cannot be voided (xAPI-Data 2.3.2). */
    void markVoided() {
        if (!voiding) {
            voided = true;
        }
    }

    StoredStatement toStored() {
        return new StoredStatement(seq, UUID.fromString(id), stored, credentialId, body);
    }
}
