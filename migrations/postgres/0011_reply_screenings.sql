-- The screening of every reply a business posts. A refused reply is kept
-- here with its text, score and reasons (reply_id stays empty); a
-- published one points at its reply and revision.
CREATE TABLE reply_screenings (
    id              TEXT PRIMARY KEY,
    review_id       TEXT NOT NULL REFERENCES reviews(id),
    business_id     TEXT NOT NULL REFERENCES businesses(id),
    author_user_id  TEXT NOT NULL REFERENCES users(id),
    reply_id        TEXT REFERENCES replies(id),
    revision        BIGINT,
    body            TEXT NOT NULL,
    spam_score      DOUBLE PRECISION NOT NULL,
    reasons         TEXT NOT NULL,
    decision        TEXT NOT NULL CHECK (decision IN ('publish', 'reject')),
    screened_at     BIGINT NOT NULL
);
CREATE INDEX reply_screenings_review ON reply_screenings (review_id, screened_at);
