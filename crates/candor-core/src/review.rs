//! Reviews and replies as they arrive from a consumer or staff member, and the
//! ways a list of reviews can be filtered and sorted.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::language::Language;
use crate::staff::Email;
use crate::validate::{self, FieldError};

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_BODY_CHARS: usize = 20_000;
pub const MAX_NAME_CHARS: usize = 100;
pub const MAX_REPLY_CHARS: usize = 10_000;
pub const MAX_REASON_CHARS: usize = 1_000;

/// A star rating, 1 to 5 inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "i64")]
pub struct Rating(u8);

impl Rating {
    pub const ALL: [Rating; 5] = [Rating(1), Rating(2), Rating(3), Rating(4), Rating(5)];

    pub fn get(self) -> u8 {
        self.0
    }

    /// Critical reviews (1 to 3 stars) are the ones readers look for first.
    pub fn is_critical(self) -> bool {
        self.0 <= 3
    }
}

impl TryFrom<i64> for Rating {
    type Error = FieldError;

    fn try_from(value: i64) -> Result<Self, Self::Error> {
        match u8::try_from(value) {
            Ok(stars @ 1..=5) => Ok(Rating(stars)),
            _ => Err(FieldError::new(
                "rating",
                "out_of_range",
                format!("rating must be a whole number from 1 to 5, not {value}"),
            )),
        }
    }
}

impl From<Rating> for i64 {
    fn from(rating: Rating) -> i64 {
        i64::from(rating.0)
    }
}

/// Where a review stands. Nothing is ever deleted: removal is a status with a reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    Published,
    Pending,
    Removed,
}

impl ReviewStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Published => "published",
            Self::Pending => "pending",
            Self::Removed => "removed",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        match raw {
            "published" => Ok(Self::Published),
            "pending" => Ok(Self::Pending),
            "removed" => Ok(Self::Removed),
            _ => Err(FieldError::new(
                "status",
                "invalid_status",
                "status must be published, pending or removed",
            )),
        }
    }
}

/// A consumer's review (or a new revision of it), validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewDraft {
    pub rating: Rating,
    pub title: String,
    pub body: String,
    pub author_name: String,
    pub author_email: Email,
    pub language: Option<Language>,
    pub experienced_on: Option<NaiveDate>,
}

/// The raw fields of a review as typed into a form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ReviewInput {
    pub rating: Option<i64>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub author_name: String,
    #[serde(default)]
    pub author_email: String,
    pub language: Option<String>,
    pub experienced_on: Option<String>,
    /// The reviewer lets the business quote the review on its own site.
    #[serde(default)]
    pub testimonial_consent: bool,
}

impl ReviewDraft {
    /// Validates every field; `today` bounds the date of experience.
    pub fn parse(input: &ReviewInput, today: NaiveDate) -> Result<Self, FieldError> {
        Self::parse_owned(input.clone(), today)
    }

    /// [`ReviewDraft::parse`] keeping the input's texts where they need no
    /// trimming (a bulk import parses millions).
    pub fn parse_owned(input: ReviewInput, today: NaiveDate) -> Result<Self, FieldError> {
        let rating = input
            .rating
            .ok_or_else(|| FieldError::new("rating", "required", "rating is required"))
            .and_then(Rating::try_from)?;
        Ok(Self {
            rating,
            title: validate::text_owned("title", input.title, false, MAX_TITLE_CHARS)?,
            body: validate::text_owned("body", input.body, true, MAX_BODY_CHARS)?,
            author_name: validate::text_owned(
                "author_name",
                input.author_name,
                true,
                MAX_NAME_CHARS,
            )?,
            author_email: Email::parse("author_email", &input.author_email)?,
            language: non_empty(&input.language)
                .map(Language::parse)
                .transpose()?,
            experienced_on: non_empty(&input.experienced_on)
                .map(|raw| parse_experience_date(raw, today))
                .transpose()?,
        })
    }
}

