-- The spam model retrained by `candor train spam` (shipped data plus the
-- instance's moderation decisions and Akismet reports), used instead of
-- the shipped one when it did better on the instance's held-out examples.
CREATE TABLE spam_models (
    name              TEXT PRIMARY KEY,
    model             TEXT NOT NULL,
    accuracy          DOUBLE PRECISION NOT NULL,
    shipped_accuracy  DOUBLE PRECISION NOT NULL,
    examples          BIGINT NOT NULL,
    trained_at        BIGINT NOT NULL
);
