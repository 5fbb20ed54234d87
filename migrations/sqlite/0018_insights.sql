-- Insights (#7). Everything here except promises, testimonials and report
-- links is derived from `reviews` and can be rebuilt from it at any time
-- (`candor insights rebuild`).

-- Repeat activity (reviews an address wrote for a business) is counted for
-- every review the insights read: with the business in the index it is
-- answered from the index alone, without reading the reviews.
DROP INDEX reviews_by_email;
CREATE INDEX reviews_by_email ON reviews (author_email, created_at, business_id);

-- What one review contributes to the figures, computed once per change of
-- the review (text analysis is too slow to repeat for every dashboard).
CREATE TABLE review_insights (
    review_id           TEXT PRIMARY KEY REFERENCES reviews(id),
    business_id         TEXT NOT NULL REFERENCES businesses(id),
    created_at          BIGINT NOT NULL,
    segment             TEXT NOT NULL CHECK (segment IN ('ambassador', 'detractor', 'indifferent')),
    -- Comma-separated lists: journey stages in text order, aspects
    -- mentioned, aspects mentioned in a negative sentence.
    stages              TEXT NOT NULL,
    aspects             TEXT NOT NULL,
    negative_aspects    TEXT NOT NULL,
    -- A sentence showing confusion about intended behaviour (education gap).
    education_kind      TEXT,
    education_sentence  TEXT,
    -- Time from the review to the business's public reply, if answered.
    reply_delay_ms      BIGINT
);
CREATE INDEX review_insights_education ON review_insights (business_id, education_kind, created_at);

-- Per business, UTC day of writing, language and stars: published reviews.
-- Each day also has rows under the language '*': the sums over every
-- language, so a dashboard without a language filter reads one row per day
-- and stars. The language comes before the day in the key, so a range of
-- days in one language is one stretch of the index.
CREATE TABLE insight_days (
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    day          BIGINT NOT NULL,
    language     TEXT NOT NULL,
    rating       BIGINT NOT NULL,
    reviews      BIGINT NOT NULL,
    replied      BIGINT NOT NULL,
    ambassadors  BIGINT NOT NULL,
    detractors   BIGINT NOT NULL,
    PRIMARY KEY (business_id, language, day, rating)
);

-- Per business, day and language: keyed counts ('aspect', 'aspect-negative',
-- 'stage' of complaints, 'path' start>end of complaints, 'cause' aspect|stage).
CREATE TABLE insight_counts (
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    fact         TEXT NOT NULL,
    day          BIGINT NOT NULL,
    language     TEXT NOT NULL,
    fact_key     TEXT NOT NULL,
    value        BIGINT NOT NULL,
    PRIMARY KEY (business_id, fact, language, day, fact_key)
);

-- Days whose rows above must be recomputed; written in the same transaction
-- as the review insights that made them stale.
CREATE INDEX insight_days_day ON insight_days (business_id, day);
CREATE INDEX insight_counts_day ON insight_counts (business_id, day);

CREATE TABLE insight_dirty_days (
    business_id  TEXT NOT NULL,
    day          BIGINT NOT NULL,
    PRIMARY KEY (business_id, day)
);

-- How far the rollups have read `reviews.changed_at`.
CREATE TABLE insight_state (
    id            BIGINT PRIMARY KEY CHECK (id = 1),
    refreshed_to  BIGINT NOT NULL,
    last_id       TEXT NOT NULL
);
INSERT INTO insight_state (id, refreshed_to, last_id) VALUES (1, 0, '');

-- A business's marketing promises; keywords per language as JSON.
CREATE TABLE promises (
    id           TEXT PRIMARY KEY,
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    text         TEXT NOT NULL,
    language     TEXT NOT NULL,
    keywords     TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    archived_at  BIGINT,
    -- How far the scan of the business's earlier reviews has come
    -- (created_at, id), and whether it has finished.
    scan_after_at  BIGINT NOT NULL DEFAULT 0,
    scan_after_id  TEXT NOT NULL DEFAULT '',
    scanned        BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX promises_business ON promises (business_id);

-- Published reviews that speak of a promise, and whether it was kept.
CREATE TABLE promise_matches (
    promise_id   TEXT NOT NULL REFERENCES promises(id),
    review_id    TEXT NOT NULL REFERENCES reviews(id),
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    created_at   BIGINT NOT NULL,
    verdict      TEXT NOT NULL CHECK (verdict IN ('kept', 'broken', 'unclear')),
    sentence     TEXT NOT NULL,
    PRIMARY KEY (promise_id, review_id)
);
CREATE INDEX promise_matches_time ON promise_matches (promise_id, created_at);
CREATE INDEX promise_matches_review ON promise_matches (review_id);

-- The reviewer's consent to be quoted on the business's own site.
ALTER TABLE reviews ADD COLUMN testimonial_consent_at BIGINT;
-- Reviews updated by their authors after the business responded (the
-- recovery figures' rating change), without reading every review.
CREATE INDEX reviews_updated_after_response ON reviews (business_id, updated_after_response_at)
    WHERE updated_after_response_at IS NOT NULL;
-- Only consented reviews are in it, so the testimonial picker of a business
-- with a million reviews reads only those.
CREATE INDEX reviews_consented ON reviews (business_id, rating, helpful_count, created_at)
    WHERE testimonial_consent_at IS NOT NULL;

CREATE TABLE testimonials (
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    review_id    TEXT NOT NULL REFERENCES reviews(id),
    chosen_by    TEXT NOT NULL REFERENCES users(id),
    chosen_at    BIGINT NOT NULL,
    PRIMARY KEY (business_id, review_id)
);

-- Shareable report links: only the SHA-256 of the token is kept.
CREATE TABLE report_links (
    id           TEXT PRIMARY KEY,
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    token_hash   TEXT NOT NULL UNIQUE,
    period_from  BIGINT NOT NULL,
    period_to    BIGINT NOT NULL,
    created_by   TEXT NOT NULL REFERENCES users(id),
    created_at   BIGINT NOT NULL,
    revoked_at   BIGINT
);
CREATE INDEX report_links_business ON report_links (business_id);
