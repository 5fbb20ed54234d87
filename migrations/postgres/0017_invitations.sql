-- Invitations: every customer a business uploads is asked for a review
-- (no filtering by expected sentiment), once, with at most one reminder.

-- Per business: how long after the order (or the upload) the invitation
-- goes out, and how long after it the one reminder does (0 = none).
CREATE TABLE invitation_settings (
    business_id         TEXT PRIMARY KEY REFERENCES businesses(id),
    delay_hours         BIGINT NOT NULL CHECK (delay_hours BETWEEN 0 AND 2160),
    reminder_hours      BIGINT NOT NULL CHECK (reminder_hours BETWEEN 0 AND 2160),
    updated_at          BIGINT NOT NULL
);

CREATE TABLE invitations (
    id                   TEXT PRIMARY KEY,
    business_id          TEXT NOT NULL REFERENCES businesses(id),
    email                TEXT NOT NULL,
    name                 TEXT NOT NULL,
    order_ref            TEXT NOT NULL,
    ordered_at           BIGINT,
    language             TEXT NOT NULL,
    product              TEXT NOT NULL,
    state                TEXT NOT NULL CHECK (state IN
                           ('scheduled', 'sent', 'reviewed', 'unsubscribed', 'bounced')),
    send_at              BIGINT NOT NULL,
    sent_at              BIGINT,
    reminded_at          BIGINT,
    opened_at            BIGINT,
    reviewed_at          BIGINT,
    review_id            TEXT REFERENCES reviews(id),
    -- SHA-256 of the link tokens of the invitation and of the reminder.
    token_hash           TEXT UNIQUE,
    reminder_token_hash  TEXT UNIQUE,
    bounce_reason        TEXT,
    created_at           BIGINT NOT NULL,
    -- One invitation per order: uploading the same orders again adds none.
    UNIQUE (business_id, order_ref)
);
CREATE INDEX invitations_business ON invitations (business_id, created_at);
CREATE INDEX invitations_email ON invitations (business_id, email);

-- Addresses that asked a business never to invite them again.
CREATE TABLE invitation_unsubscribes (
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    email        TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (business_id, email)
);
