-- Instance-wide settings, starting with the instance's own id: the search
-- index records which database it was built from.
CREATE TABLE instance_settings (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- When anything the search index holds about a review last changed (text,
-- status, reply); the index catches up in (changed_at, id) order.
ALTER TABLE reviews ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0;
UPDATE reviews SET changed_at = updated_at;
CREATE INDEX reviews_changes ON reviews (changed_at, id);
