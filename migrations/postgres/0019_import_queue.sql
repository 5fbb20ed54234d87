-- Imports with deferred analysis: the file's reviews wait here, as read, until
-- the `import.materialize` job screens and analyses them and stores each as a
-- review with its final status, deleting it from here in the same transaction.
-- Keyed like reviews (business, source, external id), so that a re-run skips
-- what is queued as well as what is stored. Nothing here is public. There is
-- no index by e-mail: the queue is short-lived, and an erasure request may
-- scan it rather than slow every import down.
CREATE TABLE import_queue (
    -- One per batch of a run: the `import.materialize` job names it.
    batch_id       TEXT NOT NULL,
    business_id    TEXT NOT NULL REFERENCES businesses(id),
    source         TEXT NOT NULL,
    external_id    TEXT NOT NULL,
    rating         BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title          TEXT NOT NULL,
    body           TEXT NOT NULL,
    author_name    TEXT NOT NULL,
    author_email   TEXT NOT NULL,
    language       TEXT,
    experienced_on TEXT,
    written_at     BIGINT NOT NULL,
    reply_body     TEXT,
    reply_at       BIGINT,
    replier_id     TEXT,
    -- Set when the reviewer asked to be erased before the review was stored:
    -- 'anonymise' or 'delete', applied as it is stored.
    erase_policy   TEXT,
    queued_at      BIGINT NOT NULL
);
CREATE UNIQUE INDEX import_queue_key ON import_queue (business_id, source, external_id);
CREATE INDEX import_queue_batch ON import_queue (batch_id);
