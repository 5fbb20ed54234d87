//! Responding to reviews: star bands, response deadlines and the response
//! figures (rates and the median time to a first reply), as pure functions.

use crate::FieldError;

/// Star bands a business sets its response deadlines by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StarBand {
    /// 1 and 2 stars: the reviews "silence is consent" is about.
    Negative,
    /// 3 stars.
    Mixed,
    /// 4 and 5 stars.
    Positive,
}

impl StarBand {
    pub const ALL: [StarBand; 3] = [StarBand::Negative, StarBand::Mixed, StarBand::Positive];

    pub fn of(stars: i64) -> Self {
        match stars {
            ..=2 => Self::Negative,
            3 => Self::Mixed,
            _ => Self::Positive,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Negative => "negative",
            Self::Mixed => "mixed",
            Self::Positive => "positive",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::ALL
            .into_iter()
            .find(|band| band.as_str() == raw)
            .ok_or_else(|| {
                FieldError::new(
                    "band",
                    "invalid_band",
                    "band must be negative, mixed or positive",
                )
            })
    }

    /// Candor's deadline where a business has set none: a day for an unhappy
    /// customer, three days for a mixed review, a week for praise.
    pub fn default_hours(self) -> i64 {
        match self {
            Self::Negative => 24,
            Self::Mixed => 72,
            Self::Positive => 168,
        }
    }
}

/// The longest deadline a business may set: 90 days.
pub const MAX_DEADLINE_HOURS: i64 = 90 * 24;

/// Checks a deadline in hours given by a business.
pub fn check_deadline_hours(hours: i64) -> Result<i64, FieldError> {
    if (1..=MAX_DEADLINE_HOURS).contains(&hours) {
        Ok(hours)
    } else {
        Err(FieldError::new(
            "hours",
            "out_of_range",
            format!("hours must be between 1 and {MAX_DEADLINE_HOURS}"),
        ))
    }
}

/// When a review written at `created_at` (ms) must be answered by.
pub fn due_at(created_at: i64, hours: i64) -> i64 {
    created_at.saturating_add(hours.saturating_mul(3_600_000))
}

/// Reviews and replies counted for one group (all reviews, or one band).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ResponseCount {
    pub reviews: i64,
    pub answered: i64,
}

impl ResponseCount {
    /// Share of reviews with a reply, 0 to 1; `None` without reviews.
    pub fn rate(self) -> Option<f64> {
        (self.reviews > 0).then(|| self.answered as f64 / self.reviews as f64)
    }
}

/// The median of `values` (the mean of the two middle ones for an even
/// count); `None` when empty. `values` need not be sorted.
pub fn median(values: &mut [i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        values[mid] as f64
    } else {
        (values[mid - 1] as f64 + values[mid] as f64) / 2.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_cover_the_stars() {
        let bands: Vec<_> = (1..=5).map(StarBand::of).collect();
        assert_eq!(
            bands,
            [
                StarBand::Negative,
                StarBand::Negative,
                StarBand::Mixed,
                StarBand::Positive,
                StarBand::Positive
            ]
        );
        for band in StarBand::ALL {
            assert_eq!(StarBand::parse(band.as_str()), Ok(band));
        }
        assert!(StarBand::parse("angry").is_err());
    }

    #[test]
    fn deadlines_are_checked_and_added() {
        assert!(check_deadline_hours(0).is_err());
        assert!(check_deadline_hours(MAX_DEADLINE_HOURS + 1).is_err());
        assert_eq!(check_deadline_hours(24), Ok(24));
        assert_eq!(due_at(1_000, 2), 1_000 + 7_200_000);
    }

    #[test]
    fn median_and_rate() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [5, 1, 3]), Some(3.0));
        assert_eq!(median(&mut [4, 1, 3, 2]), Some(2.5));
        let count = ResponseCount {
            reviews: 4,
            answered: 1,
        };
        assert_eq!(count.rate(), Some(0.25));
        assert_eq!(ResponseCount::default().rate(), None);
    }
}
