-- The reviewer-business graph job's last run: suspicion per review whose
-- writer or review scored at least 0.3 (the rest count as 0), with the
-- lockstep block it belongs to, and a log of runs.
CREATE TABLE review_suspicion (
    review_id       TEXT PRIMARY KEY REFERENCES reviews(id),
    business_id     TEXT NOT NULL REFERENCES businesses(id),
    reviewer_score  REAL NOT NULL,
    review_score    REAL NOT NULL,
    block           BIGINT,
    scored_at       BIGINT NOT NULL
);
CREATE INDEX review_suspicion_score ON review_suspicion (review_score, review_id);

CREATE TABLE graph_runs (
    id           TEXT PRIMARY KEY,
    reviews      BIGINT NOT NULL,
    reviewers    BIGINT NOT NULL,
    blocks       BIGINT NOT NULL,
    suspicious   BIGINT NOT NULL,
    iterations   BIGINT NOT NULL,
    converged    BIGINT NOT NULL,
    millis       BIGINT NOT NULL,
    finished_at  BIGINT NOT NULL
);
