-- Text analysis of each review's current revision (candor-text): language,
-- sentiment, predicted stars, aspects, and whether text and stars disagree.
CREATE TABLE review_analyses (
    review_id            TEXT PRIMARY KEY REFERENCES reviews(id),
    business_id          TEXT NOT NULL REFERENCES businesses(id),
    revision             BIGINT NOT NULL,
    language             TEXT NOT NULL,
    language_confidence  REAL NOT NULL,
    sentiment            REAL NOT NULL,
    stars_predicted      BIGINT NOT NULL,
    sentiment_evidence   BIGINT NOT NULL,
    mismatch             BIGINT NOT NULL,
    aspects              TEXT NOT NULL,
    analyzed_at          BIGINT NOT NULL
);
CREATE INDEX review_analyses_business ON review_analyses (business_id, mismatch);
