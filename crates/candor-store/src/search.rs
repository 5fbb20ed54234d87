//! What the search index reads: reviews in the order they changed, with
//! their analysis, and the id of this database instance.

use sqlx::Row;

use crate::{Store, StoreError};

/// A review as of its last change, for (re)indexing.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangedReview {
    pub id: String,
    pub business_id: String,
    pub rating: i64,
    pub status: String,
    pub title: String,
    pub body: String,
    /// The stored language (declared, or detected at submission).
    pub language: Option<String>,
    /// The analysis's aspects as JSON, if analysed.
    pub aspects: Option<String>,
    pub has_reply: bool,
    pub created_at: i64,
    /// When anything indexed about it last changed.
    pub changed_at: i64,
}

impl Store {
    /// Reviews changed after `(since, after_id)` in `(changed_at, id)` order.
    /// The range on `changed_at` comes first in the WHERE clause: written as
    /// `changed_at > x OR (changed_at = x AND id > y)`, SQLite scanned the
    /// index from its start on every call (quadratic in a long catch-up).
    pub async fn reviews_changed_since(
        &self,
        since: i64,
        after_id: &str,
        limit: i64,
    ) -> Result<Vec<ChangedReview>, StoreError> {
        let rows = sqlx::query(
            "SELECT r.id, r.business_id, r.rating, r.status, r.title, r.body, r.language, \
             a.aspects, r.has_reply, r.created_at, r.changed_at FROM reviews r \
             LEFT JOIN review_analyses a ON a.review_id = r.id \
             WHERE r.changed_at >= $1 AND (r.changed_at > $1 OR r.id > $2) \
             ORDER BY r.changed_at, r.id LIMIT $3",
        )
        .bind(since)
        .bind(after_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ChangedReview {
                    id: row.try_get("id")?,
                    business_id: row.try_get("business_id")?,
                    rating: row.try_get("rating")?,
                    status: row.try_get("status")?,
                    title: row.try_get("title")?,
                    body: row.try_get("body")?,
                    language: row.try_get("language")?,
                    aspects: row.try_get("aspects")?,
                    has_reply: row.try_get::<i64, _>("has_reply")? != 0,
                    created_at: row.try_get("created_at")?,
                    changed_at: row.try_get("changed_at")?,
                })
            })
            .collect()
    }

    /// How many reviews changed at or after `since` (for progress).
    pub async fn count_reviews_changed_since(&self, since: i64) -> Result<i64, StoreError> {
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reviews WHERE changed_at >= $1")
            .bind(since)
            .fetch_one(self.pool())
            .await?;
        Ok(count)
    }

    /// This database's own id, made once at the first migration.
    pub async fn instance_id(&self) -> Result<String, StoreError> {
        let fresh = uuid::Uuid::now_v7().to_string();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO instance_settings (name, value) VALUES ('instance_id', $1) \
             ON CONFLICT (name) DO NOTHING",
        )
        .bind(&fresh)
        .execute(tx.conn())
        .await?;
        let id: String =
            sqlx::query_scalar("SELECT value FROM instance_settings WHERE name = 'instance_id'")
                .fetch_one(tx.conn())
                .await?;
        tx.commit().await?;
        Ok(id)
    }
}

/// A review's text as topic analysis reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewText {
    pub id: String,
    pub rating: i64,
    pub language: Option<String>,
    pub title: String,
    pub body: String,
}

impl Store {
    /// The newest `limit` published reviews of a business that take a side
    /// (1-2 or 4-5 stars), for topic analysis.
    pub async fn sided_review_texts(
        &self,
        business_id: &str,
        limit: i64,
    ) -> Result<Vec<ReviewText>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, rating, language, title, body FROM reviews \
             WHERE business_id = $1 AND status = 'published' AND rating <> 3 \
             ORDER BY created_at DESC, id DESC LIMIT $2",
        )
        .bind(business_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ReviewText {
                    id: row.try_get("id")?,
                    rating: row.try_get("rating")?,
                    language: row.try_get("language")?,
                    title: row.try_get("title")?,
                    body: row.try_get("body")?,
                })
            })
            .collect()
    }
}
