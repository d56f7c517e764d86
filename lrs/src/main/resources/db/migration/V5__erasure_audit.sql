-- The audit of learner erasures: who asked, when, and how much was erased; never the erased content. The learner's
-- identifiers are kept only as a SHA-256 digest, so a later question "was this learner erased?" can be answered
-- without keeping who the learner was.
CREATE SEQUENCE erasure_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE erasure_audit (
    id                 BIGINT PRIMARY KEY,
    requested_by       VARCHAR(200) NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    identifiers_digest CHAR(64) NOT NULL,
    statements_erased  BIGINT NOT NULL,
    documents_erased   BIGINT NOT NULL,
    attachments_erased BIGINT NOT NULL
);
