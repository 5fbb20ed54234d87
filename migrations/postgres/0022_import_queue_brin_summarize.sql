-- A block-range index only narrows a scan to the ranges it has summarized;
-- ranges filled since (every batch a `COPY` appends) are scanned whole, so
-- reading one batch read the whole queue. Autosummarize asks autovacuum to
-- summarize each range once it is full; the `import.materialize` job also
-- summarizes new ranges itself when the queue has grown (see
-- `Store::refresh_statistics_if_grown`), as autovacuum may lag.
ALTER INDEX import_queue_batch SET (autosummarize = on);
