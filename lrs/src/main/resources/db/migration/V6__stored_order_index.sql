-- Time windows (since, until) become storage-order bounds: the last statement stored at or before a time is found
-- at the end of this index, and stored never decreases along seq (they are assigned together).
CREATE INDEX statement_stored_seq ON statement (stored, seq);
DROP INDEX statement_stored;
