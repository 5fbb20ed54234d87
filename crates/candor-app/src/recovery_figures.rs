//! A business's recovery figures over a period. Formulas (cases counted by
//! the day they were opened, within the period):
//!
//! - recovery rate = resolved / (resolved + not resolved): of the reviewers
//!   the business reached and finished talking with, the share won back;
//!   `None` while no contacted case has ended.
//! - median time to resolution = median of (closed − opened) of resolved cases.
//! - remedy cost per recovered customer, per currency = the value of every
//!   remedy offered in that currency / resolved cases (all of them: a
//!   remedy that did not win the customer back is part of the cost).
//! - rating change of updated reviews = mean of (rating now − rating just
//!   before the author's first update after the business responded).

use candor_store::{CaseCounts, RatingUpdate};

use crate::respond::ResponseFigures;
use crate::{App, AppError, User};

const DAY_MS: i64 = 86_400_000;
const MAX_DAYS: i64 = 3_650;

/// Remedy spend in one currency.
#[derive(Debug, Clone, PartialEq)]
pub struct RemedyCost {
    pub currency: String,
    pub remedies: i64,
    pub total_cents: i64,
    /// `total_cents / resolved cases`, when any case was resolved.
    pub per_recovered_cents: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryFigures {
    pub since: i64,
    pub cases: CaseCounts,
    pub recovery_rate: Option<f64>,
    pub median_resolution_ms: Option<f64>,
    pub remedy_costs: Vec<RemedyCost>,
    pub updated_reviews: i64,
    /// Mean change in stars of the reviews updated after a response.
    pub mean_rating_change: Option<f64>,
    pub improved: i64,
    pub worsened: i64,
    /// Response rate over time (weekly), from the response figures.
    pub responses: ResponseFigures,
}

impl App {
    /// The recovery figures of a business over the last `days` days.
    pub async fn recovery_figures(
        &self,
        actor: &User,
        slug: &str,
        days: i64,
    ) -> Result<RecoveryFigures, AppError> {
        let business = self.staff_business(actor, slug).await?;
        self.recovery_figures_of(&business, days).await
    }

    /// The recovery figures of a business already authorised.
    pub(crate) async fn recovery_figures_of(
        &self,
        business: &candor_store::Business,
        days: i64,
    ) -> Result<RecoveryFigures, AppError> {
        let responses = self.response_figures_of(business, days).await?;
        let since = crate::now_ms() - days.clamp(1, MAX_DAYS) * DAY_MS;
        self.recovery_with(business, since, responses).await
    }

    /// The case figures of cases opened from `since` on, with response
    /// figures computed by the caller (the dashboard reads its own from the
    /// insight rollups).
    pub(crate) async fn recovery_with(
        &self,
        business: &candor_store::Business,
        since: i64,
        responses: ResponseFigures,
    ) -> Result<RecoveryFigures, AppError> {
        let store = self.store();
        let cases = store.case_counts(&business.id, since).await?;
        let median = store
            .median_resolution_ms(&business.id, since, cases.resolved)
            .await?;
        let remedy_costs = store
            .remedy_totals(&business.id, since)
            .await?
            .into_iter()
            .map(|t| RemedyCost {
                per_recovered_cents: (cases.resolved > 0)
                    .then(|| t.value_cents as f64 / cases.resolved as f64),
                currency: t.currency,
                remedies: t.remedies,
                total_cents: t.value_cents,
            })
            .collect();
        let updates = store.rating_updates(&business.id, since).await?;
        Ok(RecoveryFigures {
            since,
            recovery_rate: recovery_rate(&cases),
            median_resolution_ms: median,
            remedy_costs,
            updated_reviews: updates.len() as i64,
            mean_rating_change: mean_change(&updates),
            improved: updates.iter().filter(|u| u.after > u.before).count() as i64,
            worsened: updates.iter().filter(|u| u.after < u.before).count() as i64,
            cases,
            responses,
        })
    }
}

pub(crate) fn recovery_rate(cases: &CaseCounts) -> Option<f64> {
    let ended = cases.resolved + cases.not_resolved;
    (ended > 0).then(|| cases.resolved as f64 / ended as f64)
}

pub(crate) fn mean_change(updates: &[RatingUpdate]) -> Option<f64> {
    if updates.is_empty() {
        return None;
    }
    let total: i64 = updates.iter().map(|u| u.after - u.before).sum();
    Some(total as f64 / updates.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_rate_counts_only_ended_contacted_cases() {
        let cases = CaseCounts {
            opened: 10,
            contacted: 6,
            resolved: 3,
            not_resolved: 1,
            closed_without_contact: 2,
            in_progress: 4,
        };
        assert_eq!(recovery_rate(&cases), Some(0.75));
        assert_eq!(recovery_rate(&CaseCounts::default()), None);
    }

    #[test]
    fn rating_change_is_the_mean_difference() {
        let updates = [
            RatingUpdate {
                before: 1,
                after: 4,
            },
            RatingUpdate {
                before: 2,
                after: 2,
            },
            RatingUpdate {
                before: 3,
                after: 1,
            },
        ];
        assert_eq!(mean_change(&updates), Some(1.0 / 3.0));
        assert_eq!(mean_change(&[]), None);
    }
}
