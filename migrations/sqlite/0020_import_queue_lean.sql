-- The import queue loses its unique key, so that appending a batch costs
-- little more than a raw load: a re-run that finds reviews still queued
-- queues them again, and `import.materialize` leaves out, in the
-- transaction that stores a batch, what the business has stored by then.
-- The index by batch stays (PostgreSQL's is a BRIN; SQLite has none).
DROP INDEX import_queue_key;
