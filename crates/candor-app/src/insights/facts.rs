//! What one review contributes to the insights: its segment, the journey
//! stages it mentions, its aspects (all and negative) and, for complaints, a
//! sentence showing confusion about intended behaviour.

use candor_insights::segments::{SegmentInput, intensity_markers, place};
use candor_store::{InsightSource, ReviewInsight};

use crate::text::review_text;

/// A review is a complaint at 1-2 stars: the stages and education gaps are
/// read from complaints only.
pub const COMPLAINT_MAX_STARS: i64 = 2;

/// The insight of a published review; `reviewer_reviews` counts what its
/// author wrote for the business.
pub fn review_insight(source: &InsightSource, reviewer_reviews: i64) -> ReviewInsight {
    let text = review_text(&source.title, &source.body);
    let language = source.language.as_str();
    let (aspects, negative) = aspect_lists(source.aspects.as_deref());
    let complaint = source.rating <= COMPLAINT_MAX_STARS;
    let stages = if complaint {
        stage_list(&text, language)
    } else {
        String::new()
    };
    let cue = if complaint {
        candor_text::education_cue(&text, language)
    } else {
        None
    };
    ReviewInsight {
        review_id: source.id.clone(),
        business_id: source.business_id.clone(),
        created_at: source.created_at,
        segment: segment_of(source, &text, reviewer_reviews).to_string(),
        stages,
        aspects: aspects.join(","),
        negative_aspects: negative.join(","),
        education_kind: cue.as_ref().map(|c| c.kind.as_str().to_string()),
        education_sentence: cue.map(|c| c.sentence),
        reply_delay_ms: source.replied_at.map(|at| (at - source.created_at).max(0)),
    }
}

fn segment_of(source: &InsightSource, text: &str, reviewer_reviews: i64) -> &'static str {
    let input = SegmentInput {
        rating: u8::try_from(source.rating.clamp(1, 5)).unwrap_or(3),
        polarity: source.sentiment.unwrap_or(0.0),
        intensity_markers: intensity_markers(text),
        words: u32::try_from(text.split_whitespace().count()).unwrap_or(u32::MAX),
        reviewer_reviews: u32::try_from(reviewer_reviews.max(1)).unwrap_or(u32::MAX),
    };
    place(&input).as_str()
}

/// Journey stages of a complaint in text order, comma-separated.
fn stage_list(text: &str, language: &str) -> String {
    candor_text::journey_stages(text, language)
        .iter()
        .map(|m| m.stage.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// The aspects of an analysis (JSON) and those of them with a negative
/// polarity, each sorted and once.
pub fn aspect_lists(json: Option<&str>) -> (Vec<String>, Vec<String>) {
    #[derive(serde::Deserialize)]
    struct Mention {
        aspect: String,
        sentiment: f64,
    }
    let mentions: Vec<Mention> = json
        .and_then(|j| serde_json::from_str(j).ok())
        .unwrap_or_default();
    let mut all: Vec<String> = mentions.iter().map(|m| m.aspect.clone()).collect();
    let mut negative: Vec<String> = mentions
        .iter()
        .filter(|m| m.sentiment < 0.0)
        .map(|m| m.aspect.clone())
        .collect();
    for list in [&mut all, &mut negative] {
        list.sort();
        list.dedup();
    }
    (all, negative)
}

/// Splits a stored comma-separated list.
pub fn list(stored: &str) -> impl Iterator<Item = &str> {
    stored.split(',').filter(|s| !s.is_empty())
}
