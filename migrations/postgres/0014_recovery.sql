-- Recovery cases: staff win an unhappy reviewer back through a private
-- conversation relayed by Candor (the reviewer's address never reaches staff).

-- A review edited by its author after the business replied or wrote to them
-- privately: the public page says so. The original stays in review_revisions.
ALTER TABLE reviews ADD COLUMN updated_after_response_at BIGINT;

-- Per business: a review rated at or below this opens a case on arrival
-- (0 = never automatically).
CREATE TABLE recovery_settings (
    business_id       TEXT PRIMARY KEY REFERENCES businesses(id),
    open_at_or_below  BIGINT NOT NULL CHECK (open_at_or_below BETWEEN 0 AND 5),
    updated_at        BIGINT NOT NULL
);

CREATE TABLE recovery_cases (
    id                   TEXT PRIMARY KEY,
    business_id          TEXT NOT NULL REFERENCES businesses(id),
    review_id            TEXT NOT NULL REFERENCES reviews(id),
    state                TEXT NOT NULL CHECK (state IN ('open', 'contacted', 'remedy_offered',
                             'resolved', 'not_resolved', 'closed_without_contact')),
    rating_at_open       BIGINT NOT NULL CHECK (rating_at_open BETWEEN 1 AND 5),
    opened_by            TEXT REFERENCES users(id),
    assignee_id          TEXT REFERENCES users(id),
    remedy_type          TEXT CHECK (remedy_type IN ('refund', 'replacement', 'gift_card',
                             'apology', 'other')),
    remedy_value_cents   BIGINT,
    order_value_cents    BIGINT,
    currency             TEXT,
    opened_at            BIGINT NOT NULL,
    updated_at           BIGINT NOT NULL,
    closed_at            BIGINT
);
-- At most one case in progress per review; ended cases stay as history.
CREATE UNIQUE INDEX recovery_cases_one_open ON recovery_cases (review_id) WHERE closed_at IS NULL;
CREATE INDEX recovery_cases_business ON recovery_cases (business_id, state, opened_at);

-- Everything that happened to a case, in order: opening, steps, notes,
-- assignment, messages. Nothing is edited or deleted.
CREATE TABLE case_events (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES recovery_cases(id),
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    kind         TEXT NOT NULL,
    from_state   TEXT,
    to_state     TEXT,
    actor_id     TEXT REFERENCES users(id),
    body         TEXT NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL
);
CREATE INDEX case_events_case ON case_events (case_id, created_at);

-- The private conversation. Staff messages go out by e-mail, each with its
-- own answer link (only the token's hash is kept); the reviewer's answers
-- come back through that link.
CREATE TABLE case_messages (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES recovery_cases(id),
    business_id      TEXT NOT NULL REFERENCES businesses(id),
    direction        TEXT NOT NULL CHECK (direction IN ('to_reviewer', 'from_reviewer')),
    author_id        TEXT REFERENCES users(id),
    body             TEXT NOT NULL,
    language         TEXT NOT NULL,
    link_token_hash  TEXT UNIQUE,
    sent_at          BIGINT,
    created_at       BIGINT NOT NULL
);
CREATE INDEX case_messages_case ON case_messages (case_id, created_at);
