-- Where a review was sent from, as non-reversible hashes (address and
-- device cookie), for rate limits and behaviour signals.
ALTER TABLE reviews ADD COLUMN ip_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN device_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX reviews_by_ip ON reviews (ip_hash, created_at);
CREATE INDEX reviews_by_device ON reviews (device_hash, created_at);
CREATE INDEX reviews_by_email ON reviews (author_email, created_at);
