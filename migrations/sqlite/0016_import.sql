-- Bulk import: a review brought in from another platform keeps its id there,
-- so running the same file again imports nothing twice (one review per
-- business, source and external id; reviews written here have none).
ALTER TABLE reviews ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX reviews_external ON reviews (business_id, source, external_id);
