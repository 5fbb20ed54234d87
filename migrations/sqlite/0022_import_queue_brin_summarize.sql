-- PostgreSQL only (its block-range index on the import queue gets
-- autosummarize); SQLite's index by batch is a B-tree and needs nothing.
-- Kept so that both trees number their migrations alike.
SELECT 1;
