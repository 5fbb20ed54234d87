-- The background job queue: deadlines, notifications, digests and incident
-- detection run from here. A job is claimed by one worker for a lease
-- (`locked_by`, `locked_until`); a worker that dies simply lets the lease
-- run out and the job becomes claimable again. A job is marked done in the
-- same transaction as its effects, so it takes effect once.
--   state: queued | running | done | failed (gave up after max_attempts)
-- `unique_key` makes enqueueing idempotent: a second job with the same key
-- is not inserted (NULL keys never collide).
CREATE TABLE jobs (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    payload       TEXT NOT NULL,
    unique_key    TEXT UNIQUE,
    state         TEXT NOT NULL,
    run_at        BIGINT NOT NULL,
    attempts      BIGINT NOT NULL,
    max_attempts  BIGINT NOT NULL,
    locked_by     TEXT,
    locked_until  BIGINT,
    last_error    TEXT,
    created_at    BIGINT NOT NULL,
    finished_at   BIGINT
);
-- Claiming reads due queued jobs in run_at order and expired running ones.
CREATE INDEX jobs_claim ON jobs (state, run_at);
CREATE INDEX jobs_lease ON jobs (state, locked_until);
CREATE INDEX jobs_kind ON jobs (kind, created_at);
