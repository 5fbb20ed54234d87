//! "Too perfect to trust": where a rating sits against what readers trust.
//!
//! Source: Spiegel Research Center, Northwestern University (2017), "How
//! Online Reviews Influence Sales". Purchase likelihood peaks for average
//! ratings around 4.0–4.7 and falls as they approach 5.0; products rated
//! 4.7–5.0 sold less than those rated 4.2–4.7, and the presence of negative
//! reviews raised credibility and conversion. The constants below turn those
//! findings into bands; they are product choices drawn from the report, not
//! numbers the report prescribes, and can be tuned here.
//!
//! Outputs are codes (kebab-case when serialised); the web layer turns them
//! into translated sentences.

use serde::{Deserialize, Serialize};

/// Below this many reviews the mean is too noisy for a zone. Spiegel found
/// all of the rise in purchase likelihood happens within the first 10 reviews.
pub const MIN_REVIEWS: u64 = 10;
/// Means below this are [`Zone::Low`].
pub const LOW_BELOW: f64 = 3.5;
/// Start of the trusted band (inclusive): Spiegel's 4.2–4.7 comparison band.
pub const TRUSTED_FROM: f64 = 4.2;
/// End of the trusted band (inclusive): above it purchase likelihood falls.
pub const TRUSTED_TO: f64 = 4.7;
/// [`Flag::NoCriticalReviews`] needs at least this many reviews: with fewer,
/// having no 1–2 star review is unremarkable.
pub const NO_CRITICAL_MIN_REVIEWS: u64 = 20;
/// [`Flag::NoCriticalReviews`] when the 1–2 star share is below this.
pub const NO_CRITICAL_SHARE_BELOW: f64 = 0.02;
/// [`Flag::AlmostAllFiveStars`] when the 5-star share is above this.
pub const ALMOST_ALL_FIVE_SHARE_ABOVE: f64 = 0.90;

/// Where the mean sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Zone {
    /// Fewer than [`MIN_REVIEWS`] reviews.
    TooFewReviews,
    /// Mean below [`LOW_BELOW`].
    Low,
    /// [`LOW_BELOW`] ≤ mean < [`TRUSTED_FROM`].
    BelowPeak,
    /// [`TRUSTED_FROM`] ≤ mean ≤ [`TRUSTED_TO`].
    Trusted,
    /// Mean above [`TRUSTED_TO`].
    TooPerfect,
}

impl Zone {
    /// The stable kebab-case name (as serialised).
    pub fn as_str(self) -> &'static str {
        match self {
            Zone::TooFewReviews => "too-few-reviews",
            Zone::Low => "low",
            Zone::BelowPeak => "below-peak",
            Zone::Trusted => "trusted",
            Zone::TooPerfect => "too-perfect",
        }
    }
}

/// Profile patterns readers distrust.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Flag {
    /// At least [`NO_CRITICAL_MIN_REVIEWS`] reviews and a 1–2 star share
    /// below [`NO_CRITICAL_SHARE_BELOW`].
    NoCriticalReviews,
    /// At least [`MIN_REVIEWS`] reviews and a 5-star share above
    /// [`ALMOST_ALL_FIVE_SHARE_ABOVE`] (one 5-star review is 100 % and
    /// says nothing, hence the floor).
    AlmostAllFiveStars,
}

impl Flag {
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::NoCriticalReviews => "no-critical-reviews",
            Flag::AlmostAllFiveStars => "almost-all-five-stars",
        }
    }
}

/// The perfection signal of one profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PerfectionSignal {
    pub zone: Zone,
    /// The mean the zone was decided on, `None` without reviews.
    pub mean: Option<f64>,
    /// (1-star + 2-star reviews) / all reviews; 0 without reviews.
    pub critical_share: f64,
    /// 5-star reviews / all reviews; 0 without reviews.
    pub five_star_share: f64,
    pub flags: Vec<Flag>,
}

/// The signal for a profile showing `mean` with star mix `mix`.
///
/// `mean` is the rating the profile displays (it may be weighted or rounded);
/// `None` or a non-finite value uses the mix's own mean. It is clamped to
/// [1, 5]. Band edges are compared exactly.
pub fn perfection(mean: Option<f64>, mix: [u64; 5]) -> PerfectionSignal {
    let mix = crate::economics::Mix::from(mix);
    let total = mix.total();
    let mean = mean
        .filter(|m| m.is_finite())
        .or_else(|| mix.mean())
        .map(|m| m.clamp(1.0, 5.0));
    let share = |count: u64| {
        if total == 0 {
            0.0
        } else {
            count as f64 / total as f64
        }
    };
    let critical_share = share(mix.unhappy());
    let five_star_share = share(mix.counts[4]);
    let mut flags = Vec::new();
    if total >= NO_CRITICAL_MIN_REVIEWS && critical_share < NO_CRITICAL_SHARE_BELOW {
        flags.push(Flag::NoCriticalReviews);
    }
    if total >= MIN_REVIEWS && five_star_share > ALMOST_ALL_FIVE_SHARE_ABOVE {
        flags.push(Flag::AlmostAllFiveStars);
    }
    PerfectionSignal {
        zone: zone(total, mean),
        mean,
        critical_share,
        five_star_share,
        flags,
    }
}

fn zone(total: u64, mean: Option<f64>) -> Zone {
    match mean {
        _ if total < MIN_REVIEWS => Zone::TooFewReviews,
        None => Zone::TooFewReviews,
        Some(m) if m < LOW_BELOW => Zone::Low,
        Some(m) if m < TRUSTED_FROM => Zone::BelowPeak,
        Some(m) if m <= TRUSTED_TO => Zone::Trusted,
        Some(_) => Zone::TooPerfect,
    }
}

#[cfg(test)]
#[path = "perfection_tests.rs"]
mod tests;
