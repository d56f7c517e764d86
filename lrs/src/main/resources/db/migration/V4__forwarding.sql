-- Statement forwarding. The statement table is the outbox: each subscription keeps its own position in the log
-- (delivered_through, a statement seq) and moves it only after the target accepted everything up to there.
CREATE SEQUENCE subscription_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE subscription (
    id                BIGINT PRIMARY KEY,
    name              VARCHAR(200) NOT NULL UNIQUE,
    target_url        VARCHAR(2000) NOT NULL,
    target_key        VARCHAR(500) NOT NULL,
    target_secret     VARCHAR(500) NOT NULL,
    filter_verb       VARCHAR(2048),
    filter_activity   VARCHAR(2048),
    filter_provider   BIGINT REFERENCES provider (id),
    enabled           BOOLEAN NOT NULL,
    delivered_through BIGINT NOT NULL,
    delivered_count   BIGINT NOT NULL,
    last_delivered_at TIMESTAMP WITH TIME ZONE,
    failures          INTEGER NOT NULL,
    next_attempt_at   TIMESTAMP WITH TIME ZONE,
    last_error        VARCHAR(2000),
    last_error_at     TIMESTAMP WITH TIME ZONE,
    created           TIMESTAMP WITH TIME ZONE NOT NULL
);
