-- Flourish LRS schema, version 9. Portable SQL: runs on PostgreSQL and H2.

-- The erasure feed: what readers (the pathway engine) must erase in their own copies. An entry names the erased
-- learner's identifiers and the ids of the erased statements; it is written only while some active credential has
-- scope erasures/read, and deleted once every such reader has acknowledged it (erasure_reader).
CREATE SEQUENCE erasure_feed_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE erasure_feed (
    feed_seq  BIGINT PRIMARY KEY,
    erased_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- kind is AGENT (an identifier key, as in statement_term) or STATEMENT (an erased statement's id).
CREATE TABLE erasure_feed_item (
    feed_seq BIGINT NOT NULL REFERENCES erasure_feed (feed_seq),
    kind     VARCHAR(10) NOT NULL,
    item     VARCHAR NOT NULL
);
CREATE INDEX erasure_feed_item_seq ON erasure_feed_item (feed_seq);

-- How far each reader credential has acknowledged the feed; a reader without a row has acknowledged nothing.
CREATE TABLE erasure_reader (
    credential_id BIGINT PRIMARY KEY REFERENCES credential (id),
    acknowledged  BIGINT NOT NULL
);

-- The audit's digest is keyed from now on (HMAC-SHA256 with a secret of the installation). The plain SHA-256 digests
-- written before could confirm a guessed identifier: they go.
ALTER TABLE erasure_audit ALTER COLUMN identifiers_digest DROP NOT NULL;
UPDATE erasure_audit SET identifiers_digest = NULL;
