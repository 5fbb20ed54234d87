//! The dashboard's filter (date range, language, period) and the calendar
//! arithmetic on whole UTC days since 1970.

use candor_core::FieldError;
use chrono::{Datelike, NaiveDate};

use crate::AppError;

/// The longest range a dashboard reads: ten years.
pub const MAX_RANGE_DAYS: i64 = 3_660;
/// The default range: the last year.
pub const DEFAULT_RANGE_DAYS: i64 = 365;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Week,
    Month,
}

impl Period {
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
        }
    }

    /// The first day of the period holding `day` (weeks start on Monday).
    pub fn start(self, day: i64) -> i64 {
        match self {
            // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
            Period::Week => day - (day + 3).rem_euclid(7),
            Period::Month => match date_of(day) {
                Some(date) => day - i64::from(date.day0()),
                None => day,
            },
        }
    }

    /// The first day of the next period.
    pub fn next(self, start: i64) -> i64 {
        match self {
            Period::Week => start + 7,
            Period::Month => {
                let Some(date) = date_of(start) else {
                    return start + 31;
                };
                let (year, month) = if date.month() == 12 {
                    (date.year() + 1, 1)
                } else {
                    (date.year(), date.month() + 1)
                };
                NaiveDate::from_ymd_opt(year, month, 1)
                    .map(day_of)
                    .unwrap_or(start + 31)
            }
        }
    }

    /// The periods overlapping `[from, to]`, as start days.
    pub fn starts(self, from: i64, to: i64) -> Vec<i64> {
        let mut starts = Vec::new();
        let mut start = self.start(from);
        while start <= to {
            starts.push(start);
            start = self.next(start);
        }
        starts
    }
}

pub fn date_of(day: i64) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(1970, 1, 1)?.checked_add_signed(chrono::TimeDelta::try_days(day)?)
}

pub fn day_of(date: NaiveDate) -> i64 {
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .map(|epoch| (date - epoch).num_days())
        .unwrap_or(0)
}

/// `YYYY-MM-DD` of a day.
pub fn iso(day: i64) -> String {
    date_of(day).map(|d| d.to_string()).unwrap_or_default()
}

/// What a dashboard shows: `[from_day, to_day]`, one language or all, and
/// the trend's period.
#[derive(Debug, Clone, PartialEq)]
pub struct InsightFilter {
    pub from_day: i64,
    pub to_day: i64,
    pub language: Option<String>,
    pub period: Period,
}

impl InsightFilter {
    /// The default: the last year up to `today`, all languages, by month.
    pub fn last_year(today: i64) -> Self {
        Self {
            from_day: today - DEFAULT_RANGE_DAYS + 1,
            to_day: today,
            language: None,
            period: Period::Month,
        }
    }

    /// Reads the query's fields; anything missing takes the default.
    pub fn parse(
        from: Option<&str>,
        to: Option<&str>,
        language: Option<&str>,
        period: Option<&str>,
        today: i64,
    ) -> Result<Self, AppError> {
        let mut filter = Self::last_year(today);
        if let Some(to) = nonempty(to) {
            filter.to_day = parse_day("to", to)?;
            filter.from_day = filter.to_day - DEFAULT_RANGE_DAYS + 1;
        }
        if let Some(from) = nonempty(from) {
            filter.from_day = parse_day("from", from)?;
        }
        if filter.from_day > filter.to_day {
            return Err(invalid("from", "out_of_range", "from is after to"));
        }
        if filter.to_day - filter.from_day >= MAX_RANGE_DAYS {
            return Err(invalid(
                "from",
                "out_of_range",
                "the range is longer than ten years",
            ));
        }
        filter.language = match nonempty(language) {
            Some(tag) => Some(candor_core::Language::parse(tag)?.as_str().to_string()),
            None => None,
        };
        filter.period = match nonempty(period) {
            None | Some("month") => Period::Month,
            Some("week") => Period::Week,
            Some(_) => return Err(invalid("period", "invalid", "period is week or month")),
        };
        Ok(filter)
    }

    pub fn days(&self) -> i64 {
        self.to_day - self.from_day + 1
    }

    /// The range of the same length just before this one.
    pub fn previous(&self) -> Self {
        Self {
            from_day: self.from_day - self.days(),
            to_day: self.from_day - 1,
            ..self.clone()
        }
    }

    pub fn range(&self) -> candor_store::DayRange {
        candor_store::DayRange {
            from_day: self.from_day,
            to_day: self.to_day,
            language: self.language.clone(),
        }
    }
}

fn nonempty(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

fn parse_day(field: &'static str, value: &str) -> Result<i64, AppError> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map(day_of)
        .map_err(|_| invalid(field, "invalid_date", "dates are YYYY-MM-DD"))
}

fn invalid(field: &'static str, code: &'static str, message: &str) -> AppError {
    AppError::from(FieldError::new(field, code, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_start_on_monday_and_months_on_the_first() {
        let day = parse_day("d", "2026-11-25").expect("date"); // a Wednesday
        assert_eq!(iso(Period::Week.start(day)), "2026-11-23");
        assert_eq!(iso(Period::Month.start(day)), "2026-11-01");
        assert_eq!(
            iso(Period::Month.next(Period::Month.start(day))),
            "2026-12-01"
        );
        let dec = parse_day("d", "2026-12-31").expect("date");
        assert_eq!(
            iso(Period::Month.next(Period::Month.start(dec))),
            "2027-01-01"
        );
        let starts = Period::Month.starts(day, dec);
        assert_eq!(starts.len(), 2);
    }

    #[test]
    fn bad_filters_are_refused() {
        let today = 20_000;
        assert!(InsightFilter::parse(Some("2026-13-01"), None, None, None, today).is_err());
        assert!(
            InsightFilter::parse(Some("2026-02-01"), Some("2026-01-01"), None, None, today)
                .is_err()
        );
        assert!(InsightFilter::parse(None, None, None, Some("year"), today).is_err());
        assert!(InsightFilter::parse(None, None, Some("<x>"), None, today).is_err());
        let f = InsightFilter::parse(None, None, Some("nb"), Some("week"), today).expect("ok");
        assert_eq!(
            (f.language.as_deref(), f.period),
            (Some("no"), Period::Week)
        );
        assert_eq!(f.days(), DEFAULT_RANGE_DAYS);
    }
}
