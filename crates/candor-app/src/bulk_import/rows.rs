//! One record of an import file made into a review to store, or the reason
//! it cannot be: every field is checked as a review written here would be.

use std::sync::LazyLock;

use chrono::format::{Item, Parsed, StrftimeItems};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use sha2::{Digest, Sha256};

use candor_core::{ReplyDraft, ReviewDraft, ReviewInput};
use candor_store::ErasePolicy;

use super::mapping::Mapping;
use super::records::Record;

/// A review read from the file, validated.
#[derive(Debug, Clone)]
pub struct ImportRow {
    pub external_id: String,
    pub draft: ReviewDraft,
    /// When it was written (Unix ms).
    pub written_at: i64,
    /// The business's public reply and when it was posted (Unix ms).
    pub reply: Option<(String, i64)>,
    /// An erasure asked for while the row waited in the import queue.
    pub erase: Option<ErasePolicy>,
}

/// Reads `record` through `mapping`; `Err` says why it cannot be imported.
pub fn parse_row(
    record: &Record,
    mapping: &Mapping,
    source: &str,
    now: i64,
    today: NaiveDate,
) -> Result<ImportRow, String> {
    let get = |column: &Option<String>| column.as_deref().and_then(|c| record.get(c));
    let rating_text = get(&mapping.rating).ok_or("rating: missing")?;
    let rating = parse_rating(&rating_text)
        .ok_or_else(|| format!("rating: {rating_text:?} is not a star rating from 1 to 5"))?;
    let written_at = match get(&mapping.written_at) {
        Some(text) => parse_time(&text)
            .ok_or_else(|| format!("written_at: {text:?} is not a date and time"))?,
        None => now,
    };
    if written_at > now {
        return Err("written_at: the date is in the future".into());
    }
    let title = get(&mapping.title).unwrap_or_default();
    let body = get(&mapping.body).unwrap_or_default();
    let author_name = get(&mapping.author_name).unwrap_or_default();
    let reviewer_id = get(&mapping.reviewer_id);
    let external_id = get(&mapping.external_id)
        .unwrap_or_else(|| derived_id(&author_name, written_at, &title, &body));
    if external_id.chars().count() > 200 {
        return Err("external_id: longer than 200 characters".into());
    }
    if external_id.chars().any(char::is_control) {
        return Err("external_id: contains control characters".into());
    }
    let author_email = get(&mapping.author_email).unwrap_or_else(|| {
        placeholder_email(source, reviewer_id.as_deref().unwrap_or(&external_id))
    });
    let input = ReviewInput {
        rating: Some(rating),
        title,
        body,
        author_name,
        author_email,
        language: get(&mapping.language).map(|l| l.to_ascii_lowercase()),
        experienced_on: get(&mapping.experienced_on).map(|d| date_part(&d)),
        testimonial_consent: false,
    };
    let draft = ReviewDraft::parse_owned(input, today)
        .map_err(|e| format!("{}: {}", e.field, e.message))?;
    let reply = match get(&mapping.reply).filter(|text| !text.trim().is_empty()) {
        Some(text) => {
            // Checked as a reply written here would be: PostgreSQL would
            // refuse a NUL, and the page shows the text.
            let text = ReplyDraft::parse(&text)
                .map_err(|e| format!("reply: {}", e.message.replace("body", "the reply")))?
                .body;
            let at = get(&mapping.replied_at)
                .map(|t| {
                    parse_time(&t)
                        .ok_or_else(|| format!("replied_at: {t:?} is not a date and time"))
                })
                .transpose()?
                .unwrap_or(written_at);
            Some((text, at.clamp(written_at, now)))
        }
        None => None,
    };
    Ok(ImportRow {
        external_id,
        draft,
        written_at,
        reply,
        erase: None,
    })
}

/// 1 to 5 as a number ("4", "4.0") or an English word ("FOUR", as Google
/// exports it).
pub fn parse_rating(text: &str) -> Option<i64> {
    let text = text.trim();
    let words = ["one", "two", "three", "four", "five"];
    if let Some(i) = words.iter().position(|w| w.eq_ignore_ascii_case(text)) {
        return Some(i as i64 + 1);
    }
    let value: f64 = text.parse().ok()?;
    let whole = value.round();
    ((whole - value).abs() < 1e-9 && (1.0..=5.0).contains(&whole)).then_some(whole as i64)
}

/// Unix ms from RFC 3339, `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DDTHH:MM:SS`
/// (taken as UTC), a bare date (midnight UTC), or Unix seconds or ms.
/// The date-and-time layouts without a zone, parsed once: parsing the
/// format string for every record was a tenth of reading a file.
static DATE_TIME_FORMATS: LazyLock<Vec<Vec<Item<'static>>>> = LazyLock::new(|| {
    [
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ]
    .into_iter()
    .filter_map(|format| StrftimeItems::new(format).parse_to_owned().ok())
    .collect()
});

