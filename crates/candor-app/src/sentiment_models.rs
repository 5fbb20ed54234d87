//! Sentiment models retrained from the instance's own reviews, held in memory
//! and applied when a review is analysed.
//!
//! A review's sentiment comes from the model of its business (trained with
//! `candor train sentiment --business`), else from the instance-wide model, of
//! the analysed language, when that model beat the lexicon on held-out reviews
//! (`use_model`); otherwise the lexicon's figures stand. Sentences are always
//! scored by the lexicon. Other nodes' trainings are picked up by checking
//! `MAX(trained_at)` at most every [`RELOAD_CHECK_EVERY`].

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use candor_store::{Review, ReviewAnalysis, SentimentModelRow, Store};
use candor_text::classifier::Model;
use candor_text::{MISMATCH_MIN_HITS, UNDETERMINED, is_mismatch, stars_from_polarity};

use crate::AppError;

/// How stale the models in memory may be before the table is checked again.
pub const RELOAD_CHECK_EVERY: Duration = Duration::from_secs(30);

/// A model's top probability from which its verdict counts as evidence, like
/// the lexicon's two sentiment words: it may then raise the mismatch flag.
pub const CONFIDENT_PROBABILITY: f32 = 0.8;

/// The scope of instance-wide models (business-wide ones use the business id).
pub const INSTANCE_SCOPE: &str = "";

/// The class labels the models are trained with (stars 1-2, 3, 4-5).
pub const NEGATIVE: &str = "negative";
pub const NEUTRAL: &str = "neutral";
pub const POSITIVE: &str = "positive";

/// The models in use, by (scope, language), and the table version they reflect.
#[derive(Default)]
struct Loaded {
    version: Option<i64>,
    models: HashMap<(String, String), Arc<Model>>,
}

/// The process's copy of the `use_model` rows of `sentiment_models`.
#[derive(Default)]
pub struct SentimentModels {
    loaded: RwLock<Loaded>,
    /// When the table was last checked; the lock also keeps checks one at a time.
    checked: tokio::sync::Mutex<Option<Instant>>,
}

/// What a model reads in a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModelVerdict {
    /// P(positive) − P(negative): the expected polarity with negative = −1,
    /// neutral = 0, positive = +1.
    pub sentiment: f64,
    /// The probability of the most probable class.
    pub confidence: f32,
}

impl ModelVerdict {
    pub fn of(model: &Model, text: &str) -> Self {
        let probabilities = model.probabilities(text);
        let p = |label: &str| {
            model
                .header
                .labels
                .iter()
                .position(|l| l == label)
                .and_then(|i| probabilities.get(i))
                .map_or(0.0, |p| f64::from(*p))
        };
        Self {
            sentiment: round3(p(POSITIVE) - p(NEGATIVE)),
            confidence: probabilities.iter().copied().fold(0.0, f32::max),
        }
    }
}

fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

impl SentimentModels {
    /// Reloads when the table changed since the last look, looking at most
    /// every [`RELOAD_CHECK_EVERY`]. A failed check keeps the models in
    /// memory: analysis must not fail because of them.
    pub async fn refresh_if_due(&self, store: &Store) {
        let mut checked = self.checked.lock().await;
        if checked.is_some_and(|at| at.elapsed() < RELOAD_CHECK_EVERY) {
            return;
        }
        *checked = Some(Instant::now());
        let current = self.read().version;
        match store.sentiment_models_version().await {
            Ok(version) if version == current => {}
            Ok(_) => {
                if let Err(error) = self.load(store).await {
                    tracing::warn!(%error, "cannot reload the sentiment models");
                }
            }
            Err(error) => tracing::warn!(%error, "cannot check the sentiment models"),
        }
    }

    /// Reloads now (after a training in this process).
    pub async fn reload(&self, store: &Store) -> Result<(), AppError> {
        let mut checked = self.checked.lock().await;
        *checked = Some(Instant::now());
        self.load(store).await
    }

    async fn load(&self, store: &Store) -> Result<(), AppError> {
        // The version is read first: a training that commits in between is
        // loaded again at the next check, never missed.
        let version = store.sentiment_models_version().await?;
        let rows = store.sentiment_models().await?;
        // Decoding allocates each model's weight matrix: keep it off the async threads.
        let models = tokio::task::spawn_blocking(move || decode_in_use(rows))
            .await
            .map_err(|e| AppError::Internal(format!("model loading task: {e}")))?;
        let mut loaded = self.loaded.write().unwrap_or_else(|e| e.into_inner());
        *loaded = Loaded { version, models };
        Ok(())
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Loaded> {
        // A panic elsewhere cannot leave `Loaded` half-written (it is replaced whole).
        self.loaded.read().unwrap_or_else(|e| e.into_inner())
    }

    /// The model analysis uses for a business and language, if any.
    pub fn model_for(&self, business_id: &str, language: &str) -> Option<Arc<Model>> {
        let loaded = self.read();
        let key = |scope: &str| (scope.to_string(), language.to_string());
        loaded
            .models
            .get(&key(business_id))
            .or_else(|| loaded.models.get(&key(INSTANCE_SCOPE)))
            .cloned()
    }

    /// Replaces the lexicon's sentiment, stars and mismatch flag in `row`
    /// with a model's, when one serves the review's business and language.
    ///
    /// The language is the analysed one, or the review's stored one when
    /// analysis could not tell. Stars follow the expected polarity through the
    /// lexicon's own thresholds (`stars_from_polarity`). A confident model
    /// (see [`CONFIDENT_PROBABILITY`]) counts as enough evidence for the
    /// mismatch flag and for readers of `sentiment_evidence`, which otherwise
    /// keeps the lexicon's count of sentiment words.
    pub fn apply(&self, review: &Review, text: &str, row: &mut ReviewAnalysis) {
        let language = if row.language == UNDETERMINED {
            review
                .language
                .as_ref()
                .map_or(UNDETERMINED, |l| l.as_str())
        } else {
            row.language.as_str()
        };
        let Some(model) = self.model_for(&review.business_id, language) else {
            return;
        };
        let verdict = ModelVerdict::of(&model, text);
        let evidence = if verdict.confidence >= CONFIDENT_PROBABILITY {
            row.sentiment_evidence.max(i64::from(MISMATCH_MIN_HITS))
        } else {
            row.sentiment_evidence
        };
        row.sentiment = verdict.sentiment;
        row.stars_predicted = i64::from(stars_from_polarity(verdict.sentiment));
        row.sentiment_evidence = evidence;
        row.mismatch = is_mismatch(
            review.rating.get(),
            verdict.sentiment,
            u32::try_from(evidence).unwrap_or(u32::MAX),
        );
    }
}

/// The models marked for use, by (scope, language). A model this build cannot
/// read leaves its language to the lexicon.
fn decode_in_use(rows: Vec<SentimentModelRow>) -> HashMap<(String, String), Arc<Model>> {
    let mut models = HashMap::new();
    for row in rows.into_iter().filter(|r| r.use_model) {
        match decode(&row.model_hex) {
            Ok(model) => {
                models.insert((row.scope, row.language), Arc::new(model));
            }
            Err(error) => tracing::warn!(scope = %row.scope, language = %row.language, %error,
                "unreadable sentiment model; the lexicon stays in use"),
        }
    }
    models
}

/// A stored model (hex of the classifier file) back in memory.
pub fn decode(model_hex: &str) -> Result<Model, String> {
    let bytes = hex::decode(model_hex).map_err(|e| format!("not hex: {e}"))?;
    Model::from_bytes(&bytes).map_err(|e| e.to_string())
}
