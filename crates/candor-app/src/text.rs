//! Text analysis of reviews at submission: language, sentiment, predicted
//! stars, aspects and the rating-text mismatch flag (`candor-text`).

use std::sync::OnceLock;

use candor_store::{Review, ReviewAnalysis};
use candor_text::{Analysis, Analyzer};

use crate::AppError;

/// The analyzer is immutable once built (lexicons and language models), and
/// building it takes a moment, so one serves the whole process.
static ANALYZER: OnceLock<Result<Analyzer, String>> = OnceLock::new();

pub(crate) fn analyzer() -> Result<&'static Analyzer, AppError> {
    ANALYZER
        .get_or_init(|| Analyzer::new().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| AppError::Internal(format!("text analyzer: {e}")))
}

/// What is analysed of a review: its title and body together.
pub(crate) fn review_text(title: &str, body: &str) -> String {
    if title.is_empty() {
        body.to_string()
    } else {
        format!("{title}. {body}")
    }
}

/// Analyses texts off the async threads (the work is CPU-bound).
pub(crate) async fn analyze_all(
    items: Vec<(String, Option<String>, u8)>,
) -> Result<Vec<Analysis>, AppError> {
    let analyzer = analyzer()?;
    tokio::task::spawn_blocking(move || {
        items
            .iter()
            .map(|(text, declared, rating)| {
                analyzer.analyze(text, declared.as_deref(), Some(*rating))
            })
            .collect()
    })
    .await
    .map_err(|e| AppError::Internal(format!("analysis task: {e}")))
}

pub(crate) fn stored(review: &Review, analysis: &Analysis, now: i64) -> ReviewAnalysis {
    ReviewAnalysis {
        review_id: review.id.clone(),
        revision: review.revision,
        language: analysis.language.clone(),
        language_confidence: analysis.language_confidence,
        sentiment: analysis.sentiment,
        stars_predicted: i64::from(analysis.stars_predicted),
        sentiment_evidence: i64::from(analysis.sentiment_evidence),
        mismatch: analysis.mismatch.unwrap_or(false),
        aspects: serde_json::to_string(&analysis.aspects).unwrap_or_else(|_| "[]".into()),
        analyzed_at: now,
    }
}
