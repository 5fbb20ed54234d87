//! Customers behind the reviews, and where the rating heads under a scenario.

use serde::{Deserialize, Serialize};

use super::inputs::{MAX_HORIZON_MONTHS, finite, probability, share};
use super::{EconomicsError, EconomicsInputs, Mix};

/// Stars given by a neutral customer's review.
const NEUTRAL_STARS: f64 = 3.0;

/// Customers per month behind an observed star mix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CustomerEstimate {
    /// Happy-side reviews per month: `r_h = (happy + neutral) / months`.
    /// 3-star reviewers are counted on the happy side: they are not angry
    /// enough to review like an unhappy customer.
    pub happy_side_reviews_per_month: f64,
    /// Unhappy reviews per month: `r_u = unhappy / months`.
    pub unhappy_reviews_per_month: f64,
    /// Customers per month: `C = r_h / p_h + r_u / p_u`.
    pub monthly_customers: f64,
    /// Share of customers who are unhappy: `u = (r_u / p_u) / C`.
    pub unhappy_share: f64,
    /// Share of happy-side reviews that are 3 stars: `ν = neutral / (happy + neutral)`,
    /// 0 without happy-side reviews. Projections keep this split.
    pub neutral_share: f64,
}

/// Solves `r_h = C·(1 − u)·p_h` and `r_u = C·u·p_u` for `C` and `u`.
///
/// Adding the two equations divided by their propensities gives
/// `C = r_h / p_h + r_u / p_u`; the unhappy part of it is `C·u = r_u / p_u`.
pub fn estimate_customers(
    mix: [u64; 5],
    months_observed: f64,
    inputs: &EconomicsInputs,
) -> Result<CustomerEstimate, EconomicsError> {
    inputs.validate()?;
    if finite("months_observed", months_observed)? <= 0.0 {
        return Err(EconomicsError::MonthsNotPositive {
            value: months_observed,
        });
    }
    let mix = Mix::from(mix);
    if mix.total() == 0 {
        return Err(EconomicsError::EmptyMix);
    }
    let happy_side = mix.happy() as f64 + mix.neutral() as f64;
    let r_h = happy_side / months_observed;
    let r_u = mix.unhappy() as f64 / months_observed;
    let unhappy_customers = r_u / inputs.unhappy_review_probability;
    let customers = r_h / inputs.happy_review_probability + unhappy_customers;
    Ok(CustomerEstimate {
        happy_side_reviews_per_month: r_h,
        unhappy_reviews_per_month: r_u,
        monthly_customers: customers,
        unhappy_share: unhappy_customers / customers,
        neutral_share: if happy_side > 0.0 {
            mix.neutral() as f64 / happy_side
        } else {
            0.0
        },
    })
}

/// What the business changes from now on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Scenario {
    /// Nothing changes: the observed flows continue.
    Baseline,
    /// Every customer is invited to review. Happy and neutral customers then
    /// review with `invited_review_probability`; unhappy ones with
    /// `max(p_u, invited_review_probability)` (an invitation never makes an
    /// angry customer less likely to speak).
    InviteEveryone { invited_review_probability: f64 },
    /// This share of unhappy customers is won back before they review and
    /// then reviews like a happy customer (`p_h`, `happy_stars`).
    RecoverUnhappy { share: f64 },
    /// Fewer bad experiences: the unhappy share `u` becomes `u·(1 − share)`;
    /// the customers spared join the ordinary happy side, 3-star split included.
    CutNegative { share: f64 },
}

impl Scenario {
    /// Shares must be in [0, 1]; the invited probability in (0, 1].
    pub fn validate(&self) -> Result<(), EconomicsError> {
        match *self {
            Self::Baseline => Ok(()),
            Self::InviteEveryone {
                invited_review_probability: p,
            } => probability("invited_review_probability", p).map(drop),
            Self::RecoverUnhappy { share: s } | Self::CutNegative { share: s } => {
                share(s).map(drop)
            }
        }
    }
}

