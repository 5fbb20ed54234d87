//! Summaries of a star mix (`[u64; 5]`, index 0 = 1 star).

use serde::{Deserialize, Serialize};

use super::EconomicsInputs;

/// A star mix with the summaries the economics models need.
///
/// Happy = 4 and 5 stars, neutral = 3 stars, unhappy = 1 and 2 stars.
/// Counts add with saturation and means are computed in `f64`, so no mix,
/// however large, can overflow or panic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mix {
    /// Reviews per star, index 0 = 1 star.
    pub counts: [u64; 5],
}

impl From<[u64; 5]> for Mix {
    fn from(counts: [u64; 5]) -> Self {
        Self { counts }
    }
}

impl Mix {
    /// Number of reviews: c1 + c2 + c3 + c4 + c5.
    pub fn total(&self) -> u64 {
        self.counts.iter().fold(0u64, |a, &c| a.saturating_add(c))
    }

    /// Sum of all stars: 1·c1 + 2·c2 + 3·c3 + 4·c4 + 5·c5 (in `f64`).
    pub fn star_sum(&self) -> f64 {
        weighted(&self.counts, 1)
    }

    /// Mean rating: star_sum / total; `None` without reviews.
    pub fn mean(&self) -> Option<f64> {
        mean_of(&self.counts, 1)
    }

    /// Reviews with 4 or 5 stars.
    pub fn happy(&self) -> u64 {
        self.counts[3].saturating_add(self.counts[4])
    }

    /// Reviews with 3 stars.
    pub fn neutral(&self) -> u64 {
        self.counts[2]
    }

    /// Reviews with 1 or 2 stars.
    pub fn unhappy(&self) -> u64 {
        self.counts[0].saturating_add(self.counts[1])
    }

    /// Mean of the happy reviews: (4·c4 + 5·c5) / (c4 + c5); `None` without any.
    pub fn happy_mean(&self) -> Option<f64> {
        mean_of(&self.counts[3..], 4)
    }

    /// Mean of the unhappy reviews: (1·c1 + 2·c2) / (c1 + c2); `None` without any.
    pub fn unhappy_mean(&self) -> Option<f64> {
        mean_of(&self.counts[..2], 1)
    }

    /// `inputs` with `happy_stars` and `unhappy_stars` replaced by this
    /// business's own happy and unhappy means where it has such reviews.
    ///
    /// The result may fail [`EconomicsInputs::validate`], for example when
    /// every happy review is a 4 and the target is 4.0: then no number of
    /// such reviews can lift the mean above the target, and saying so is
    /// the honest answer.
    pub fn with_own_stars(&self, inputs: &EconomicsInputs) -> EconomicsInputs {
        EconomicsInputs {
            happy_stars: self.happy_mean().unwrap_or(inputs.happy_stars),
            unhappy_stars: self.unhappy_mean().unwrap_or(inputs.unhappy_stars),
            ..inputs.clone()
        }
    }
}

/// Σ (first_star + i) · counts[i], in `f64` so it cannot overflow.
fn weighted(counts: &[u64], first_star: u32) -> f64 {
    (first_star..)
        .zip(counts)
        .map(|(star, &c)| f64::from(star) * c as f64)
        .sum()
}

fn mean_of(counts: &[u64], first_star: u32) -> Option<f64> {
    let n: f64 = counts.iter().map(|&c| c as f64).sum();
    (n > 0.0).then(|| weighted(counts, first_star) / n)
}
