//! Recovery economics for one business (seed 004's 40:1 as a model, see
//! `candor_insights::economics` and docs/insights.md). The inputs start from
//! the seed's values and are replaced by the business's own where it has
//! them; whatever the user sets wins:
//!
//! - stars a happy / unhappy reviewer gives: the business's mean of its 4-5
//!   and 1-2 star reviews of the range, from 20 such reviews on;
//! - review propensities: from its invitations (#6) once 20 invited reviews
//!   are in. Invited reviews sample customers without the self-selection of
//!   unprompted ones, so the invited share of 1-2 stars estimates the unhappy
//!   share u of all customers. With P the organic propensity of uploaded
//!   customers and q the 1-2 star share of organic reviews:
//!   `p_unhappy = P·q / u`, `p_happy = P·(1−q) / (1−u)`, each kept in (0, 1];
//! - the invited propensity (for "invite everyone"): reviewed / sent.

use candor_insights::economics::{
    Debt, EconomicsError, EconomicsInputs, Offset, Scenario, TrajectoryPoint, offset,
    recovery_debt, trajectory,
};
use serde::{Deserialize, Serialize};

use super::dashboard::range_figures;
use super::period::InsightFilter;
use crate::{App, AppError, User};

/// Own figures replace the seed's from this many reviews on.
pub const MIN_OWN: u64 = 20;
/// Assumed share of invited customers who review, until measured.
pub const DEFAULT_INVITED_PROBABILITY: f64 = 0.2;
const DEFAULT_RECOVER: f64 = 0.3;
const DEFAULT_CUT: f64 = 0.2;
const DEFAULT_HORIZON: u32 = 12;

/// What the user may set; anything left out takes the business's own value
/// or the seed's.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct EconomicsQuery {
    pub target: Option<f64>,
    pub happy_review_probability: Option<f64>,
    pub unhappy_review_probability: Option<f64>,
    pub happy_stars: Option<f64>,
    pub unhappy_stars: Option<f64>,
    pub invited_review_probability: Option<f64>,
    pub recover_share: Option<f64>,
    pub cut_negative_share: Option<f64>,
    pub horizon_months: Option<u32>,
}

/// Where an input came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputSource {
    Seed,
    Measured,
    Given,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScenarioOutcome {
    pub scenario: Scenario,
    pub points: Vec<TrajectoryPoint>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EconomicsReport {
    pub inputs: EconomicsInputs,
    /// Source of target, happy_review_probability, unhappy_review_probability,
    /// happy_stars, unhappy_stars, invited_review_probability, in that order.
    pub sources: [InputSource; 6],
    pub invited_review_probability: f64,
    pub mix: [u64; 5],
    pub months_observed: f64,
    pub offset: Offset,
    pub debt: Debt,
    /// Baseline, invite everyone, recover unhappy, cut negative.
    pub scenarios: Vec<ScenarioOutcome>,
}

fn invalid(e: EconomicsError) -> AppError {
    AppError::from(candor_core::FieldError::new(
        "economics",
        "invalid",
        e.to_string(),
    ))
}

fn pick(given: Option<f64>, own: Option<f64>, seed: f64) -> (f64, InputSource) {
    match (given, own) {
        (Some(v), _) => (v, InputSource::Given),
        (None, Some(v)) => (v, InputSource::Measured),
        (None, None) => (seed, InputSource::Seed),
    }
}

/// Propensities from invitation figures, when there are enough of them.
fn measured_propensities(f: &crate::invitations::InvitationFigures) -> Option<(f64, f64)> {
    let invited: i64 = f.invited_stars.iter().sum();
    let organic: i64 = f.organic_stars.iter().sum();
    if (invited as u64) < MIN_OWN || organic == 0 {
        return None;
    }
    let u = (f.invited_stars[0] + f.invited_stars[1]) as f64 / invited as f64;
    let q = (f.organic_stars[0] + f.organic_stars[1]) as f64 / organic as f64;
    let p = f.organic_propensity?;
    if u <= 0.0 || u >= 1.0 || p <= 0.0 {
        return None;
    }
    let clamp = |v: f64| v.clamp(0.001, 1.0);
    Some((clamp(p * (1.0 - q) / (1.0 - u)), clamp(p * q / u)))
}

impl App {
    pub async fn economics(
        &self,
        actor: &User,
        slug: &str,
        filter: &InsightFilter,
        query: &EconomicsQuery,
    ) -> Result<EconomicsReport, AppError> {
        let business = self.staff_business(actor, slug).await?;
        self.refresh_insights(super::dashboard::REFRESH_BUDGET)
            .await?;
        let rows = self
            .store()
            .insight_days(std::slice::from_ref(&business.id), &filter.range())
            .await?;
        let mix = range_figures(&rows, filter).stars;
        let figures = self
            .invitation_figures(actor, slug, filter.days().clamp(1, 3_650))
            .await?;
        let measured = measured_propensities(&figures);
        let own = candor_insights::economics::Mix::from(mix);
        let happy_count = mix[3] + mix[4];
        let unhappy_count = mix[0] + mix[1];
        let seed = EconomicsInputs::default();
        let (target, s0) = pick(query.target, None, seed.target);
        let (p_h, s1) = pick(
            query.happy_review_probability,
            measured.map(|m| m.0),
            seed.happy_review_probability,
        );
        let (p_u, s2) = pick(
            query.unhappy_review_probability,
            measured.map(|m| m.1),
            seed.unhappy_review_probability,
        );
        let (h, s3) = pick(
            query.happy_stars,
            own.happy_mean().filter(|_| happy_count >= MIN_OWN),
            seed.happy_stars,
        );
        let (u, s4) = pick(
            query.unhappy_stars,
            own.unhappy_mean().filter(|_| unhappy_count >= MIN_OWN),
            seed.unhappy_stars,
        );
        let sent_enough = figures.sent as u64 >= MIN_OWN;
        let (invited, s5) = pick(
            query.invited_review_probability,
            figures.invited_propensity.filter(|_| sent_enough),
            DEFAULT_INVITED_PROBABILITY,
        );
        let inputs = EconomicsInputs {
            target,
            happy_review_probability: p_h,
            unhappy_review_probability: p_u,
            happy_stars: h,
            unhappy_stars: u,
        };
        inputs.validate().map_err(invalid)?;
        let months = (filter.days() as f64 / 30.4375).max(1.0 / 30.4375);
        let horizon = query.horizon_months.unwrap_or(DEFAULT_HORIZON);
        let scenarios = [
            Scenario::Baseline,
            Scenario::InviteEveryone {
                invited_review_probability: invited,
            },
            Scenario::RecoverUnhappy {
                share: query.recover_share.unwrap_or(DEFAULT_RECOVER),
            },
            Scenario::CutNegative {
                share: query.cut_negative_share.unwrap_or(DEFAULT_CUT),
            },
        ];
        let scenarios = if own.total() == 0 {
            Vec::new()
        } else {
            scenarios
                .into_iter()
                .map(|scenario| {
                    let points =
                        trajectory(mix, months, &inputs, &scenario, horizon).map_err(invalid)?;
                    Ok(ScenarioOutcome { scenario, points })
                })
                .collect::<Result<Vec<_>, AppError>>()?
        };
        Ok(EconomicsReport {
            offset: offset(&inputs).map_err(invalid)?,
            debt: recovery_debt(mix, &inputs).map_err(invalid)?,
            sources: [s0, s1, s2, s3, s4, s5],
            invited_review_probability: invited,
            inputs,
            mix,
            months_observed: months,
            scenarios,
        })
    }
}
