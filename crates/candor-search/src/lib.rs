//! Full-text search over reviews (tantivy), with one analyser per language:
//! the same word segmentation and Snowball stemmers as `candor-text`, so a
//! search for "Lieferungen" finds "Lieferung" and "машину" finds "машины".
//!
//! The index is derived data. The database stays the source of truth; the
//! index records in its commit payload how far it has caught up with it
//! (see [`Watermark`]), and can always be rebuilt from it.

mod analysis;
mod fields;
mod index;
mod query;

pub use index::{SearchIndex, Watermark};
pub use query::{SearchHits, SearchOrder, SearchQuery};

/// Languages with an analyser of their own; anything else is indexed
/// without stemming.
pub const LANGUAGES: [&str; 6] = candor_text::LANGUAGES;

/// A review as the index sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewDoc {
    pub id: String,
    pub business_id: String,
    pub stars: u8,
    /// Stored language code (`no` for Norwegian, `und` or empty if unknown).
    pub language: String,
    /// Aspect ids found in the text.
    pub aspects: Vec<String>,
    /// Whether the business has answered it.
    pub replied: bool,
    pub created_at: i64,
    /// Title and body.
    pub text: String,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index directory {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "the search index at {0} is in use by another Candor process (a running server?); stop it first"
    )]
    Busy(String),
    #[error("search index: {0}")]
    Payload(String),
}
