//! `candor train sentiment`: every review comes with stars, so the instance's
//! own reviews are labelled data. Per language, a linear classifier learns
//! negative (1-2 stars), neutral (3) and positive (4-5) from 80% of them, and
//! it replaces the lexicon only where it is more accurate on the other 20%.

use std::collections::BTreeMap;

use candor_store::{Business, SentimentModelRow};
use candor_text::classifier::{Model, TrainConfig};
use sha2::{Digest, Sha256};

use crate::sentiment_models::{INSTANCE_SCOPE, NEGATIVE, NEUTRAL, POSITIVE};
use crate::{App, AppError, now_ms, text};

/// A language is trained only with this many reviews...
pub const MIN_REVIEWS: usize = 200;
/// ...and this many in each class, so the held-out part can tell the classes apart.
pub const MIN_PER_CLASS: usize = 30;
/// Share of reviews held out to compare model and lexicon, in percent.
pub const HELD_OUT_PERCENT: u64 = 20;
/// Reviews read per query.
const PAGE: i64 = 1_000;

/// The classes in index order.
const CLASSES: [&str; 3] = [NEGATIVE, NEUTRAL, POSITIVE];

/// What a training run did.
#[derive(Debug, Clone)]
pub struct SentimentTraining {
    /// The business trained on, or `None` for the whole instance.
    pub business: Option<Business>,
    pub reviews_read: usize,
    /// Published reviews without a stored language: they belong to no model.
    pub without_language: usize,
    pub languages: Vec<LanguageTraining>,
}

/// The result of one language.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageTraining {
    pub language: String,
    pub examples: usize,
    /// Reviews per class: negative, neutral, positive.
    pub classes: [usize; 3],
    pub outcome: TrainingOutcome,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TrainingOutcome {
    /// Not trained, and why; whatever served this language before still does.
    Skipped(String),
    Trained {
        train: usize,
        held_out: usize,
        model_accuracy: f64,
        lexicon_accuracy: f64,
        /// The model was more accurate than the lexicon and is now in use.
        use_model: bool,
    },
}

/// One labelled review.
struct Example {
    id: String,
    text: String,
    class: usize,
}

/// The class of a star rating: 1-2 negative, 3 neutral, 4-5 positive.
pub fn class_of_stars(stars: u8) -> &'static str {
    CLASSES[class_index(stars)]
}

fn class_index(stars: u8) -> usize {
    match stars {
        0..=2 => 0,
        3 => 1,
        _ => 2,
    }
}

/// Whether a review is held out: a hash of its id decides, so the split is the
/// same on every run and a review never moves between the parts.
fn is_held_out(review_id: &str) -> bool {
    let digest = Sha256::digest(review_id.as_bytes());
    let mut head = [0u8; 8];
    head.copy_from_slice(&digest[..8]);
    u64::from_le_bytes(head) % 100 < HELD_OUT_PERCENT
}

impl App {
    /// Trains the sentiment models of the whole instance, or of the business
    /// `slug`, stores them (replacing earlier ones of the same scope and
    /// language, in one transaction) and puts them to use at once.
    pub async fn train_sentiment(
        &self,
        slug: Option<&str>,
        config: &TrainConfig,
    ) -> Result<SentimentTraining, AppError> {
        let business = match slug {
            Some(slug) => Some(self.business(slug).await?),
            None => None,
        };
        let business_id = business.as_ref().map(|b| b.id.clone());
        let (by_language, reviews_read, without_language) =
            self.training_examples(business_id.as_deref()).await?;
        let config = *config;
        let results = tokio::task::spawn_blocking(move || train_languages(by_language, &config))
            .await
            .map_err(|e| AppError::Internal(format!("training task: {e}")))??;
        let scope = business_id.as_deref().unwrap_or(INSTANCE_SCOPE);
        self.save_models(scope, &results).await?;
        self.sentiment_models.reload(self.store()).await?;
        Ok(SentimentTraining {
            business,
            reviews_read,
            without_language,
            languages: results.into_iter().map(|(report, _)| report).collect(),
        })
    }

    /// The published reviews, labelled and grouped by stored language, read
    /// in keyset pages; also how many were read and how many had no language.
    async fn training_examples(
        &self,
        business_id: Option<&str>,
    ) -> Result<(BTreeMap<String, Vec<Example>>, usize, usize), AppError> {
        let mut by_language: BTreeMap<String, Vec<Example>> = BTreeMap::new();
        let (mut read, mut without_language) = (0, 0);
        let mut after = String::new();
        loop {
            let page = self
                .store()
                .training_reviews(business_id, &after, PAGE)
                .await?;
            let Some(last) = page.last() else { break };
            after = last.id.clone();
            let full = page.len() as i64 == PAGE;
            read += page.len();
            for review in page {
                // The schema keeps ratings in 1..=5.
                let stars = u8::try_from(review.rating).unwrap_or(0);
                let Some(language) = review.language else {
                    without_language += 1;
                    continue;
                };
                let class = class_index(stars);
                by_language.entry(language).or_default().push(Example {
                    text: text::review_text(&review.title, &review.body),
                    id: review.id,
                    class,
                });
            }
            if !full {
                break;
            }
        }
        Ok((by_language, read, without_language))
    }

