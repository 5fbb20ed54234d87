//! Candor's trust and safety, pure and CPU-only: the content spam model and
//! rules with named reasons, and the screening decision they lead to.

pub mod duplicates;
pub mod graph;
pub mod rules;
pub mod screen;
pub mod spam;

pub use duplicates::{
    DuplicateIndex, Fingerprint, Signature, SignatureError, band_keys, estimated_jaccard, exact_key,
};
pub use rules::{Finding, findings};
pub use screen::{Decision, Screener, Screening, Thresholds};
pub use spam::{
    SHIPPED_BUCKETS, SHIPPED_MODEL, SpamModel, SpamModelError, VENDORED_EXAMPLES, vendored_examples,
};
