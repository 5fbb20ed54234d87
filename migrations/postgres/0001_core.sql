-- Candor core schema (PostgreSQL). Kept column-for-column in step with
-- migrations/sqlite/0001_core.sql; a test compares the two.
-- Portable types only: TEXT ids (UUIDv7), BIGINT times (Unix milliseconds, UTC),
-- BIGINT numbers and flags, so one set of queries runs on both backends.

CREATE TABLE organisations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  BIGINT NOT NULL
);

CREATE TABLE users (
    id             TEXT PRIMARY KEY,
    org_id         TEXT NOT NULL REFERENCES organisations(id),
    email          TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'agent')),
    password_hash  TEXT NOT NULL,
    created_at     BIGINT NOT NULL
);
CREATE INDEX users_org ON users (org_id);

CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    org_id      TEXT NOT NULL REFERENCES organisations(id),
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id            TEXT PRIMARY KEY,
    org_id        TEXT NOT NULL REFERENCES organisations(id),
    user_id       TEXT NOT NULL REFERENCES users(id),
    name          TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    created_at    BIGINT NOT NULL,
    last_used_at  BIGINT,
    revoked_at    BIGINT
);
CREATE INDEX api_tokens_org ON api_tokens (org_id);

CREATE TABLE businesses (
    id          TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL REFERENCES organisations(id),
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    website     TEXT NOT NULL DEFAULT '',
    version     BIGINT NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL
);
CREATE INDEX businesses_org ON businesses (org_id);

CREATE TABLE reviews (
    id               TEXT PRIMARY KEY,
    business_id      TEXT NOT NULL REFERENCES businesses(id),
    rating           BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title            TEXT NOT NULL,
    body             TEXT NOT NULL,
    author_name      TEXT NOT NULL,
    author_email     TEXT NOT NULL,
    language         TEXT,
    experienced_on   TEXT,
    status           TEXT NOT NULL CHECK (status IN ('published', 'pending', 'removed')),
    status_reason    TEXT,
    source           TEXT NOT NULL DEFAULT 'organic',
    edit_token_hash  TEXT NOT NULL,
    revision         BIGINT NOT NULL DEFAULT 1,
    helpful_count    BIGINT NOT NULL DEFAULT 0,
    has_reply        BIGINT NOT NULL DEFAULT 0,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX reviews_newest ON reviews (business_id, status, created_at, id);
CREATE INDEX reviews_helpful ON reviews (business_id, status, helpful_count, created_at, id);
CREATE INDEX reviews_spotlight ON reviews (business_id, status, rating, helpful_count);

CREATE TABLE review_revisions (
    id              TEXT PRIMARY KEY,
    review_id       TEXT NOT NULL REFERENCES reviews(id),
    business_id     TEXT NOT NULL REFERENCES businesses(id),
    revision        BIGINT NOT NULL,
    rating          BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title           TEXT NOT NULL,
    body            TEXT NOT NULL,
    author_name     TEXT NOT NULL,
    language        TEXT,
    experienced_on  TEXT,
    created_at      BIGINT NOT NULL,
    UNIQUE (review_id, revision)
);

CREATE TABLE review_status_events (
    id           TEXT PRIMARY KEY,
    review_id    TEXT NOT NULL REFERENCES reviews(id),
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    from_status  TEXT NOT NULL,
    to_status    TEXT NOT NULL,
    reason       TEXT NOT NULL,
    actor        TEXT NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE INDEX review_status_events_review ON review_status_events (review_id);

CREATE TABLE replies (
    id              TEXT PRIMARY KEY,
    review_id       TEXT NOT NULL UNIQUE REFERENCES reviews(id),
    business_id     TEXT NOT NULL REFERENCES businesses(id),
    author_user_id  TEXT NOT NULL REFERENCES users(id),
    body            TEXT NOT NULL,
    revision        BIGINT NOT NULL DEFAULT 1,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);

CREATE TABLE reply_revisions (
    id              TEXT PRIMARY KEY,
    reply_id        TEXT NOT NULL REFERENCES replies(id),
    business_id     TEXT NOT NULL REFERENCES businesses(id),
    revision        BIGINT NOT NULL,
    body            TEXT NOT NULL,
    author_user_id  TEXT NOT NULL REFERENCES users(id),
    created_at      BIGINT NOT NULL,
    UNIQUE (reply_id, revision)
);

CREATE TABLE helpful_votes (
    review_id    TEXT NOT NULL REFERENCES reviews(id),
    business_id  TEXT NOT NULL REFERENCES businesses(id),
    voter_key    TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (review_id, voter_key)
);
