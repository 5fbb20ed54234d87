//! HTTP integration tests: a real server on port 0, on SQLite and PostgreSQL.

mod api;
mod aspects;
mod bad_input;
mod helpers;
mod insights;
mod pages;
mod search;
mod tenancy;
mod trust;
