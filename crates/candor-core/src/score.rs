//! The Candor score: a Bayesian average with a recency weight.
//!
//! ```text
//! w_i   = 0.5 ^ (age_days_i / half_life_days)        age in whole days since the review was written
//! score = (C * m + sum(w_i * r_i)) / (C + sum(w_i))   C = prior_count, m = prior_mean
//! ```
//!
//! The prior pulls a business with few reviews towards `m` (as if it had `C`
//! reviews of `m` stars, the values Trustpilot publishes: 7 reviews at 3.5), and
//! the weight halves a review's influence every `half_life_days`. The plain mean
//! and the count are always shown beside the score, so nobody has to trust it.

use serde::Serialize;

use crate::review::Rating;

/// The published constants of the score formula.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ScoreParams {
    pub prior_count: f64,
    pub prior_mean: f64,
    pub half_life_days: f64,
}

impl Default for ScoreParams {
    fn default() -> Self {
        Self {
            prior_count: 7.0,
            prior_mean: 3.5,
            half_life_days: 365.0,
        }
    }
}

impl ScoreParams {
    /// The weight of a review written `age_days` ago (future dates count as today).
    pub fn weight(&self, age_days: i64) -> f64 {
        let age = age_days.max(0) as f64;
        0.5_f64.powf(age / self.half_life_days)
    }
}

/// Count of published reviews per star, 1 to 5.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Distribution([u64; 5]);

impl Distribution {
    pub fn add(&mut self, rating: Rating, count: u64) {
        self.0[usize::from(rating.get() - 1)] += count;
    }

    pub fn count(&self, rating: Rating) -> u64 {
        self.0[usize::from(rating.get() - 1)]
    }

    pub fn total(&self) -> u64 {
        self.0.iter().sum()
    }

    /// Share of `rating` in whole percent, rounded; 0 when there are no reviews.
    pub fn percent(&self, rating: Rating) -> u64 {
        let total = self.total();
        if total == 0 {
            return 0;
        }
        (self.count(rating) * 100 + total / 2) / total
    }
}

/// Reviews of one star value written on one day: the unit the store aggregates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RatingBucket {
    pub rating: Rating,
    pub age_days: i64,
    pub count: u64,
}

/// What one star value contributes to the score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StarContribution {
    pub stars: u8,
    pub count: u64,
    pub weight: f64,
}

/// Every number of the computation, so a page can show the working.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreBreakdown {
    pub params: ScoreParams,
    pub count: u64,
    /// Plain arithmetic mean of the stars; `None` without reviews.
    pub mean: Option<f64>,
    pub weighted_count: f64,
    pub weighted_sum: f64,
    pub score: f64,
    pub distribution: Distribution,
    pub contributions: Vec<StarContribution>,
}

impl ScoreBreakdown {
    pub fn compute(params: ScoreParams, buckets: &[RatingBucket]) -> Self {
        let mut distribution = Distribution::default();
        let mut weights = [0.0_f64; 5];
        for bucket in buckets {
            distribution.add(bucket.rating, bucket.count);
            weights[usize::from(bucket.rating.get() - 1)] +=
                params.weight(bucket.age_days) * bucket.count as f64;
        }
        let count = distribution.total();
        let star_sum: u64 = Rating::ALL
            .iter()
            .map(|r| u64::from(r.get()) * distribution.count(*r))
            .sum();
        let weighted_count: f64 = weights.iter().sum();
        let weighted_sum: f64 = weights
            .iter()
            .zip(1..=5)
            .map(|(w, s)| w * f64::from(s))
            .sum();
        let score = (params.prior_count * params.prior_mean + weighted_sum)
            / (params.prior_count + weighted_count);
        let contributions = Rating::ALL
            .iter()
            .map(|r| StarContribution {
                stars: r.get(),
                count: distribution.count(*r),
                weight: weights[usize::from(r.get() - 1)],
            })
            .collect();
        Self {
            params,
            count,
            mean: (count > 0).then(|| star_sum as f64 / count as f64),
            weighted_count,
            weighted_sum,
            score,
            distribution,
            contributions,
        }
    }
}

/// Rounds for display and JSON: two decimals are plenty for a 1-5 scale.
pub fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

#[cfg(test)]
#[path = "score_tests.rs"]
mod tests;
