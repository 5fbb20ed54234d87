//! Integration tests for candor-charts, in one binary so the helpers are
//! compiled once and shared.

mod snapshots;
mod structure;
mod support;
