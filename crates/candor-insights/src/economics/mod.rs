//! Recovery economics: how many good experiences undo a bad review, how far
//! a business is from its target rating, and where its rating is heading.
//!
//! Every formula is written out on the item that computes it and in
//! `docs/insights.md`, so a reader can redo the arithmetic by hand.

mod inputs;
mod mix;
mod projection;

pub use inputs::{EconomicsError, EconomicsInputs, MAX_HORIZON_MONTHS};
pub use mix::Mix;
pub use projection::{CustomerEstimate, Scenario, TrajectoryPoint, estimate_customers, trajectory};

use serde::Serialize;

/// Relative tolerance for whole-number decisions. Ratios such as
/// (4 − 1) / (5 − 4) are computed in floating point and can land a hair
/// beside the whole number they mathematically are; anything within
/// `EPSILON × max(1, scale)` of the boundary counts as exactly on it.
pub const EPSILON: f64 = 1e-9;

/// How many good reviews (and good experiences) offset one bad one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Offset {
    /// Good reviews per bad review that keep the mean exactly at the target:
    /// `(target − unhappy_stars) / (happy_stars − target)`.
    /// Seed values: (4 − 1) / (5 − 4) = 3, and (3·5 + 1) / 4 = 4.0.
    pub balance_ratio: f64,
    /// Smallest whole k with `(k·happy_stars + unhappy_stars) / (k + 1) > target`,
    /// i.e. `floor(balance_ratio) + 1` (with [`EPSILON`]). Seed values: 4,
    /// since (4·5 + 1) / 5 = 4.2 > 4.0 while 3 only reaches 4.0 exactly.
    /// This is the article's "four five-star reviews per one-star review".
    pub reviews_to_stay_above: u64,
    /// Happy customers needed to offset one unhappy customer:
    /// `reviews_to_stay_above × unhappy_review_probability / happy_review_probability`.
    /// Seed values: 4 × 1.0 / 0.1 = 40, the article's 40:1.
    pub good_experiences: f64,
    /// The same for the exact balance:
    /// `balance_ratio × unhappy_review_probability / happy_review_probability`.
    /// Seed values: 3 × 1.0 / 0.1 = 30.
    pub balance_experiences: f64,
}

/// The seed's 40:1, generalised to any [`EconomicsInputs`].
pub fn offset(inputs: &EconomicsInputs) -> Result<Offset, EconomicsError> {
    inputs.validate()?;
    let need = inputs.target - inputs.unhappy_stars;
    let step = inputs.happy_stars - inputs.target;
    let k = smallest_exceeding(need, step, slack(inputs.target));
    let per_review = inputs.unhappy_review_probability / inputs.happy_review_probability;
    Ok(Offset {
        balance_ratio: need / step,
        reviews_to_stay_above: k,
        good_experiences: k as f64 * per_review,
        balance_experiences: need / step * per_review,
    })
}

/// How far a business is from its target, and how much room it has.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Debt {
    /// Mean of the mix; `None` without reviews.
    pub current_mean: Option<f64>,
    /// Smallest whole G with `(sum + G·happy_stars) / (n + G) ≥ target`, where
    /// `sum` is the mix's star sum and `n` its review count:
    /// `G = ceil((target·n − sum) / (happy_stars − target))`, 0 when already there.
    pub good_reviews_needed: u64,
    /// Happy customers needed for those reviews: `G / happy_review_probability`.
    pub good_experiences_needed: f64,
    /// Largest whole B with `(sum + B·unhappy_stars) / (n + B) ≥ target`:
    /// `B = floor((sum − target·n) / (target − unhappy_stars))`; 0 when below
    /// the target or without reviews.
    pub headroom_bad_reviews: u64,
}

/// The recovery debt (or headroom) of a star mix against `inputs.target`.
pub fn recovery_debt(mix: [u64; 5], inputs: &EconomicsInputs) -> Result<Debt, EconomicsError> {
    inputs.validate()?;
    let mix = Mix::from(mix);
    let n = mix.total() as f64;
    let surplus = mix.star_sum() - inputs.target * n;
    let tolerance = slack(inputs.target * n);
    let good = smallest_reaching(-surplus, inputs.happy_stars - inputs.target, tolerance);
    let headroom = if n > 0.0 {
        largest_within(surplus, inputs.target - inputs.unhappy_stars, tolerance)
    } else {
        0
    };
    Ok(Debt {
        current_mean: mix.mean(),
        good_reviews_needed: good,
        good_experiences_needed: good as f64 / inputs.happy_review_probability,
        headroom_bad_reviews: headroom,
    })
}

/// The absolute tolerance for quantities of size `scale`.
fn slack(scale: f64) -> f64 {
    EPSILON * scale.abs().max(1.0)
}

/// Smallest whole k ≥ 0 with k·step > need (step > 0). `as u64` saturates.
fn smallest_exceeding(need: f64, step: f64, slack: f64) -> u64 {
    if need + slack < 0.0 {
        return 0;
    }
    (((need + slack) / step).floor() as u64).saturating_add(1)
}

/// Smallest whole k ≥ 0 with k·step ≥ need (step > 0).
fn smallest_reaching(need: f64, step: f64, slack: f64) -> u64 {
    let need = need - slack;
    if need <= 0.0 {
        0
    } else {
        (need / step).ceil() as u64
    }
}

/// Largest whole k ≥ 0 with k·step ≤ room (step > 0).
fn largest_within(room: f64, step: f64, slack: f64) -> u64 {
    let room = room + slack;
    if room < 0.0 {
        0
    } else {
        (room / step).floor() as u64
    }
}

#[cfg(test)]
mod tests;
