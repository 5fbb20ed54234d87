-- A review's current version lives in its row only: `review_revisions`
-- keeps the versions an edit replaced, and `revised_at` says when the
-- current one was written. Every review used to store its text twice (a
-- quarter of the database after an import), though most are never edited.
ALTER TABLE reviews ADD COLUMN revised_at BIGINT NOT NULL DEFAULT 0;
UPDATE reviews SET revised_at = COALESCE(
    (SELECT v.created_at FROM review_revisions v
      WHERE v.review_id = reviews.id AND v.revision = reviews.revision),
    created_at);
DELETE FROM review_revisions WHERE EXISTS (
    SELECT 1 FROM reviews r
     WHERE r.id = review_revisions.review_id AND r.revision = review_revisions.revision);
