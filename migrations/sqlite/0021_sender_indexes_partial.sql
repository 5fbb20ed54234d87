-- Only reviews written on the web carry a sender's hashed address and
-- device; imported ones have '' in both. With every '' in these indexes,
-- each imported review went in at a place set by its (historical) date, so
-- each bulk batch rewrote pages all over them. The rate limit asks for one
-- non-empty hash and says so (`ip_hash <> ''`), which lets the partial
-- indexes serve it.
DROP INDEX reviews_by_ip;
CREATE INDEX reviews_by_ip ON reviews (ip_hash, created_at) WHERE ip_hash <> '';
DROP INDEX reviews_by_device;
CREATE INDEX reviews_by_device ON reviews (device_hash, created_at) WHERE device_hash <> '';
