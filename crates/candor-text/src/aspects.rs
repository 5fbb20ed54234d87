//! The built-in aspects a review can talk about.

use serde::Serialize;

/// Aspect ids, in the order their lexicons refer to them.
pub const ASPECTS: [&str; 12] = [
    "delivery",
    "price",
    "quality",
    "customer_service",
    "staff",
    "communication",
    "waiting_time",
    "returns",
    "website",
    "documentation",
    "cleanliness",
    "food",
];

/// An aspect mentioned in a text, with the sentiment of the sentences that mention it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AspectMention {
    pub aspect: String,
    /// Mean polarity of the sentences that mention it, in [-1, 1].
    pub sentiment: f64,
    /// Indexes of those sentences.
    pub sentences: Vec<usize>,
}
