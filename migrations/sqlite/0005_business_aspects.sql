-- Aspects a business defines for itself, with keywords per language (JSON:
-- {"de": ["finanzier*"], "any": ["autoplus"]}). Reviews are re-analysed
-- when they change.
CREATE TABLE business_aspects (
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    aspect       TEXT NOT NULL,
    keywords     TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    PRIMARY KEY (business_id, aspect)
);
