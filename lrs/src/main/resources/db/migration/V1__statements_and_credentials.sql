-- Flourish LRS schema, version 1. Portable SQL: the same script runs on PostgreSQL and on H2 (embedded default).

-- A provider is an organisation that sends or reads statements: a school, an NGO, a tool vendor.
CREATE SEQUENCE provider_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE provider (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    homepage    VARCHAR(2000) NOT NULL,
    enabled     BOOLEAN NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- HTTP Basic key/secret pairs; the secret is kept only as a PBKDF2 hash. Scopes are a space-separated list.
CREATE SEQUENCE credential_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE credential (
    id          BIGINT PRIMARY KEY,
    provider_id BIGINT NOT NULL REFERENCES provider (id),
    api_key     VARCHAR(200) NOT NULL UNIQUE,
    secret_hash VARCHAR(500) NOT NULL,
    scopes      VARCHAR(500) NOT NULL,
    enabled     BOOLEAN NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per statement: the statement JSON as stored (prepared by the LRS), plus what voiding and scopes need.
-- seq orders statements by storage and keys the paging cursor.
CREATE TABLE statement (
    seq           BIGINT PRIMARY KEY,
    id            VARCHAR(36) NOT NULL UNIQUE,
    stored        TIMESTAMP WITH TIME ZONE NOT NULL,
    referenced_id VARCHAR(36),
    voided        BOOLEAN NOT NULL,
    voiding       BOOLEAN NOT NULL,
    credential_id BIGINT NOT NULL REFERENCES credential (id),
    body          VARCHAR NOT NULL
);
CREATE INDEX statement_referenced ON statement (referenced_id);
CREATE INDEX statement_stored ON statement (stored);

-- The values the GET filters match (verb, registration, agent, activity, with their "related" variants), one row per
-- value and statement, including those inherited from the statements it targets through a StatementRef.
CREATE TABLE statement_term (
    term VARCHAR(2100) NOT NULL,
    seq  BIGINT NOT NULL REFERENCES statement (seq),
    PRIMARY KEY (term, seq)
);
CREATE INDEX statement_term_seq ON statement_term (seq);

-- Statement positions are handed out in blocks of 100; EclipseLink reads each value as the last of its block.
CREATE SEQUENCE statement_seq START WITH 100 INCREMENT BY 100;
