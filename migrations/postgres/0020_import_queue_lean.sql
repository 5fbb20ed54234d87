-- The import queue loses its unique key, so that appending a batch costs
-- little more than a raw load (`COPY` into a table whose only index is a
-- BRIN): a re-run that finds reviews still queued queues them again, and
-- `import.materialize` leaves out, in the transaction that stores a batch,
-- what the business has stored by then. Batches are read by batch id,
-- which grows with time (UUIDv7), so rows of one batch sit together and a
-- block-range index finds them.
DROP INDEX import_queue_key;
DROP INDEX import_queue_batch;
CREATE INDEX import_queue_batch ON import_queue USING brin (batch_id);
