-- The "most helpful" order needs an index only for reviews someone found
-- helpful: those nobody voted for (nearly all, and every imported one)
-- follow in date order, which `reviews_newest` already gives. Kept out of
-- this index, an imported review no longer lands at a random place in it,
-- so a bulk batch no longer rewrites pages all over it.
DROP INDEX reviews_helpful;
CREATE INDEX reviews_helpful ON reviews (business_id, status, helpful_count, created_at, id)
    WHERE helpful_count > 0;
