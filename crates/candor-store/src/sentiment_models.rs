//! Sentiment models trained from an instance's own reviews: the reviews they
//! learn from, and one stored model per scope (instance or business) and
//! language.

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Store, StoreError, Tx};

/// A published review as training reads it: its stars are the label.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingReview {
    pub id: String,
    pub business_id: String,
    pub rating: i64,
    /// The stored language (declared, or detected at submission).
    pub language: Option<String>,
    pub title: String,
    pub body: String,
}

/// One stored sentiment model and how it fared against the lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct SentimentModelRow {
    /// `""` for the whole instance, else the id of the business trained on.
    pub scope: String,
    pub language: String,
    /// The classifier file (candor-text's format) as lowercase hex.
    pub model_hex: String,
    /// Held-out accuracy of the model and of the lexicon on the same reviews.
    pub model_accuracy: f64,
    pub lexicon_accuracy: f64,
    /// Whether analysis uses the model (it beat the lexicon) or the lexicon.
    pub use_model: bool,
    /// Reviews of this scope and language, training and held-out together.
    pub examples: i64,
    pub trained_at: i64,
}

fn model_from(row: &AnyRow) -> Result<SentimentModelRow, StoreError> {
    Ok(SentimentModelRow {
        scope: row.try_get("scope")?,
        language: row.try_get("language")?,
        model_hex: row.try_get("model")?,
        model_accuracy: row.try_get("model_accuracy")?,
        lexicon_accuracy: row.try_get("lexicon_accuracy")?,
        use_model: row.try_get::<i64, _>("use_model")? != 0,
        examples: row.try_get("examples")?,
        trained_at: row.try_get("trained_at")?,
    })
}

fn training_from(row: &AnyRow) -> Result<TrainingReview, StoreError> {
    Ok(TrainingReview {
        id: row.try_get("id")?,
        business_id: row.try_get("business_id")?,
        rating: row.try_get("rating")?,
        language: row.try_get("language")?,
        title: row.try_get("title")?,
        body: row.try_get("body")?,
    })
}

impl Store {
    /// Up to `limit` published reviews with ids after `after_id` (`""` to
    /// start), in id order, of one business or of all. Keyset pages keep each
    /// result small however many reviews the instance holds.
    pub async fn training_reviews(
        &self,
        business_id: Option<&str>,
        after_id: &str,
        limit: i64,
    ) -> Result<Vec<TrainingReview>, StoreError> {
        // Placeholders in order of appearance: SQLite numbers `$N` parameters by
        // first appearance, not by N.
        let rows = match business_id {
            Some(business_id) => {
                sqlx::query(
                    "SELECT id, business_id, rating, language, title, body FROM reviews \
                     WHERE status = 'published' AND business_id = $1 AND id > $2 \
                     ORDER BY id LIMIT $3",
                )
                .bind(business_id)
                .bind(after_id)
                .bind(limit)
                .fetch_all(self.pool())
                .await?
            }
            None => {
                sqlx::query(
                    "SELECT id, business_id, rating, language, title, body FROM reviews \
                     WHERE status = 'published' AND id > $1 ORDER BY id LIMIT $2",
                )
                .bind(after_id)
                .bind(limit)
                .fetch_all(self.pool())
                .await?
            }
        };
        rows.iter().map(training_from).collect()
    }

    /// Every stored sentiment model, by scope and language.
    pub async fn sentiment_models(&self) -> Result<Vec<SentimentModelRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT scope, language, model, model_accuracy, lexicon_accuracy, use_model, \
             examples, trained_at FROM sentiment_models ORDER BY scope, language",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(model_from).collect()
    }

    /// When a model was last stored (`None` before the first): a cheap check
    /// of whether the models held in memory are still current.
    pub async fn sentiment_models_version(&self) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query("SELECT MAX(trained_at) AS latest FROM sentiment_models")
            .fetch_one(self.pool())
            .await?;
        Ok(row.try_get("latest")?)
    }
}

impl Tx {
    /// Stores a model, replacing the one of the same scope and language.
    pub async fn save_sentiment_model(&mut self, m: &SentimentModelRow) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sentiment_models WHERE scope = $1 AND language = $2")
            .bind(&m.scope)
            .bind(&m.language)
            .execute(self.conn())
            .await?;
        sqlx::query(
            "INSERT INTO sentiment_models (scope, language, model, model_accuracy, \
             lexicon_accuracy, use_model, examples, trained_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&m.scope)
        .bind(&m.language)
        .bind(&m.model_hex)
        .bind(m.model_accuracy)
        .bind(m.lexicon_accuracy)
        .bind(i64::from(m.use_model))
        .bind(m.examples)
        .bind(m.trained_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
