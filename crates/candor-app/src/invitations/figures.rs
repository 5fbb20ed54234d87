//! What invitations achieve, with the formulas in the field docs. These are
//! the measured inputs of the review-bias model (#7): how likely an invited
//! customer is to review, against one who is not asked, and how the stars
//! of invited and unprompted reviews differ.

use std::collections::BTreeMap;

use candor_store::User;
use serde::Serialize;

use crate::{App, AppError, now_ms};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InvitationFigures {
    pub days: i64,
    /// Invitations made in the period, and how many reached each step.
    pub uploaded: i64,
    pub sent: i64,
    pub opened: i64,
    pub reminded: i64,
    pub reviewed: i64,
    pub unsubscribed: i64,
    pub bounced: i64,
    /// opened / sent.
    pub open_rate: Option<f64>,
    /// Review propensity of invited customers: reviewed / sent.
    pub invited_propensity: Option<f64>,
    /// Review propensity of customers not asked: uploaded customers who had
    /// written an organic review of the business before their invitation
    /// went out (or without one going out) / uploaded.
    pub organic_propensity: Option<f64>,
    /// Published reviews of the period by stars (1 to 5), invited and organic.
    pub invited_stars: [i64; 5],
    pub organic_stars: [i64; 5],
    /// Mean stars of each (`None` without reviews).
    pub invited_mean: Option<f64>,
    pub organic_mean: Option<f64>,
}

fn ratio(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

fn mean(stars: &[i64; 5]) -> Option<f64> {
    let count: i64 = stars.iter().sum();
    let total: i64 = stars.iter().zip(1..).map(|(n, s)| n * s).sum();
    ratio(total, count)
}

impl App {
    /// The invitation figures of the last `days` days (1 to 3650).
    pub async fn invitation_figures(
        &self,
        actor: &User,
        slug: &str,
        days: i64,
    ) -> Result<InvitationFigures, AppError> {
        let business = self.staff_business(actor, slug).await?;
        if !(1..=3650).contains(&days) {
            return Err(candor_core::FieldError::new(
                "days",
                "out_of_range",
                "days must be 1 to 3650",
            )
            .into());
        }
        let now = now_ms();
        let since = now - days * 86_400_000;
        let counts = self
            .store()
            .invitation_counts(&business.id, since, now)
            .await?;
        let mut stars: BTreeMap<String, [i64; 5]> = BTreeMap::new();
        for (source, rating, count) in self.store().star_mix_by_source(&business.id, since).await? {
            if let Some(slot) = usize::try_from(rating - 1).ok().filter(|i| *i < 5) {
                stars.entry(source).or_default()[slot] = count;
            }
        }
        let invited_stars = stars.get("invited").copied().unwrap_or_default();
        let organic_stars = stars.get("organic").copied().unwrap_or_default();
        Ok(InvitationFigures {
            days,
            uploaded: counts.uploaded,
            sent: counts.sent,
            opened: counts.opened,
            reminded: counts.reminded,
            reviewed: counts.reviewed,
            unsubscribed: counts.unsubscribed,
            bounced: counts.bounced,
            open_rate: ratio(counts.opened, counts.sent),
            invited_propensity: ratio(counts.reviewed, counts.sent),
            organic_propensity: ratio(counts.reviewed_unasked, counts.uploaded),
            invited_mean: mean(&invited_stars),
            organic_mean: mean(&organic_stars),
            invited_stars,
            organic_stars,
        })
    }
}
