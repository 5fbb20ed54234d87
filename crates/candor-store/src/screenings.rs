//! The screening of each review (trust and safety) and the instance-wide
//! blocklist of terms.

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::sql::SqlBuilder;
use crate::{Store, StoreError, Tx};

/// A review's screening as stored; `reasons` is JSON (`[{code, detail}]`).
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewScreening {
    pub review_id: String,
    pub revision: i64,
    pub spam_score: f64,
    pub reasons: String,
    /// `publish`, `hold` or `reject`.
    pub decision: String,
    pub screened_at: i64,
}

fn screening_from(row: &AnyRow) -> Result<ReviewScreening, StoreError> {
    Ok(ReviewScreening {
        review_id: row.try_get("review_id")?,
        revision: row.try_get("revision")?,
        spam_score: row.try_get("spam_score")?,
        reasons: row.try_get("reasons")?,
        decision: row.try_get("decision")?,
        screened_at: row.try_get("screened_at")?,
    })
}

impl Tx {
    /// Stores the screening of a review's current revision, replacing the last.
    pub async fn save_screening(
        &mut self,
        business_id: &str,
        s: &ReviewScreening,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM review_screenings WHERE review_id = $1")
            .bind(&s.review_id)
            .execute(self.conn())
            .await?;
        sqlx::query(
            "INSERT INTO review_screenings (review_id, business_id, revision, spam_score, \
             reasons, decision, screened_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&s.review_id)
        .bind(business_id)
        .bind(s.revision)
        .bind(s.spam_score)
        .bind(&s.reasons)
        .bind(&s.decision)
        .bind(s.screened_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Adds a term to the blocklist; false if it was there already.
    pub async fn add_blocked_term(
        &mut self,
        term: &str,
        added_by: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO blocklist (term, added_by, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (term) DO NOTHING",
        )
        .bind(term)
        .bind(added_by)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() > 0)
    }

    pub async fn remove_blocked_term(&mut self, term: &str) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM blocklist WHERE term = $1")
            .bind(term)
            .execute(self.conn())
            .await?;
        Ok(done.rows_affected() > 0)
    }
}

impl Store {
    /// The screenings of the given reviews (those that have one).
    pub async fn screenings(
        &self,
        review_ids: &[String],
    ) -> Result<Vec<ReviewScreening>, StoreError> {
        if review_ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = SqlBuilder::new(
            "SELECT review_id, revision, spam_score, reasons, decision, screened_at \
             FROM review_screenings WHERE review_id IN ",
        );
        q.bind_list(review_ids);
        let (sql, args) = q.finish()?;
        let rows = sqlx::query_with(sqlx::AssertSqlSafe(sql), args)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(screening_from).collect()
    }

    /// Every blocked term, alphabetically.
    pub async fn blocked_terms(&self) -> Result<Vec<String>, StoreError> {
        let terms: Vec<String> = sqlx::query_scalar("SELECT term FROM blocklist ORDER BY term")
            .fetch_all(self.pool())
            .await?;
        Ok(terms)
    }
}

impl Tx {
    /// Keeps a labelled example (`spam` or `ham`) for retraining the spam model.
    pub async fn add_spam_example(
        &mut self,
        text: &str,
        label: &str,
        source: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO spam_examples (id, text, label, source, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(crate::rows::new_id())
        .bind(text)
        .bind(label)
        .bind(source)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Sets an instance setting, replacing its value.
    pub async fn set_instance_setting(
        &mut self,
        name: &str,
        value: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO instance_settings (name, value) VALUES ($1, $2) \
             ON CONFLICT (name) DO UPDATE SET value = $2",
        )
        .bind(name)
        .bind(value)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}

impl Store {
    pub async fn instance_setting(&self, name: &str) -> Result<Option<String>, StoreError> {
        let value: Option<String> =
            sqlx::query_scalar("SELECT value FROM instance_settings WHERE name = $1")
                .bind(name)
                .fetch_optional(self.pool())
                .await?;
        Ok(value)
    }

    /// `(text, label)` of every kept spam example, oldest first.
    pub async fn spam_examples(&self) -> Result<Vec<(String, String)>, StoreError> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT text, label FROM spam_examples ORDER BY created_at, id")
                .fetch_all(self.pool())
                .await?;
        Ok(rows)
    }
}

/// A retrained spam model; `model` is the classifier file as hex.
#[derive(Debug, Clone, PartialEq)]
pub struct SpamModelRow {
    pub model: String,
    pub accuracy: f64,
    pub shipped_accuracy: f64,
    pub examples: i64,
    pub trained_at: i64,
}

impl Tx {
    /// Stores the instance's retrained spam model, replacing the last.
    pub async fn save_spam_model(&mut self, row: &SpamModelRow) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM spam_models WHERE name = 'instance'")
            .execute(self.conn())
            .await?;
        sqlx::query(
            "INSERT INTO spam_models (name, model, accuracy, shipped_accuracy, examples, trained_at) \
             VALUES ('instance', $1, $2, $3, $4, $5)",
        )
        .bind(&row.model)
        .bind(row.accuracy)
        .bind(row.shipped_accuracy)
        .bind(row.examples)
        .bind(row.trained_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}

impl Store {
    /// When the retrained spam model was stored, if there is one (cheap).
    pub async fn spam_model_version(&self) -> Result<Option<i64>, StoreError> {
        let at: Option<i64> =
            sqlx::query_scalar("SELECT trained_at FROM spam_models WHERE name = 'instance'")
                .fetch_optional(self.pool())
                .await?;
        Ok(at)
    }

    pub async fn spam_model(&self) -> Result<Option<SpamModelRow>, StoreError> {
        let row = sqlx::query(
            "SELECT model, accuracy, shipped_accuracy, examples, trained_at FROM spam_models \
             WHERE name = 'instance'",
        )
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            Ok(SpamModelRow {
                model: row.try_get("model")?,
                accuracy: row.try_get("accuracy")?,
                shipped_accuracy: row.try_get("shipped_accuracy")?,
                examples: row.try_get("examples")?,
                trained_at: row.try_get("trained_at")?,
            })
        })
        .transpose()
    }
}
