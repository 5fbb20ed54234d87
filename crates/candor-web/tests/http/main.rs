//! HTTP integration tests: a real server on port 0, on SQLite and PostgreSQL.

mod api;
mod aspects;
mod bad_input;
mod behaviour;
mod helpers;
mod imports;
mod incidents;
mod insight_pages;
mod insights;
mod invitations;
mod moderation;
mod pages;
mod recovery;
mod respond;
mod search;
mod tenancy;
mod trust;
