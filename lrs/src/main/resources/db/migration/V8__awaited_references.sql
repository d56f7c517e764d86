-- Flourish LRS schema, version 8. Portable SQL: runs on PostgreSQL and H2.

-- Statements whose StatementRef target was not stored when they were. When the target arrives it gives them its filter
-- terms (and is voided if one of them voids it). Every write with client-chosen ids looks its ids up here: a table of
-- the few references still waiting, so the lookup stays cheap whatever the planner knows of statement.referenced_id
-- (an IN list of 100 ids over a table without statistics was planned as a sequential scan of all statements).
CREATE TABLE awaited_reference (
    seq BIGINT PRIMARY KEY REFERENCES statement (seq),
    target_id VARCHAR(36) NOT NULL
);
CREATE INDEX awaited_reference_target ON awaited_reference (target_id);

INSERT INTO awaited_reference (seq, target_id)
SELECT s.seq, s.referenced_id FROM statement s
WHERE s.referenced_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM statement t WHERE t.id = s.referenced_id);
