//! Candor over HTTP: the JSON API under `/api/v1`, the server-rendered public
//! pages and the staff dashboard. Handlers parse, call `candor-app`, render;
//! no SQL and no business rules live here.

mod api;
mod cache;
mod cookies;
mod error;
mod extract;
mod format;
pub mod i18n;
mod metrics;
mod pages;
mod server;

pub use server::{Server, WebConfig, router};
