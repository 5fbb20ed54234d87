//! Word of mouth: how many people the passionate reviewers tell.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Counts;

/// How many people one passionate reviewer tells about the business.
///
/// The unhappy figures are the seed article's (004), which cites the White
/// House Office of Consumer Affairs: unhappy customers tell 9 to 15 people.
/// The happy figures (4 to 6) are the number commonly repeated alongside
/// them; no primary study is known, so treat them as an assumption and put
/// in your own figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReachParams {
    pub unhappy_tell_low: u32,
    pub unhappy_tell_high: u32,
    pub happy_tell_low: u32,
    pub happy_tell_high: u32,
}

impl Default for ReachParams {
    fn default() -> Self {
        Self {
            unhappy_tell_low: 9,
            unhappy_tell_high: 15,
            happy_tell_low: 4,
            happy_tell_high: 6,
        }
    }
}

impl ReachParams {
    /// Each low figure must not exceed its high figure.
    pub fn validate(&self) -> Result<(), ReachError> {
        let pairs = [
            ("unhappy", self.unhappy_tell_low, self.unhappy_tell_high),
            ("happy", self.happy_tell_low, self.happy_tell_high),
        ];
        for (side, low, high) in pairs {
            if low > high {
                return Err(ReachError::LowAboveHigh { side, low, high });
            }
        }
        Ok(())
    }
}

/// Why reach parameters were refused.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "error", rename_all = "kebab-case")]
pub enum ReachError {
    LowAboveHigh {
        side: &'static str,
        low: u32,
        high: u32,
    },
}

impl fmt::Display for ReachError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::LowAboveHigh { side, low, high } => {
                write!(
                    f,
                    "{side}_tell_low ({low}) is above {side}_tell_high ({high})"
                )
            }
        }
    }
}

impl std::error::Error for ReachError {}

/// People reached by word of mouth, as a low–high range.
///
/// Only reviewers placed in a segment are counted: the silent customers
/// who never wrote a review talk too, so this is a floor, not the total.
/// Indifferent reviewers are assumed to tell no one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reach {
    /// `detractors × unhappy_tell_low`.
    pub detractors_low: u64,
    /// `detractors × unhappy_tell_high`.
    pub detractors_high: u64,
    /// `ambassadors × happy_tell_low`.
    pub ambassadors_low: u64,
    /// `ambassadors × happy_tell_high`.
    pub ambassadors_high: u64,
    /// Worst case of good minus bad: `ambassadors_low − detractors_high`.
    pub net_low: i64,
    /// Best case of good minus bad: `ambassadors_high − detractors_low`.
    pub net_high: i64,
}

/// Word-of-mouth reach of the segment counts. Products saturate at `u64::MAX`.
pub fn reach(counts: &Counts, params: &ReachParams) -> Result<Reach, ReachError> {
    params.validate()?;
    let times = |n: u64, per: u32| n.saturating_mul(u64::from(per));
    let detractors_low = times(counts.detractors, params.unhappy_tell_low);
    let detractors_high = times(counts.detractors, params.unhappy_tell_high);
    let ambassadors_low = times(counts.ambassadors, params.happy_tell_low);
    let ambassadors_high = times(counts.ambassadors, params.happy_tell_high);
    Ok(Reach {
        detractors_low,
        detractors_high,
        ambassadors_low,
        ambassadors_high,
        net_low: signed(ambassadors_low).saturating_sub(signed(detractors_high)),
        net_high: signed(ambassadors_high).saturating_sub(signed(detractors_low)),
    })
}

fn signed(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
