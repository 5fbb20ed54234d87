-- Respond: response deadlines, escalations, staff notifications and the
-- e-mails sent for them.

-- The language a staff member reads Candor's e-mails and notifications in.
ALTER TABLE users ADD COLUMN locale TEXT NOT NULL DEFAULT 'en';

-- A business's response deadline per star band (negative = 1-2 stars,
-- mixed = 3, positive = 4-5). A band without a row uses Candor's default.
CREATE TABLE response_deadlines (
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    band         TEXT NOT NULL CHECK (band IN ('negative', 'mixed', 'positive')),
    hours        BIGINT NOT NULL CHECK (hours > 0),
    updated_at   BIGINT NOT NULL,
    PRIMARY KEY (business_id, band)
);

-- A review whose deadline passed without a reply: escalated to the managers.
CREATE TABLE escalations (
    review_id     TEXT PRIMARY KEY REFERENCES reviews(id),
    business_id   TEXT NOT NULL REFERENCES businesses(id),
    due_at        BIGINT NOT NULL,
    escalated_at  BIGINT NOT NULL
);
CREATE INDEX escalations_business ON escalations (business_id, escalated_at);

-- In-app notifications of one staff member. `dedupe_key` makes each event
-- notify a user once however often its job runs.
CREATE TABLE notifications (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users(id),
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    kind         TEXT NOT NULL,
    review_id    TEXT REFERENCES reviews(id),
    dedupe_key   TEXT NOT NULL UNIQUE,
    created_at   BIGINT NOT NULL,
    read_at      BIGINT
);
CREATE INDEX notifications_user ON notifications (user_id, created_at);

-- Every e-mail Candor sent, by its Message-ID: a retried job finds its
-- e-mail here and does not send it again. The address is not kept.
CREATE TABLE sent_emails (
    message_id  TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    user_id     TEXT REFERENCES users(id),
    subject     TEXT NOT NULL,
    language    TEXT NOT NULL,
    sent_at     BIGINT NOT NULL
);
