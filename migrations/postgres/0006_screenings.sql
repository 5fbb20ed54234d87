-- Trust and safety: the screening of each review revision (spam score,
-- reasons in words as JSON, decision), and the instance-wide blocklist.
CREATE TABLE review_screenings (
    review_id    TEXT PRIMARY KEY REFERENCES reviews(id),
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    revision     BIGINT NOT NULL,
    spam_score   DOUBLE PRECISION NOT NULL,
    reasons      TEXT NOT NULL,
    decision     TEXT NOT NULL CHECK (decision IN ('publish', 'hold', 'reject')),
    screened_at  BIGINT NOT NULL
);
CREATE INDEX review_screenings_decision ON review_screenings (decision, screened_at);

CREATE TABLE blocklist (
    term        TEXT PRIMARY KEY,
    added_by    TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);

-- Labelled examples for retraining the spam model: moderators' decisions
-- and Akismet-style submit-spam / submit-ham reports.
CREATE TABLE spam_examples (
    id          TEXT PRIMARY KEY,
    text        TEXT NOT NULL,
    label       TEXT NOT NULL CHECK (label IN ('spam', 'ham')),
    source      TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
