//! Platform moderators, flags on reviews, and the moderation queue.

use sqlx::{AssertSqlSafe, Row};

use crate::rows::{REVIEW_COLUMNS, new_id, review_from};
use crate::{Review, Store, StoreError, Tx};

/// A review waiting for a moderator: held by screening, or flagged.
#[derive(Debug, Clone, PartialEq)]
pub struct QueueItem {
    pub review: Review,
    pub business_slug: String,
    pub open_flags: i64,
}

/// A new flag on a review.
#[derive(Debug, Clone)]
pub struct NewFlag<'a> {
    pub review_id: &'a str,
    pub business_id: &'a str,
    pub reason: &'a str,
    /// `consumer` or `business`.
    pub raised_by: &'a str,
    /// Who raised it (a visitor key hash or a user id): one flag each.
    pub raiser_key: &'a str,
    pub note: &'a str,
}

/// Flags of one business by reason, kind of raiser and outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct FlagCount {
    pub reason: String,
    pub raised_by: String,
    pub status: String,
    pub count: i64,
}

impl Tx {
    pub async fn grant_moderator(
        &mut self,
        user_id: &str,
        by: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO moderators (user_id, granted_by, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO NOTHING",
        )
        .bind(user_id)
        .bind(by)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Raises a flag; false if this raiser already flagged the review.
    pub async fn insert_flag(&mut self, flag: &NewFlag<'_>, now: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO review_flags (id, review_id, business_id, reason, raised_by, raiser_key, \
             note, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8) \
             ON CONFLICT (review_id, raiser_key) DO NOTHING",
        )
        .bind(new_id())
        .bind(flag.review_id)
        .bind(flag.business_id)
        .bind(flag.reason)
        .bind(flag.raised_by)
        .bind(flag.raiser_key)
        .bind(flag.note)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Closes a review's open flags as `upheld` or `dismissed`.
    pub async fn resolve_flags(
        &mut self,
        review_id: &str,
        outcome: &str,
        by: &str,
        now: i64,
    ) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "UPDATE review_flags SET status = $1, resolved_at = $2, resolved_by = $3 \
             WHERE review_id = $4 AND status = 'open'",
        )
        .bind(outcome)
        .bind(now)
        .bind(by)
        .bind(review_id)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected())
    }
}

impl Store {
    pub async fn is_moderator(&self, user_id: &str) -> Result<bool, StoreError> {
        let found: Option<String> =
            sqlx::query_scalar("SELECT user_id FROM moderators WHERE user_id = $1")
                .bind(user_id)
                .fetch_optional(self.pool())
                .await?;
        Ok(found.is_some())
    }

    /// Pending or flagged reviews after `(created_at, id)`, oldest first;
    /// imported reviews still waiting for their deferred screening are not
    /// a moderator's to judge yet.
    pub async fn moderation_queue(
        &self,
        after: (i64, &str),
        limit: i64,
    ) -> Result<Vec<QueueItem>, StoreError> {
        let sql = format!(
            "SELECT {REVIEW_COLUMNS}, b.slug AS business_slug, \
             (SELECT COUNT(*) FROM review_flags f WHERE f.review_id = r.id AND f.status = 'open') \
             AS open_flags FROM reviews r JOIN businesses b ON b.id = r.business_id \
             WHERE ((r.status = 'pending' AND COALESCE(r.status_reason, '') <> 'awaiting_screening') \
             OR EXISTS (SELECT 1 FROM review_flags f \
             WHERE f.review_id = r.id AND f.status = 'open')) \
             AND (r.created_at > $1 OR (r.created_at = $1 AND r.id > $2)) \
             ORDER BY r.created_at, r.id LIMIT $3"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(after.0)
            .bind(after.1)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|row| {
                Ok(QueueItem {
                    review: review_from(row)?,
                    business_slug: row.try_get("business_slug")?,
                    open_flags: row.try_get("open_flags")?,
                })
            })
            .collect()
    }

    /// A business's flags counted by reason, raiser and outcome.
    pub async fn flag_counts(&self, business_id: &str) -> Result<Vec<FlagCount>, StoreError> {
        let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT reason, raised_by, status, COUNT(*) FROM review_flags WHERE business_id = $1 \
             GROUP BY reason, raised_by, status ORDER BY reason, raised_by, status",
        )
        .bind(business_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(reason, raised_by, status, count)| FlagCount {
                reason,
                raised_by,
                status,
                count,
            })
            .collect())
    }

    /// A business's removed reviews counted by the reason's first words and stars.
    pub async fn removals(&self, business_id: &str) -> Result<Vec<(String, i64, i64)>, StoreError> {
        let rows: Vec<(Option<String>, i64, i64)> = sqlx::query_as(
            "SELECT status_reason, rating, COUNT(*) FROM reviews \
             WHERE business_id = $1 AND status = 'removed' GROUP BY status_reason, rating",
        )
        .bind(business_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(reason, stars, count)| (reason.unwrap_or_default(), stars, count))
            .collect())
    }
}