    /// Stores the trained models in one transaction. `trained_at` always moves
    /// past the latest stored one, so that other nodes, which reload when
    /// `MAX(trained_at)` changes, notice even with a clock behind theirs.
    async fn save_models(
        &self,
        scope: &str,
        results: &[(LanguageTraining, Option<Model>)],
    ) -> Result<(), AppError> {
        let latest = self.store().sentiment_models_version().await?;
        let now = now_ms().max(latest.map_or(i64::MIN, |t| t + 1));
        // Encoded before the transaction begins: it is CPU work.
        let rows: Vec<SentimentModelRow> = results
            .iter()
            .filter_map(|(report, model)| model_row(scope, report, model.as_ref()?, now))
            .collect();
        if rows.is_empty() {
            return Ok(());
        }
        let mut tx = self.store().begin().await?;
        for row in &rows {
            tx.save_sentiment_model(row).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// The row that stores a trained model (`None` for a skipped language).
fn model_row(
    scope: &str,
    report: &LanguageTraining,
    model: &Model,
    now: i64,
) -> Option<SentimentModelRow> {
    let TrainingOutcome::Trained {
        model_accuracy,
        lexicon_accuracy,
        use_model,
        ..
    } = report.outcome
    else {
        return None;
    };
    Some(SentimentModelRow {
        scope: scope.to_string(),
        language: report.language.clone(),
        model_hex: hex::encode(model.to_bytes()),
        model_accuracy,
        lexicon_accuracy,
        use_model,
        examples: report.examples as i64,
        trained_at: now,
    })
}

/// Trains each language that has enough data: Candor's six first (so the
/// report names those without data too), then any other stored language.
fn train_languages(
    mut by_language: BTreeMap<String, Vec<Example>>,
    config: &TrainConfig,
) -> Result<Vec<(LanguageTraining, Option<Model>)>, AppError> {
    let analyzer = text::analyzer()?;
    let mut order: Vec<String> = candor_text::LANGUAGES.map(String::from).to_vec();
    let others: Vec<String> = by_language
        .keys()
        .filter(|l| !order.contains(l))
        .cloned()
        .collect();
    order.extend(others);
    let mut results = Vec::new();
    for language in order {
        let examples = by_language.remove(&language).unwrap_or_default();
        let mut classes = [0usize; 3];
        for example in &examples {
            classes[example.class] += 1;
        }
        let (outcome, model) = match shortage(examples.len(), &classes) {
            Some(reason) => (TrainingOutcome::Skipped(reason), None),
            None => train_one(&examples, &language, analyzer, config),
        };
        let report = LanguageTraining {
            language,
            examples: examples.len(),
            classes,
            outcome,
        };
        results.push((report, model));
    }
    Ok(results)
}

/// Why a language has too little data, if it has.
fn shortage(examples: usize, classes: &[usize; 3]) -> Option<String> {
    if examples < MIN_REVIEWS {
        return Some(format!("{examples} reviews, needs {MIN_REVIEWS}"));
    }
    let (class, count) = CLASSES
        .iter()
        .zip(classes)
        .min_by_key(|(_, count)| **count)?;
    (*count < MIN_PER_CLASS).then(|| format!("{count} {class}, needs {MIN_PER_CLASS} per class"))
}

/// Trains on the training part and measures model and lexicon on the held-out part.
fn train_one(
    examples: &[Example],
    language: &str,
    analyzer: &candor_text::Analyzer,
    config: &TrainConfig,
) -> (TrainingOutcome, Option<Model>) {
    let (held_out, train): (Vec<&Example>, Vec<&Example>) =
        examples.iter().partition(|e| is_held_out(&e.id));
    if held_out.is_empty() {
        return (TrainingOutcome::Skipped("no held-out reviews".into()), None);
    }
    let pairs: Vec<(String, String)> = train
        .iter()
        .map(|e| (e.text.clone(), CLASSES[e.class].to_string()))
        .collect();
    let model = match Model::train("sentiment", &pairs, config) {
        Ok(model) => model,
        Err(error) => return (TrainingOutcome::Skipped(error.to_string()), None),
    };
    let accuracy = |predict: &dyn Fn(&Example) -> bool| {
        held_out.iter().filter(|e| predict(e)).count() as f64 / held_out.len() as f64
    };
    let model_accuracy = accuracy(&|e| model.predict(&e.text).0 == CLASSES[e.class]);
    // The lexicon's class is that of the stars it predicts, so polarity ≤ -0.2
    // is negative, below 0.2 neutral, else positive (`stars_from_polarity`).
    let lexicon_accuracy = accuracy(&|e| {
        let analysis = analyzer.analyze(&e.text, Some(language), None);
        class_of_stars(analysis.stars_predicted) == CLASSES[e.class]
    });
    let outcome = TrainingOutcome::Trained {
        train: train.len(),
        held_out: held_out.len(),
        model_accuracy,
        lexicon_accuracy,
        use_model: model_accuracy > lexicon_accuracy,
    };
    (outcome, Some(model))
}
