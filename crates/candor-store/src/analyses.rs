//! The stored text analysis of each review's current revision.

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::sql::SqlBuilder;
use crate::{Store, StoreError, Tx};

/// What `candor-text` found in a review, as stored. `aspects` is JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewAnalysis {
    pub review_id: String,
    pub revision: i64,
    pub language: String,
    pub language_confidence: f64,
    pub sentiment: f64,
    pub stars_predicted: i64,
    pub sentiment_evidence: i64,
    pub mismatch: bool,
    pub aspects: String,
    pub analyzed_at: i64,
}

const COLUMNS: &str = "review_id, revision, language, language_confidence, sentiment, \
    stars_predicted, sentiment_evidence, mismatch, aspects, analyzed_at";

fn analysis_from(row: &AnyRow) -> Result<ReviewAnalysis, StoreError> {
    Ok(ReviewAnalysis {
        review_id: row.try_get("review_id")?,
        revision: row.try_get("revision")?,
        language: row.try_get("language")?,
        language_confidence: row.try_get("language_confidence")?,
        sentiment: row.try_get("sentiment")?,
        stars_predicted: row.try_get("stars_predicted")?,
        sentiment_evidence: row.try_get("sentiment_evidence")?,
        mismatch: row.try_get::<i64, _>("mismatch")? != 0,
        aspects: row.try_get("aspects")?,
        analyzed_at: row.try_get("analyzed_at")?,
    })
}

impl Tx {
    /// Stores the analysis of a review, replacing that of an earlier revision.
    pub async fn save_analysis(
        &mut self,
        business_id: &str,
        a: &ReviewAnalysis,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM review_analyses WHERE review_id = $1")
            .bind(&a.review_id)
            .execute(self.conn())
            .await?;
        sqlx::query(
            "INSERT INTO review_analyses (review_id, business_id, revision, language, \
             language_confidence, sentiment, stars_predicted, sentiment_evidence, mismatch, \
             aspects, analyzed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(&a.review_id)
        .bind(business_id)
        .bind(a.revision)
        .bind(&a.language)
        .bind(a.language_confidence)
        .bind(a.sentiment)
        .bind(a.stars_predicted)
        .bind(a.sentiment_evidence)
        .bind(i64::from(a.mismatch))
        .bind(&a.aspects)
        .bind(a.analyzed_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}

impl Store {
    /// The analyses of the given reviews (those that have one).
    pub async fn analyses(&self, review_ids: &[String]) -> Result<Vec<ReviewAnalysis>, StoreError> {
        if review_ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = SqlBuilder::new(&format!(
            "SELECT {COLUMNS} FROM review_analyses WHERE review_id IN "
        ));
        q.bind_list(review_ids);
        let (sql, args) = q.finish()?;
        let rows = sqlx::query_with(sqlx::AssertSqlSafe(sql), args)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(analysis_from).collect()
    }
}
