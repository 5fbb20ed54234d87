//! Candor's domain: typed values that are valid by construction, and the pure
//! rules (validation, the score formula) that every other layer relies on.
//! No I/O, no async, no SQL: everything here is a plain function of its inputs.

pub mod language;
pub mod recovery;
pub mod remedy;
pub mod respond;
pub mod review;
pub mod score;
pub mod search;
pub mod staff;
pub mod validate;

pub use language::Language;
pub use review::{
    Rating, ReplyDraft, ReviewDraft, ReviewFilter, ReviewInput, ReviewQuery, ReviewSort,
    ReviewStatus,
};
pub use score::{Distribution, RatingBucket, ScoreBreakdown, ScoreParams, round2};
pub use search::{MAX_SEARCH_CHARS, MAX_SEARCH_PAGE, ReviewSearch};
pub use staff::{Email, Role, Slug};
pub use validate::FieldError;
