//! Candor's insight models, pure (no I/O, no clock): the numbers behind the
//! business dashboard. Every output documents its formula here and in
//! `docs/insights.md`, so a business owner can recompute it by hand.
//!
//! - [`economics`]: how many good experiences undo a bad review (the 40:1
//!   rule), recovery debt, customers behind the reviews and rating
//!   trajectories under scenarios.
//! - [`perfection`]: the "too perfect to trust" signal.
//! - [`segments`]: ambassadors, detractors and the indifferent, and the
//!   word-of-mouth reach of the first two.
//!
//! ```
//! use candor_insights::economics::{EconomicsInputs, offset};
//!
//! // One happy customer in ten reviews, every unhappy one does; 5 and 1
//! // stars; hold 4.0. Four 5-stars per 1-star keep the mean above 4.0,
//! // and 4 × 10 = 40 happy customers produce them.
//! let o = offset(&EconomicsInputs::default())?;
//! assert_eq!((o.balance_ratio, o.reviews_to_stay_above, o.good_experiences), (3.0, 4, 40.0));
//! # Ok::<(), candor_insights::economics::EconomicsError>(())
//! ```

pub mod economics;
pub mod perfection;
pub mod segments;
