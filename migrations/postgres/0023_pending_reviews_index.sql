-- Only pending reviews are looked up by status (the moderation queue, the
-- reviews waiting for a deferred screening). Published ones, nearly all of
-- them and every imported review that passes, no longer go into this
-- index, whose date order put each imported review at a random place in
-- it, so each bulk batch rewrote pages all over it.
DROP INDEX reviews_status;
CREATE INDEX reviews_status ON reviews (status, created_at, id) WHERE status = 'pending';