/// One month of a projection.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrajectoryPoint {
    /// Months from now; month 0 is the current mix.
    pub month: u32,
    /// Expected cumulative number of reviews: `n + month·(H + N + U)`.
    pub expected_reviews: f64,
    /// Expected cumulative mean:
    /// `(sum + month·(H·happy_stars + N·3 + U·unhappy_stars)) / expected_reviews`.
    pub expected_mean: f64,
}

/// Expected reviews per month under a scenario (see [`Scenario`]).
struct Flow {
    happy: f64,
    neutral: f64,
    unhappy: f64,
}

fn monthly_flow(est: &CustomerEstimate, inputs: &EconomicsInputs, scenario: &Scenario) -> Flow {
    let (c, u) = (est.monthly_customers, est.unhappy_share);
    let (p_h, p_u) = (
        inputs.happy_review_probability,
        inputs.unhappy_review_probability,
    );
    // (ordinary happy-side customers, their propensity, unhappy customers,
    //  their propensity, recovered customers who review like happy ones)
    let (rest, p_rest, unhappy, p_unhappy, recovered) = match *scenario {
        Scenario::Baseline => (c * (1.0 - u), p_h, c * u, p_u, 0.0),
        Scenario::InviteEveryone {
            invited_review_probability: q,
        } => (c * (1.0 - u), q, c * u, p_u.max(q), 0.0),
        Scenario::RecoverUnhappy { share: s } => {
            (c * (1.0 - u), p_h, c * u * (1.0 - s), p_u, c * u * s)
        }
        Scenario::CutNegative { share: s } => {
            let u = u * (1.0 - s);
            (c * (1.0 - u), p_h, c * u, p_u, 0.0)
        }
    };
    let side = rest * p_rest;
    Flow {
        happy: side * (1.0 - est.neutral_share) + recovered * p_h,
        neutral: side * est.neutral_share,
        unhappy: unhappy * p_unhappy,
    }
}

/// Expected reviews and mean for months 0..=horizon_months.
///
/// Starts from the mix, estimates customers with [`estimate_customers`] and
/// adds each month the scenario's expected happy reviews at `happy_stars`,
/// neutral ones at 3 and unhappy ones at `unhappy_stars`. Expected values,
/// not a simulation: the same inputs always give the same numbers. Means are
/// clamped to [1, 5] only to absorb floating-point rounding.
///
/// `RecoverUnhappy` and `CutNegative` never project a lower mean than
/// `Baseline` as long as `unhappy_stars ≤ current mean ≤ the happy side's
/// star value` — true for the defaults and for [`Mix::with_own_stars`].
pub fn trajectory(
    mix: [u64; 5],
    months_observed: f64,
    inputs: &EconomicsInputs,
    scenario: &Scenario,
    horizon_months: u32,
) -> Result<Vec<TrajectoryPoint>, EconomicsError> {
    scenario.validate()?;
    if horizon_months > MAX_HORIZON_MONTHS {
        return Err(EconomicsError::HorizonTooLong {
            months: horizon_months,
            max: MAX_HORIZON_MONTHS,
        });
    }
    let est = estimate_customers(mix, months_observed, inputs)?;
    let flow = monthly_flow(&est, inputs, scenario);
    let per_month = flow.happy + flow.neutral + flow.unhappy;
    let stars_per_month = flow.happy * inputs.happy_stars
        + flow.neutral * NEUTRAL_STARS
        + flow.unhappy * inputs.unhappy_stars;
    let mix = Mix::from(mix);
    let (n, sum) = (mix.total() as f64, mix.star_sum());
    let points = (0..=horizon_months).map(|month| {
        let m = f64::from(month);
        let reviews = n + m * per_month;
        TrajectoryPoint {
            month,
            expected_reviews: reviews,
            expected_mean: ((sum + m * stars_per_month) / reviews).clamp(1.0, 5.0),
        }
    });
    Ok(points.collect())
}

#[cfg(test)]
#[path = "projection_tests.rs"]
mod tests;
