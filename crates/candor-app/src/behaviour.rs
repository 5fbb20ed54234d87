//! Behaviour around a submission: rate limits per address, device and
//! e-mail (a refusal with a time to retry), and signals that hold a review
//! for a moderator: a burst of 1- or 5-star reviews, one e-mail reviewing
//! many businesses of one organisation, a filled-in honeypot field.

use candor_store::{Business, SenderKey};
use candor_trust::Finding;

use crate::{App, AppError, now_ms};

const HOUR_MS: i64 = 3_600_000;
const DAY_MS: i64 = 24 * HOUR_MS;
/// A rating this far from a business's mean is noted for the moderator...
const FAR_FROM_MEAN: f64 = 3.0;
/// ...once the mean rests on this many reviews.
const CONSENSUS_REVIEWS: u64 = 10;
/// Days whose average is a business's usual daily number of reviews.
const BASELINE_DAYS: i64 = 30;

/// Where a submission came from; raw values, hashed before storing.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    pub ip: String,
    /// The visitor cookie.
    pub device: String,
    /// The form's hidden field, filled in only by programs.
    pub honeypot: bool,
}

/// Submissions allowed per sender within the window, and the behaviour
/// signals' thresholds. `i64::MAX` switches one off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimits {
    pub per_ip: i64,
    pub per_device: i64,
    pub per_email: i64,
    pub window_ms: i64,
    /// A burst: at least this many reviews of one extreme star in a day...
    pub burst_min: i64,
    /// ...and this many times the usual daily number.
    pub burst_factor: i64,
    /// Other businesses of one organisation an e-mail may review before
    /// its next review there is held.
    pub many_businesses: i64,
}

impl Default for RateLimits {
    /// Generous for people (a family behind one address), tight for scripts.
    fn default() -> Self {
        Self {
            per_ip: 20,
            per_device: 10,
            per_email: 5,
            window_ms: HOUR_MS,
            burst_min: 5,
            burst_factor: 3,
            many_businesses: 2,
        }
    }
}

impl RateLimits {
    /// No limits and no behaviour signals: for trusted bulk sources and
    /// load tests.
    pub fn unlimited() -> Self {
        Self {
            per_ip: i64::MAX,
            per_device: i64::MAX,
            per_email: i64::MAX,
            burst_min: i64::MAX,
            many_businesses: i64::MAX,
            ..Self::default()
        }
    }
}

/// The hashes stored with a review.
pub(crate) fn origin_hashes(origin: &Origin) -> (String, String) {
    let hash = |raw: &str| {
        if raw.is_empty() {
            String::new()
        } else {
            crate::fingerprint(raw)
        }
    };
    (hash(&origin.ip), hash(&origin.device))
}

fn finding(code: &'static str, detail: String) -> Finding {
    Finding { code, detail }
}

impl App {
    /// Refuses a submission over a sender's limit, saying when to retry.
    pub(crate) async fn check_rate_limits(
        &self,
        origin: &Origin,
        email: &str,
    ) -> Result<(), AppError> {
        let limits = self.settings().rate_limits;
        let now = now_ms();
        let (ip, device) = origin_hashes(origin);
        let senders = [
            (SenderKey::Ip, ip, limits.per_ip, "address"),
            (SenderKey::Device, device, limits.per_device, "device"),
            (
                SenderKey::Email,
                email.to_string(),
                limits.per_email,
                "e-mail address",
            ),
        ];
        for (key, value, limit, what) in senders {
            if value.is_empty() {
                continue;
            }
            let (count, oldest) = self
                .store()
                .sent_since(key, &value, now - limits.window_ms)
                .await?;
            if count >= limit {
                let free_at = oldest.unwrap_or(now) + limits.window_ms;
                let retry_after_secs =
                    u64::try_from((free_at - now).max(1_000) / 1_000).unwrap_or(1);
                return Err(AppError::RateLimited {
                    retry_after_secs,
                    what,
                });
            }
        }
        Ok(())
    }

    /// Behaviour signals for a new review of `business`.
    pub(crate) async fn behaviour_findings(
        &self,
        business: &Business,
        email: &str,
        stars: u8,
        origin: &Origin,
    ) -> Result<Vec<Finding>, AppError> {
        let mut found = Vec::new();
        if origin.honeypot {
            found.push(finding(
                "honeypot",
                "the hidden form field was filled in".into(),
            ));
        }
        if let Some(burst) = self.burst(business, stars).await? {
            found.push(burst);
        }
        if let Some(far) = self.far_from_consensus(business, stars).await? {
            found.push(far);
        }
        let others = self
            .store()
            .businesses_reviewed_in_org(email, &business.org_id, &business.id)
            .await?;
        if others >= self.settings().rate_limits.many_businesses {
            let detail =
                format!("this e-mail reviewed {others} other businesses of the same organisation");
            found.push(finding("many_businesses", detail));
        }
        Ok(found)
    }

    /// A rating far from what everyone else says: noted, never holding by
    /// itself (a customer may simply have had the one bad day).
    async fn far_from_consensus(
        &self,
        business: &Business,
        stars: u8,
    ) -> Result<Option<Finding>, AppError> {
        let summary = self.summary(business.clone()).await?;
        let Some(mean) = summary
            .score
            .mean
            .filter(|_| summary.score.count >= CONSENSUS_REVIEWS)
        else {
            return Ok(None);
        };
        if (f64::from(stars) - mean).abs() < FAR_FROM_MEAN {
            return Ok(None);
        }
        let detail = format!(
            "{stars} stars where {} reviews average {mean:.1}",
            summary.score.count
        );
        Ok(Some(finding("far_from_consensus", detail)))
    }

    /// Several times the usual daily number of 1-star or 5-star reviews.
    async fn burst(&self, business: &Business, stars: u8) -> Result<Option<Finding>, AppError> {
        let limits = self.settings().rate_limits;
        if !matches!(stars, 1 | 5) || limits.burst_min == i64::MAX {
            return Ok(None);
        }
        let now = now_ms();
        let stars = i64::from(stars);
        let today = self
            .store()
            .reviews_with_stars_since(&business.id, stars, now - DAY_MS)
            .await?;
        let month = self
            .store()
            .reviews_with_stars_since(&business.id, stars, now - BASELINE_DAYS * DAY_MS)
            .await?;
        let usual = (month - today).max(0) / BASELINE_DAYS;
        // Counting this review too: it is the one that makes the burst.
        let with_this = today + 1;
        let factor_of_usual = limits.burst_factor.saturating_mul(usual.max(1));
        if with_this >= limits.burst_min && with_this >= factor_of_usual {
            let detail =
                format!("{with_this} {stars}-star reviews in 24 hours; usually {usual} a day");
            return Ok(Some(finding("burst", detail)));
        }
        Ok(None)
    }
}
