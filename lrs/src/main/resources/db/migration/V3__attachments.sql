-- Flourish LRS schema, version 3: attachment data. Portable SQL: runs on PostgreSQL and H2 (BYTEA is binary on both).

-- Attachment data, kept once per SHA-2 (lower-case hex) however many statements declare it.
CREATE TABLE attachment (
    sha2         VARCHAR(128) PRIMARY KEY,
    content_type VARCHAR(1000) NOT NULL,
    length       BIGINT NOT NULL,
    content      BYTEA NOT NULL
);

-- Which statement declares which attachment hash, with data here or only a fileUrl: written with the statement, so
-- the attachments used only by a given learner's statements can be found (and erased) without reading statement JSON.
CREATE TABLE statement_attachment (
    seq  BIGINT NOT NULL REFERENCES statement (seq),
    sha2 VARCHAR(128) NOT NULL,
    PRIMARY KEY (seq, sha2)
);
CREATE INDEX statement_attachment_sha2 ON statement_attachment (sha2);
