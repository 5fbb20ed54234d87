-- Platform moderators (an instance-wide grant, apart from organisation
-- roles) and flags raised on reviews by consumers and businesses.
CREATE TABLE moderators (
    user_id     TEXT PRIMARY KEY REFERENCES users(id),
    granted_by  TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);

CREATE TABLE review_flags (
    id           TEXT PRIMARY KEY,
    review_id    TEXT NOT NULL REFERENCES reviews(id),
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    reason       TEXT NOT NULL,
    raised_by    TEXT NOT NULL CHECK (raised_by IN ('consumer', 'business')),
    raiser_key   TEXT NOT NULL,
    note         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('open', 'upheld', 'dismissed')),
    created_at   BIGINT NOT NULL,
    resolved_at  BIGINT,
    resolved_by  TEXT
);
CREATE UNIQUE INDEX review_flags_once ON review_flags (review_id, raiser_key);
CREATE INDEX review_flags_open ON review_flags (status, review_id);
CREATE INDEX review_flags_business ON review_flags (business_id, status);

-- The moderation queue reads pending reviews oldest first.
CREATE INDEX reviews_status ON reviews (status, created_at, id);

-- Duplicate detection: each review's exact key and MinHash signature
-- (candor-trust duplicates, scheme 1), and its LSH band keys.
CREATE TABLE review_fingerprints (
    review_id    TEXT PRIMARY KEY REFERENCES reviews(id),
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    exact_key    TEXT NOT NULL,
    signature    TEXT NOT NULL,
    words        BIGINT NOT NULL
);
CREATE INDEX review_fingerprints_exact ON review_fingerprints (exact_key);

CREATE TABLE review_bands (
    band_key   BIGINT NOT NULL,
    review_id  TEXT NOT NULL REFERENCES reviews(id),
    PRIMARY KEY (band_key, review_id)
);
CREATE INDEX review_bands_review ON review_bands (review_id);
