-- Flourish LRS schema, version 2: the documents of the State, Activity Profile and Agent Profile resources
-- (xAPI-Communication 2.2). Portable SQL: BYTEA is binary on PostgreSQL and an alias of BINARY VARYING on H2 2.x.

-- One row per document. kind is STATE, ACTIVITY_PROFILE or AGENT_PROFILE; activity_id, agent_key and registration
-- are the parts of the document's context that its kind uses (the others are NULL). identity_key and context_key are
-- SHA-256 digests of the identity (context plus document id) and of the context alone: activity ids and document
-- ids are long strings, too long for a portable unique index, so the digests carry the indexes.
-- provider_id is the provider whose credential created the document: it owns it.
CREATE SEQUENCE document_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE document (
    id           BIGINT PRIMARY KEY,
    identity_key CHAR(64) NOT NULL UNIQUE,
    context_key  CHAR(64) NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    activity_id  VARCHAR(4000),
    agent_key    VARCHAR(4000),
    registration VARCHAR(36),
    document_id  VARCHAR(4000) NOT NULL,
    content_type VARCHAR(500) NOT NULL,
    content      BYTEA NOT NULL,
    etag         VARCHAR(64) NOT NULL,
    updated      TIMESTAMP WITH TIME ZONE NOT NULL,
    provider_id  BIGINT NOT NULL REFERENCES provider (id)
);
CREATE INDEX document_context ON document (context_key, updated);
