//! View models: what templates and JSON answers show of stored records.
//! The reviewer's e-mail address is never part of any of them.

use candor_app::{Reply, Review, ReviewWithReply};
use candor_core::{ReviewStatus, round2};
use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use serde_json::{Value, json};

/// A Unix-millisecond time as RFC 3339 (UTC).
pub fn rfc3339(ms: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A Unix-millisecond time as a calendar date (UTC), `2026-11-23`.
pub fn date(ms: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .format("%Y-%m-%d")
        .to_string()
}

/// "★★★☆☆" for 3 stars.
pub fn stars(rating: u8) -> String {
    let full = usize::from(rating.min(5));
    format!("{}{}", "★".repeat(full), "☆".repeat(5 - full))
}

/// A review as a page shows it.
#[derive(Debug, Clone)]
pub struct ReviewView {
    pub id: String,
    pub rating: u8,
    pub stars: String,
    pub title: String,
    pub body: String,
    pub author_name: String,
    pub written: String,
    pub written_iso: String,
    pub experienced_on: Option<String>,
    pub language: Option<String>,
    pub edited: bool,
    /// Edited by its author after the business answered (publicly or privately).
    pub updated_after_response: bool,
    /// How it was collected: `invited`, `organic`, or an import's source.
    pub source: String,
    pub helpful: i64,
    pub removed_reason: Option<String>,
    pub reply: Option<ReplyView>,
    /// What the text analysis found: shown to staff only.
    pub analysis: Option<AnalysisBadges>,
    /// Staff only: what screening decided and why (public pages leave it empty).
    pub screening: Option<ScreeningBadge>,
}

/// A review's screening as staff see it on their dashboard.
#[derive(Debug, Clone)]
pub struct ScreeningBadge {
    /// `publish`, `hold` or `reject` (a CSS class too).
    pub decision: String,
    pub text: String,
    pub reasons: Vec<String>,
}

/// The dashboard's reading of a review's text, ready to show.
#[derive(Debug, Clone)]
pub struct AnalysisBadges {
    /// `positive`, `negative` or `neutral` (a CSS class too).
    pub tone: &'static str,
    pub tone_label: String,
    pub mismatch: bool,
    pub aspects: Vec<String>,
}

/// Polarity beyond which a text reads as clearly positive or negative.
const TONE_THRESHOLD: f64 = 0.25;

impl AnalysisBadges {
    pub fn new(t: &crate::i18n::Tr, analysis: &candor_app::ReviewAnalysis) -> Self {
        let tone = if analysis.sentiment_evidence == 0 {
            "neutral"
        } else if analysis.sentiment >= TONE_THRESHOLD {
            "positive"
        } else if analysis.sentiment <= -TONE_THRESHOLD {
            "negative"
        } else {
            "neutral"
        };
        let aspects = serde_json::from_str::<Vec<Value>>(&analysis.aspects)
            .unwrap_or_default()
            .iter()
            .filter_map(|a| a.get("aspect").and_then(Value::as_str))
            .map(|a| t.get(&format!("aspect-{a}")))
            .collect();
        Self {
            tone,
            tone_label: t.get(&format!("analysis-{tone}")),
            mismatch: analysis.mismatch,
            aspects,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ReplyView {
    pub body: String,
    pub date: String,
    pub edited: bool,
}

impl ReviewView {
    pub fn from_item(item: &ReviewWithReply) -> Self {
        let r = &item.review;
        Self {
            id: r.id.clone(),
            rating: r.rating.get(),
            stars: stars(r.rating.get()),
            title: r.title.clone(),
            body: r.body.clone(),
            author_name: r.author_name.clone(),
            written: date(r.created_at),
            written_iso: rfc3339(r.created_at),
            experienced_on: r.experienced_on.clone(),
            language: r.language.as_ref().map(|l| l.as_str().to_string()),
            edited: r.is_edited(),
            updated_after_response: r.updated_after_response_at.is_some(),
            source: r.source.clone(),
            helpful: r.helpful_count,
            removed_reason: (r.status == ReviewStatus::Removed)
                .then(|| r.status_reason.clone().unwrap_or_default()),
            reply: item.reply.as_ref().map(|p| ReplyView {
                body: p.body.clone(),
                date: date(p.created_at),
                edited: p.revision > 1,
            }),
            analysis: None,
            screening: None,
        }
    }
}

pub fn reply_json(reply: &Reply) -> Value {
    json!({
        "id": reply.id,
        "body": reply.body,
        "revision": reply.revision,
        "edited": reply.revision > 1,
        "created_at": rfc3339(reply.created_at),
        "updated_at": rfc3339(reply.updated_at),
    })
}

/// A review in the API. A removed review keeps its place but not its text.
pub fn review_json(review: &Review, reply: Option<&Reply>) -> Value {
    let removed = review.status == ReviewStatus::Removed;
    let text = |value: &str| if removed { Value::Null } else { json!(value) };
    json!({
        "id": review.id,
        "rating": review.rating.get(),
        "title": text(&review.title),
        "body": text(&review.body),
        "author_name": text(&review.author_name),
        "language": review.language.as_ref().map(|l| l.as_str()),
        "experienced_on": review.experienced_on,
        "status": review.status.as_str(),
        "status_reason": review.status_reason,
        "source": review.source,
        "revision": review.revision,
        "edited": review.is_edited(),
        "updated_after_response": review.updated_after_response_at.is_some(),
        "helpful_count": review.helpful_count,
        "created_at": rfc3339(review.created_at),
        "updated_at": rfc3339(review.updated_at),
        "reply": reply.map(reply_json),
    })
}

/// The figures of a business, as the API answers them.
#[derive(Debug, Serialize)]
pub struct BusinessJson {
    pub slug: String,
    pub name: String,
    pub website: String,
    pub score: f64,
    pub mean: Option<f64>,
    pub count: u64,
    pub distribution: serde_json::Map<String, Value>,
}

impl BusinessJson {
    pub fn from_summary(summary: &candor_app::BusinessSummary) -> Self {
        let s = &summary.score;
        let distribution = candor_core::Rating::ALL
            .iter()
            .map(|r| (r.get().to_string(), json!(s.distribution.count(*r))))
            .collect();
        Self {
            slug: summary.business.slug.clone(),
            name: summary.business.name.clone(),
            website: summary.business.website.clone(),
            score: round2(s.score),
            mean: s.mean.map(round2),
            count: s.count,
            distribution,
        }
    }
}

/// What text analysis found, for the API; `aspects` is stored as JSON.
pub fn analysis_json(a: &candor_app::ReviewAnalysis) -> Value {
    json!({
        "language": a.language,
        "language_confidence": round2(a.language_confidence),
        "sentiment": a.sentiment,
        "stars_predicted": a.stars_predicted,
        "sentiment_evidence": a.sentiment_evidence,
        "mismatch": a.mismatch,
        "aspects": serde_json::from_str::<Value>(&a.aspects).unwrap_or(Value::Null),
        "revision": a.revision,
    })
}
