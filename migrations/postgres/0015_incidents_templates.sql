-- Reply help and incidents.

-- A business's reply templates, per language and optionally per star band.
-- Placeholders: {name} (the reviewer's name) and {business}.
CREATE TABLE reply_templates (
    id           TEXT PRIMARY KEY,
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    name         TEXT NOT NULL,
    language     TEXT NOT NULL,
    band         TEXT CHECK (band IN ('negative', 'mixed', 'positive')),
    body         TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX reply_templates_business ON reply_templates (business_id, language);

-- Negative reviews about one aspect arriving well above their usual rate.
-- `baseline_milli` is the usual number per day, times 1000 (integers only,
-- for both backends).
CREATE TABLE incidents (
    id               TEXT PRIMARY KEY,
    business_id      TEXT NOT NULL REFERENCES businesses(id),
    aspect           TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    observed         BIGINT NOT NULL,
    baseline_milli   BIGINT NOT NULL,
    remedy_policy    TEXT NOT NULL DEFAULT '',
    replied_at       BIGINT,
    opened_at        BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    closed_at        BIGINT
);
CREATE UNIQUE INDEX incidents_one_open ON incidents (business_id, aspect) WHERE state = 'open';
CREATE INDEX incidents_business ON incidents (business_id, opened_at);

CREATE TABLE incident_reviews (
    incident_id  TEXT NOT NULL REFERENCES incidents(id),
    review_id    TEXT NOT NULL REFERENCES reviews(id),
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    added_at     BIGINT NOT NULL,
    PRIMARY KEY (incident_id, review_id)
);