pub fn parse_time(text: &str) -> Option<i64> {
    let text = text.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Some(at.timestamp_millis());
    }
    for items in DATE_TIME_FORMATS.iter() {
        let mut parsed = Parsed::new();
        let at = chrono::format::parse(&mut parsed, text, items.iter())
            .and_then(|()| parsed.to_naive_datetime_with_offset(0));
        if let Ok(at) = at {
            return Some(Utc.from_utc_datetime(&at).timestamp_millis());
        }
    }
    if let Ok(day) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return day
            .and_hms_opt(0, 0, 0)
            .map(|at| Utc.from_utc_datetime(&at).timestamp_millis());
    }
    let number: i64 = text.parse().ok()?;
    // Seconds until the year 5138; anything larger is milliseconds.
    let ms = if number < 100_000_000_000 {
        number.checked_mul(1000)?
    } else {
        number
    };
    (ms >= 0).then_some(ms)
}

/// The date of a date or a date and time (`2024-05-01T10:00:00Z` → `2024-05-01`).
fn date_part(text: &str) -> String {
    text.get(..10)
        .filter(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
        .unwrap_or(text)
        .to_string()
}

/// An id for a file without one: the same review always gets the same id,
/// so running the file again still imports nothing twice.
fn derived_id(author: &str, written_at: i64, title: &str, body: &str) -> String {
    let mut hash = Sha256::new();
    for part in [author, &written_at.to_string(), title, body] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    format!("sha256:{}", hex::encode(&hash.finalize()[..16]))
}

/// Where a platform gives no address: a stable stand-in per reviewer under
/// the reserved `.invalid` domain (RFC 2606), which no mail ever reaches;
/// Candor never writes to it (see `is_placeholder_email`).
fn placeholder_email(source: &str, reviewer: &str) -> String {
    let digest = Sha256::digest(format!("{source}\0{reviewer}").as_bytes());
    let source: String = source
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(40)
        .collect();
    format!("{source}-{}@import.invalid", hex::encode(&digest[..8]))
}

/// Whether an address stands in for one Candor does not have (an imported
/// review without one, an erased reviewer): any under the reserved
/// `.invalid` top-level domain, which no mail ever reaches.
pub fn is_placeholder_email(email: &str) -> bool {
    email.to_ascii_lowercase().ends_with(".invalid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_as_numbers_and_words() {
        assert_eq!(parse_rating("4"), Some(4));
        assert_eq!(parse_rating(" 5.0 "), Some(5));
        assert_eq!(parse_rating("FOUR"), Some(4));
        assert_eq!(parse_rating("one"), Some(1));
        assert_eq!(parse_rating("4.5"), None);
        assert_eq!(parse_rating("0"), None);
        assert_eq!(parse_rating("6"), None);
        assert_eq!(parse_rating("STAR_RATING_UNSPECIFIED"), None);
    }

    #[test]
    fn times_in_the_common_export_formats() {
        let day = 1_714_521_600_000; // 2024-05-01T00:00:00Z
        assert_eq!(parse_time("2024-05-01"), Some(day));
        assert_eq!(parse_time("2024-05-01T00:00:10Z"), Some(day + 10_000));
        assert_eq!(parse_time("2024-05-01T02:00:10+02:00"), Some(day + 10_000));
        assert_eq!(parse_time("2024-05-01 00:00:10"), Some(day + 10_000));
        assert_eq!(parse_time("2024-05-01T00:00:10.5"), Some(day + 10_500));
        assert_eq!(parse_time("1714521600"), Some(day));
        assert_eq!(parse_time("1714521600000"), Some(day));
        assert_eq!(parse_time("01/05/2024"), None);
        assert_eq!(parse_time("-5"), None);
    }

    #[test]
    fn placeholder_addresses_are_stable_per_reviewer_and_undeliverable() {
        let a = placeholder_email("google", "reviewer-1");
        assert_eq!(a, placeholder_email("google", "reviewer-1"));
        assert_ne!(a, placeholder_email("google", "reviewer-2"));
        assert_ne!(a, placeholder_email("trustpilot", "reviewer-1"));
        assert!(is_placeholder_email(&a), "{a}");
        assert!(candor_core::Email::parse("author_email", &a).is_ok(), "{a}");
    }

    #[test]
    fn derived_ids_depend_on_every_part() {
        let id = derived_id("Ann", 1, "t", "b");
        assert_eq!(id, derived_id("Ann", 1, "t", "b"));
        assert_ne!(id, derived_id("Ann", 2, "t", "b"));
        assert_ne!(id, derived_id("Ann", 1, "tb", ""));
    }
}
