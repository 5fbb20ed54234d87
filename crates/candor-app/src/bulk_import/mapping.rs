//! Which column (CSV) or key (JSON lines, dotted for nested objects) of an
//! import file holds each field of a review, with presets for the exports
//! of the common platforms.

use serde::Deserialize;

/// Column names per field; `None` where the file has no such column.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The label stored as the reviews' source (`trustpilot`, `google`, ...).
    pub source: Option<String>,
    /// The review's id on the platform it comes from; without it, one is
    /// derived from the reviewer, the date and the text.
    pub external_id: Option<String>,
    pub rating: Option<String>,
    pub title: Option<String>,
    pub body: Option<String>,
    pub author_name: Option<String>,
    pub author_email: Option<String>,
    /// The reviewer's id on the platform: keeps one reviewer's reviews
    /// together when the file has no e-mail addresses.
    pub reviewer_id: Option<String>,
    pub language: Option<String>,
    pub written_at: Option<String>,
    pub experienced_on: Option<String>,
    /// The business's public reply, and when it was posted.
    pub reply: Option<String>,
    pub replied_at: Option<String>,
}

/// The export layouts Candor knows without a mapping file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// A Trustpilot-style business export (CSV with "Review Id",
    /// "Review Stars", "Review Content", ... columns).
    Trustpilot,
    /// A Google Business Profile-style export (JSON lines of reviews with
    /// `reviewId`, `starRating` as ONE to FIVE, `comment`, `reviewer.displayName`).
    Google,
}

impl Preset {
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "trustpilot" => Some(Self::Trustpilot),
            "google" => Some(Self::Google),
            _ => None,
        }
    }

    pub fn mapping(self) -> Mapping {
        let some = |name: &str| Some(name.to_string());
        match self {
            Self::Trustpilot => Mapping {
                source: some("trustpilot"),
                external_id: some("Review Id"),
                rating: some("Review Stars"),
                title: some("Review Title"),
                body: some("Review Content"),
                author_name: some("Consumer Name"),
                author_email: some("Consumer Email"),
                reviewer_id: some("Consumer Id"),
                language: some("Review Language"),
                written_at: some("Review Created (UTC)"),
                experienced_on: some("Date Of Experience"),
                reply: some("Reply Content"),
                replied_at: some("Company Reply Date (UTC)"),
            },
            Self::Google => Mapping {
                source: some("google"),
                external_id: some("reviewId"),
                rating: some("starRating"),
                title: None,
                body: some("comment"),
                author_name: some("reviewer.displayName"),
                author_email: None,
                reviewer_id: None,
                language: None,
                written_at: some("createTime"),
                experienced_on: None,
                reply: some("reviewReply.comment"),
                replied_at: some("reviewReply.updateTime"),
            },
        }
    }
}

impl Mapping {
    /// Reads a mapping file: a JSON object from field names to column names.
    pub fn from_json(text: &str) -> Result<Self, String> {
        let mapping: Self = serde_json::from_str(text).map_err(|e| {
            format!(
                "the mapping file is not valid: {e} (expected a JSON object such as \
                 {{\"rating\": \"Stars\", \"body\": \"Text\", \"external_id\": \"Id\"}})"
            )
        })?;
        mapping.check()?;
        Ok(mapping)
    }

    /// A mapping must say where the rating and the text are.
    pub fn check(&self) -> Result<(), String> {
        let missing: Vec<&str> = [("rating", &self.rating), ("body", &self.body)]
            .into_iter()
            .filter(|(_, column)| column.as_deref().is_none_or(|c| c.trim().is_empty()))
            .map(|(field, _)| field)
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "the mapping names no column for: {}",
                missing.join(", ")
            ))
        }
    }

    /// The columns a file must have for this mapping: the rating, the text
    /// and the id. A preset's other columns may be missing (exports differ
    /// in what they include); a mapping file's may not (likely a typo).
    pub fn required_columns(&self) -> Vec<&str> {
        [&self.external_id, &self.rating, &self.body]
            .into_iter()
            .filter_map(|c| c.as_deref())
            .collect()
    }

    /// Every column the mapping reads, to check against a CSV header.
    pub fn columns(&self) -> Vec<&str> {
        [
            &self.external_id,
            &self.rating,
            &self.title,
            &self.body,
            &self.author_name,
            &self.author_email,
            &self.reviewer_id,
            &self.language,
            &self.written_at,
            &self.experienced_on,
            &self.reply,
            &self.replied_at,
        ]
        .into_iter()
        .filter_map(|c| c.as_deref())
        .collect()
    }
}
