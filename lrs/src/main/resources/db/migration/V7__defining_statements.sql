-- Flourish LRS schema, version 7. Portable SQL: runs on PostgreSQL and H2.

-- Whether the credential that stored a statement had scope define: only such statements define Activities (their
-- canonical definitions) and Agents (their names). Statements stored before this version were all trusted alike.
ALTER TABLE statement ADD COLUMN defines BOOLEAN DEFAULT TRUE NOT NULL;
