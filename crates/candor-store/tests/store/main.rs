//! Storage tests: every test body runs on SQLite and on PostgreSQL.

mod accounts;
mod bulk;
mod checkpoints;
mod fixtures;
mod import_queue;
mod jobs;
mod reviews;
mod schema;
mod sentiment_models;
