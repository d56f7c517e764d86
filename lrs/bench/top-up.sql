-- Fills the LRS database up to the target count when loading over HTTP did not get there in its time box.
-- Same population and the same rows the LRS writes (statement + statement_term with the LRS's term keys, see
-- bench/Population.java and StatementGenerator.java), generated inside PostgreSQL because a client cannot do it fast
-- enough on two shared cores. The statement_term indexes and foreign key are dropped and rebuilt, exactly as
-- V1__statements_and_credentials.sql defines them. Measures nothing of the LRS.
-- Variables: missing (statements to add), credential (the seed credential's id), key (its api key).
\set ON_ERROR_STOP on
SET maintenance_work_mem = '256MB';
SELECT setseed(0.4711);

CREATE TEMP TABLE gen AS
WITH base AS (
    SELECT i, (SELECT COALESCE(MAX(seq), 0) FROM statement) + 1000 + i AS seq,
           floor(random() * 10000)::int AS learner, floor(random() * 3)::int AS k,
           floor(random() * 20)::int AS lesson_in_course, floor(random() * 20)::int AS verb,
           floor(random() * 101)::int AS raw, random() < 0.5 AS completion, floor(random() * 59)::int + 1 AS minutes
    FROM generate_series(1, :missing) AS i
), placed AS (
    SELECT b.*, (learner * 7 + k * 31) % 100 AS course FROM base b
)
SELECT p.*, course * 20 + lesson_in_course AS lesson, course / 10 AS programme,
       (course * 2 + learner % 2) % 200 AS instructor,
       (ARRAY['experienced', 'attended', 'attempted', 'completed', 'passed', 'failed', 'answered', 'interacted',
              'imported', 'created', 'shared', 'mastered', 'asked', 'commented', 'launched', 'initialized',
              'terminated', 'suspended', 'resumed', 'progressed'])[verb + 1] AS verb_name,
       md5('registration ' || learner || ' ' || course) AS reg_md5,
       md5('bulk statement ' || i) AS id_md5
FROM placed p;

-- java.util.UUID.nameUUIDFromBytes: MD5 with the version nibble set to 3 and the variant bits to 10.
CREATE TEMP TABLE row_values AS
SELECT g.*,
       'http://adlnet.gov/expapi/verbs/' || verb_name AS verb_id,
       'https://flourish.example.org/activities/lesson/' || lesson AS lesson_id,
       'https://flourish.example.org/activities/course/' || course AS course_id,
       'https://flourish.example.org/activities/programme/' || programme AS programme_id,
       CASE WHEN learner % 2 = 0 THEN 'mbox:mailto:learner' || learner || '@school' || (learner % 50) || '.example.org'
            ELSE 'account:https://radio.flourish.example.org|listener-' || learner END AS learner_key,
       'mbox:mailto:teacher' || instructor || '@ngo.example.org' AS instructor_key,
       overlay(overlay(substr(reg_md5, 1, 8) || '-' || substr(reg_md5, 9, 4) || '-' || substr(reg_md5, 13, 4) || '-'
               || substr(reg_md5, 17, 4) || '-' || substr(reg_md5, 21, 12) placing '3' from 15 for 1)
               placing to_hex(8 + (('x' || substr(reg_md5, 17, 1))::bit(4)::int & 3)) from 20 for 1) AS registration,
       overlay(overlay(substr(id_md5, 1, 8) || '-' || substr(id_md5, 9, 4) || '-' || substr(id_md5, 13, 4) || '-'
               || substr(id_md5, 17, 4) || '-' || substr(id_md5, 21, 12) placing '4' from 15 for 1)
               placing 'a' from 20 for 1) AS id,
       now() + i * interval '500 microseconds' AS stored
FROM gen g;

ALTER TABLE statement_term DROP CONSTRAINT statement_term_seq_fkey;
ALTER TABLE statement_term DROP CONSTRAINT statement_term_pkey;
DROP INDEX statement_term_seq;

INSERT INTO statement (seq, id, stored, referenced_id, voided, voiding, credential_id, body)
SELECT seq, id, date_trunc('milliseconds', stored), NULL, FALSE, FALSE, :credential, jsonb_build_object(
    'id', id,
    'actor', CASE WHEN learner % 2 = 0
        THEN jsonb_build_object('objectType', 'Agent', 'name', 'Learner ' || learner,
                                'mbox', substr(learner_key, 6))
        ELSE jsonb_build_object('objectType', 'Agent', 'name', 'Learner ' || learner, 'account',
                 jsonb_build_object('homePage', 'https://radio.flourish.example.org', 'name', 'listener-' || learner))
        END,
    'verb', jsonb_build_object('id', verb_id, 'display', jsonb_build_object('en-US', verb_name)),
    'object', jsonb_build_object('objectType', 'Activity', 'id', lesson_id, 'definition', jsonb_build_object(
        'type', 'http://adlnet.gov/expapi/activities/lesson',
        'name', jsonb_build_object('en-US', 'Lesson ' || lesson, 'fr', 'Leçon ' || lesson),
        'description', jsonb_build_object('en-US', 'Lesson ' || lesson || ' of course ' || course))),
    'result', jsonb_build_object('score', jsonb_build_object('scaled', raw / 100.0, 'raw', raw, 'min', 0, 'max', 100),
        'success', raw >= 50, 'completion', completion, 'duration', 'PT' || minutes || 'M'),
    'context', jsonb_build_object('registration', registration,
        'instructor', jsonb_build_object('objectType', 'Agent', 'mbox', substr(instructor_key, 6)),
        'contextActivities', jsonb_build_object(
            'parent', jsonb_build_array(jsonb_build_object('id', course_id, 'definition',
                jsonb_build_object('type', 'http://adlnet.gov/expapi/activities/course'))),
            'grouping', jsonb_build_array(jsonb_build_object('id', programme_id))),
        'platform', 'Flourish', 'language', 'en-US'),
    'timestamp', to_char(timestamp '2026-03-02 08:00:00' + i * interval '3 seconds', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'authority', jsonb_build_object('objectType', 'Agent', 'name', 'Demo provider', 'account',
        jsonb_build_object('homePage', 'https://example.org/demo', 'name', :'key')),
    'version', '2.0.0',
    'stored', to_char(date_trunc('milliseconds', stored) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
)::text
FROM row_values;

INSERT INTO statement_term (term, seq)
SELECT term, seq FROM row_values, unnest(ARRAY[
    'verb ' || verb_id, 'registration ' || registration,
    'agent ' || learner_key, 'agent~ ' || learner_key, 'agent~ ' || instructor_key,
    'agent~ account:https://example.org/demo|' || :'key',
    'activity ' || lesson_id, 'activity~ ' || lesson_id, 'activity~ ' || course_id, 'activity~ ' || programme_id
]) AS term;

ALTER TABLE statement_term ADD PRIMARY KEY (term, seq);
CREATE INDEX statement_term_seq ON statement_term (seq);
ALTER TABLE statement_term ADD CONSTRAINT statement_term_seq_fkey FOREIGN KEY (seq) REFERENCES statement (seq);
-- The LRS numbers in blocks of 100 (V1 migration): move its sequence past the rows added here.
SELECT setval('statement_seq', ((SELECT MAX(seq) FROM statement) / 100 + 2) * 100);
