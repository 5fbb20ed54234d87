//! The assumptions behind the recovery economics and their validation.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The assumptions every economics model starts from.
///
/// `Default` is the seed article's model ("about 40 good experiences undo
/// one bad review"): an unhappy customer always reviews, one happy customer
/// in ten does, good reviews give 5 stars, bad ones 1 star, and the business
/// wants to hold a 4.0 mean.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EconomicsInputs {
    /// The mean rating the business wants to hold, strictly between
    /// `unhappy_stars` and `happy_stars`.
    pub target: f64,
    /// Probability that a happy (or neutral) customer writes a review, in (0, 1].
    pub happy_review_probability: f64,
    /// Probability that an unhappy customer writes a review, in (0, 1].
    pub unhappy_review_probability: f64,
    /// Stars a happy customer's review gives, in 1..=5.
    pub happy_stars: f64,
    /// Stars an unhappy customer's review gives, in 1..=5.
    pub unhappy_stars: f64,
}

impl Default for EconomicsInputs {
    fn default() -> Self {
        Self {
            target: 4.0,
            happy_review_probability: 0.1,
            unhappy_review_probability: 1.0,
            happy_stars: 5.0,
            unhappy_stars: 1.0,
        }
    }
}

impl EconomicsInputs {
    /// Checks every field; the first problem found is returned.
    ///
    /// Probabilities must be in (0, 1] (zero would mean "never reviews",
    /// which makes every ratio infinite), stars in 1..=5, and
    /// `unhappy_stars < target < happy_stars` (otherwise no number of good
    /// reviews can reach the target, or a bad review cannot hurt it).
    /// NaN and infinities are rejected.
    pub fn validate(&self) -> Result<(), EconomicsError> {
        probability("happy_review_probability", self.happy_review_probability)?;
        probability(
            "unhappy_review_probability",
            self.unhappy_review_probability,
        )?;
        stars("happy_stars", self.happy_stars)?;
        stars("unhappy_stars", self.unhappy_stars)?;
        finite("target", self.target)?;
        if !(self.unhappy_stars < self.target && self.target < self.happy_stars) {
            return Err(EconomicsError::TargetNotBetweenStars {
                unhappy_stars: self.unhappy_stars,
                target: self.target,
                happy_stars: self.happy_stars,
            });
        }
        Ok(())
    }
}

/// Why inputs to an economics model were refused.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "error", rename_all = "kebab-case")]
pub enum EconomicsError {
    /// The field is NaN or infinite.
    NotFinite { field: &'static str },
    /// A probability outside (0, 1].
    ProbabilityOutOfRange { field: &'static str, value: f64 },
    /// A star value outside 1..=5.
    StarsOutOfRange { field: &'static str, value: f64 },
    /// The target is not strictly between the unhappy and happy stars.
    TargetNotBetweenStars {
        unhappy_stars: f64,
        target: f64,
        happy_stars: f64,
    },
    /// A scenario share outside [0, 1].
    ShareOutOfRange { value: f64 },
    /// The observation period must be a positive number of months.
    MonthsNotPositive { value: f64 },
    /// The projection horizon is longer than [`MAX_HORIZON_MONTHS`].
    HorizonTooLong { months: u32, max: u32 },
    /// The model needs at least one review to estimate customers from.
    EmptyMix,
}

/// Longest projection accepted: 100 years. Bounds the memory a request can
/// ask for; nobody plans review strategy further out.
pub const MAX_HORIZON_MONTHS: u32 = 1200;

impl fmt::Display for EconomicsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotFinite { field } => write!(f, "{field} must be a finite number"),
            Self::ProbabilityOutOfRange { field, value } => {
                write!(f, "{field} must be in (0, 1], got {value}")
            }
            Self::StarsOutOfRange { field, value } => {
                write!(f, "{field} must be between 1 and 5, got {value}")
            }
            Self::TargetNotBetweenStars {
                unhappy_stars,
                target,
                happy_stars,
            } => write!(
                f,
                "target {target} must be strictly between unhappy_stars {unhappy_stars} and happy_stars {happy_stars}"
            ),
            Self::ShareOutOfRange { value } => write!(f, "share must be in [0, 1], got {value}"),
            Self::MonthsNotPositive { value } => {
                write!(f, "months observed must be positive, got {value}")
            }
            Self::HorizonTooLong { months, max } => {
                write!(f, "horizon of {months} months is longer than {max}")
            }
            Self::EmptyMix => write!(f, "the star mix has no reviews"),
        }
    }
}

impl std::error::Error for EconomicsError {}

pub(crate) fn finite(field: &'static str, value: f64) -> Result<f64, EconomicsError> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(EconomicsError::NotFinite { field })
    }
}

pub(crate) fn probability(field: &'static str, value: f64) -> Result<f64, EconomicsError> {
    if finite(field, value)? > 0.0 && value <= 1.0 {
        Ok(value)
    } else {
        Err(EconomicsError::ProbabilityOutOfRange { field, value })
    }
}

fn stars(field: &'static str, value: f64) -> Result<f64, EconomicsError> {
    if (1.0..=5.0).contains(&finite(field, value)?) {
        Ok(value)
    } else {
        Err(EconomicsError::StarsOutOfRange { field, value })
    }
}

pub(crate) fn share(value: f64) -> Result<f64, EconomicsError> {
    if (0.0..=1.0).contains(&finite("share", value)?) {
        Ok(value)
    } else {
        Err(EconomicsError::ShareOutOfRange { value })
    }
}
