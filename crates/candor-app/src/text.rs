//! Text analysis of reviews at submission: language, sentiment, predicted
//! stars, aspects and the rating-text mismatch flag (`candor-text`).

use std::sync::OnceLock;

use candor_store::{Review, ReviewAnalysis};
use candor_text::{Analysis, Analyzer};

use crate::{App, AppError};

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

/// Analyses texts of one business's reviews off the async threads (the
/// work is CPU-bound), finding its own aspects too. First makes sure the
/// retrained sentiment models that `stored` applies are current.
pub(crate) async fn analyze_all(
    app: &App,
    business_id: &str,
    items: Vec<(String, Option<String>, u8)>,
) -> Result<Vec<Analysis>, AppError> {
    let custom = app.custom_aspects(business_id).await?;
    analyze_all_with(app, items, std::sync::Arc::new(custom)).await
}

/// The row to store; a retrained model, where one serves the review's business
/// and language, overrides the lexicon's sentiment (`sentiment_models`).
pub(crate) fn stored(app: &App, review: &Review, analysis: &Analysis, now: i64) -> ReviewAnalysis {
    let mut row = ReviewAnalysis {
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
    };
    let text = review_text(&review.title, &review.body);
    app.sentiment_models.apply(review, &text, &mut row);
    row
}

/// Analyses texts with the given custom aspects (see `analyze_all`).
pub(crate) async fn analyze_all_with(
    app: &App,
    items: Vec<(String, Option<String>, u8)>,
    custom: std::sync::Arc<Option<candor_text::CustomAspects>>,
) -> Result<Vec<Analysis>, AppError> {
    app.sentiment_models.refresh_if_due(app.store()).await;
    let analyzer = analyzer()?;
    tokio::task::spawn_blocking(move || {
        items
            .iter()
            .map(|(text, declared, rating)| {
                analyzer.analyze_with(text, declared.as_deref(), Some(*rating), (*custom).as_ref())
            })
            .collect()
    })
    .await
    .map_err(|e| AppError::Internal(format!("analysis task: {e}")))
}