fn non_empty(raw: &Option<String>) -> Option<&str> {
    raw.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The earliest date of experience accepted; older ones are typing mistakes.
const EARLIEST_EXPERIENCE: (i32, u32, u32) = (1990, 1, 1);

fn parse_experience_date(raw: &str, today: NaiveDate) -> Result<NaiveDate, FieldError> {
    let date = NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| {
        FieldError::new(
            "experienced_on",
            "invalid_date",
            "experienced_on must be a date written YYYY-MM-DD",
        )
    })?;
    let (y, m, d) = EARLIEST_EXPERIENCE;
    let earliest = NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN);
    // One day of slack: the reviewer's time zone may already be on tomorrow.
    let latest = today.succ_opt().unwrap_or(today);
    if date < earliest || date > latest {
        return Err(FieldError::new(
            "experienced_on",
            "out_of_range",
            "experienced_on cannot be in the future or before 1990",
        ));
    }
    Ok(date)
}

/// A staff member's public reply, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplyDraft {
    pub body: String,
}

impl ReplyDraft {
    pub fn parse(raw_body: &str) -> Result<Self, FieldError> {
        Ok(Self {
            body: validate::text("body", raw_body, true, MAX_REPLY_CHARS)?,
        })
    }
}

/// How a list of reviews is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReviewSort {
    #[default]
    Newest,
    Helpful,
}

impl ReviewSort {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        match raw {
            "" | "newest" => Ok(Self::Newest),
            "helpful" => Ok(Self::Helpful),
            _ => Err(FieldError::new(
                "sort",
                "invalid_sort",
                "sort must be newest or helpful",
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Newest => "newest",
            Self::Helpful => "helpful",
        }
    }
}

/// Which published reviews a reader wants to see. The same filter serves the
/// public page and the list API, so both always agree.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReviewFilter {
    /// Empty means every star value.
    pub stars: Vec<Rating>,
    pub language: Option<Language>,
    /// `Some(true)`: only answered reviews; `Some(false)`: only unanswered ones.
    pub replied: Option<bool>,
    pub sort: ReviewSort,
}

/// The raw query string of a review list (`?stars=1,2&language=de&replied=no&sort=helpful`).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ReviewQuery {
    pub stars: Option<String>,
    pub language: Option<String>,
    pub replied: Option<String>,
    pub sort: Option<String>,
    pub cursor: Option<String>,
    /// Words to search for (see [`crate::ReviewSearch`]).
    pub q: Option<String>,
    /// An aspect id: only reviews that talk about it.
    pub aspect: Option<String>,
    /// Page number of search results, from 1.
    pub page: Option<String>,
}

impl ReviewFilter {
    pub fn parse(query: &ReviewQuery) -> Result<Self, FieldError> {
        Ok(Self {
            stars: parse_stars(query.stars.as_deref().unwrap_or_default())?,
            language: non_empty(&query.language)
                .map(Language::parse)
                .transpose()?,
            replied: parse_replied(query.replied.as_deref().unwrap_or_default())?,
            sort: ReviewSort::parse(query.sort.as_deref().unwrap_or_default())?,
        })
    }
}

fn parse_stars(raw: &str) -> Result<Vec<Rating>, FieldError> {
    let mut stars = Vec::new();
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let value: i64 = part.parse().map_err(|_| {
            FieldError::new(
                "stars",
                "invalid_stars",
                "stars must be a list like 1,2 of values 1 to 5",
            )
        })?;
        let rating = Rating::try_from(value).map_err(|mut e| {
            e.field = "stars";
            e
        })?;
        if !stars.contains(&rating) {
            stars.push(rating);
        }
    }
    stars.sort();
    Ok(stars)
}

fn parse_replied(raw: &str) -> Result<Option<bool>, FieldError> {
    match raw {
        "" | "any" => Ok(None),
        "yes" | "true" => Ok(Some(true)),
        "no" | "false" => Ok(Some(false)),
        _ => Err(FieldError::new(
            "replied",
            "invalid_replied",
            "replied must be yes or no",
        )),
    }
}

#[cfg(test)]
#[path = "review_tests.rs"]
mod tests;
