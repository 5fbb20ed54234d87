//! What responding to reviews reads and writes: response deadlines, response
//! figures, the unanswered list, escalations, notifications and sent e-mails.

use sqlx::{AssertSqlSafe, Row};

use crate::rows::{REVIEW_COLUMNS, new_id, review_from};
use crate::{Review, Store, StoreError, Tx};

/// One week in milliseconds: the bucket of the response-rate series.
pub const WEEK_MS: i64 = 7 * 24 * 3_600_000;

/// Published reviews of one star rating and how many have a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RatingReplies {
    pub rating: i64,
    pub reviews: i64,
    pub answered: i64,
}

/// Published reviews of one week (`week` = start / [`WEEK_MS`]) and replies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekReplies {
    pub week: i64,
    pub reviews: i64,
    pub answered: i64,
    pub negative: i64,
    pub negative_answered: i64,
}

/// Where the unanswered list continues: negative reviews come first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnansweredCursor {
    pub negative: bool,
    pub created_at: i64,
    pub id: String,
}

/// A staff member's in-app notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub id: String,
    pub user_id: String,
    pub business_id: String,
    pub kind: String,
    pub review_id: Option<String>,
    pub created_at: i64,
    pub read_at: Option<i64>,
}

/// A notification to insert; `dedupe_key` makes a repeat a no-op.
#[derive(Debug, Clone)]
pub struct NewNotification<'a> {
    pub user_id: &'a str,
    pub business_id: &'a str,
    pub kind: &'a str,
    pub review_id: Option<&'a str>,
    pub dedupe_key: &'a str,
}

/// An e-mail that went out, as kept (never the address).
#[derive(Debug, Clone)]
pub struct SentEmail<'a> {
    pub message_id: &'a str,
    pub kind: &'a str,
    pub user_id: Option<&'a str>,
    pub subject: &'a str,
    pub language: &'a str,
}

impl Store {
    /// The deadlines a business has set, as `(band, hours)`.
    pub async fn response_deadlines(
        &self,
        business_id: &str,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        let rows = sqlx::query_as(
            "SELECT band, hours FROM response_deadlines WHERE business_id = $1 ORDER BY band",
        )
        .bind(business_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows)
    }

    /// Published reviews written from `since` on, and replied ones, per star.
    pub async fn replies_by_rating(
        &self,
        business_id: &str,
        since: i64,
    ) -> Result<Vec<RatingReplies>, StoreError> {
        let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT rating, COUNT(*), CAST(COALESCE(SUM(has_reply), 0) AS BIGINT) FROM reviews \
             WHERE business_id = $1 AND status = 'published' AND created_at >= $2 \
             GROUP BY rating ORDER BY rating",
        )
        .bind(business_id)
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(rating, reviews, answered)| RatingReplies {
                rating,
                reviews,
                answered,
            })
            .collect())
    }

    /// The median time (ms) from a review to its first reply, over published
    /// reviews written from `since` on with `rating <= max_rating`; computed
    /// in the database, so a large business's delays are not all fetched.
    pub async fn median_first_reply_ms(
        &self,
        business_id: &str,
        since: i64,
        max_rating: i64,
    ) -> Result<Option<f64>, StoreError> {
        const REPLIED: &str = "FROM reviews r JOIN replies p ON p.review_id = r.id \
             WHERE r.business_id = $1 AND r.status = 'published' AND r.created_at >= $2 \
             AND r.rating <= $3";
        let count: i64 = sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) {REPLIED}")))
            .bind(business_id)
            .bind(since)
            .bind(max_rating)
            .fetch_one(self.pool())
            .await?;
        if count == 0 {
            return Ok(None);
        }
        let middle: Vec<i64> = sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT p.created_at - r.created_at AS delay {REPLIED} \
             ORDER BY delay LIMIT $4 OFFSET $5"
        )))
        .bind(business_id)
        .bind(since)
        .bind(max_rating)
        .bind(2 - count % 2)
        .bind((count - 1) / 2)
        .fetch_all(self.pool())
        .await?;
        Ok(Some(
            middle.iter().map(|d| *d as f64).sum::<f64>() / middle.len().max(1) as f64,
        ))
    }

    /// Reviews and replies per week from `since` on, oldest week first.
    pub async fn replies_by_week(
        &self,
        business_id: &str,
        since: i64,
    ) -> Result<Vec<WeekReplies>, StoreError> {
        // The week length is a constant written into the SQL: PostgreSQL only
        // matches a GROUP BY expression to the SELECT list without parameters.
        let sql = format!(
            "SELECT created_at / {WEEK_MS} AS week, COUNT(*) AS reviews, \
             CAST(COALESCE(SUM(has_reply), 0) AS BIGINT) AS answered, \
             CAST(COALESCE(SUM(CASE WHEN rating <= 2 THEN 1 ELSE 0 END), 0) AS BIGINT) AS negative, \
             CAST(COALESCE(SUM(CASE WHEN rating <= 2 THEN has_reply ELSE 0 END), 0) AS BIGINT) \
             AS negative_answered FROM reviews \
             WHERE business_id = $1 AND status = 'published' AND created_at >= $2 \
             GROUP BY created_at / {WEEK_MS} ORDER BY week"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(business_id)
            .bind(since)
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|row| {
                Ok(WeekReplies {
                    week: row.try_get("week")?,
                    reviews: row.try_get("reviews")?,
                    answered: row.try_get("answered")?,
                    negative: row.try_get("negative")?,
                    negative_answered: row.try_get("negative_answered")?,
                })
            })
            .collect()
    }

    /// Published reviews without a reply: 1-2 stars first, then oldest first.
    pub async fn unanswered_reviews(
        &self,
        business_id: &str,
        after: Option<&UnansweredCursor>,
        limit: i64,
    ) -> Result<Vec<Review>, StoreError> {
        // `rank` 0 = negative; the cursor continues after (rank, created, id).
        let (rank, created, id) = match after {
            Some(c) => (i64::from(!c.negative), c.created_at, c.id.as_str()),
            None => (-1, 0, ""),
        };
        let sql = format!(
            "SELECT {REVIEW_COLUMNS} FROM (SELECT r.*, CASE WHEN r.rating <= 2 THEN 0 ELSE 1 END \
             AS rank FROM reviews r WHERE r.business_id = $1 AND r.status = 'published' \
             AND r.has_reply = 0) r WHERE (r.rank > $2 OR (r.rank = $2 AND (r.created_at > $3 \
             OR (r.created_at = $3 AND r.id > $4)))) ORDER BY r.rank, r.created_at, r.id LIMIT $5"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(business_id)
            .bind(rank)
            .bind(created)
            .bind(id)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(review_from).collect()
    }

    /// Published reviews without a reply: `(1-2 stars, all)`.
    pub async fn unanswered_counts(&self, business_id: &str) -> Result<(i64, i64), StoreError> {
        let row: (i64, i64) = sqlx::query_as(
            "SELECT CAST(COALESCE(SUM(CASE WHEN rating <= 2 THEN 1 ELSE 0 END), 0) AS BIGINT), \
             COUNT(*) FROM reviews WHERE business_id = $1 AND status = 'published' \
             AND has_reply = 0",
        )
        .bind(business_id)
        .fetch_one(self.pool())
        .await?;
        Ok(row)
    }

    /// Escalated reviews of a business still without a reply.
    pub async fn open_escalations(&self, business_id: &str) -> Result<i64, StoreError> {
        let n = sqlx::query_scalar(
            "SELECT COUNT(*) FROM escalations e JOIN reviews r ON r.id = e.review_id \
             WHERE e.business_id = $1 AND r.has_reply = 0 AND r.status = 'published'",
        )
        .bind(business_id)
        .fetch_one(self.pool())
        .await?;
        Ok(n)
    }

    pub async fn is_escalated(&self, review_id: &str) -> Result<bool, StoreError> {
        let found: Option<String> =
            sqlx::query_scalar("SELECT review_id FROM escalations WHERE review_id = $1")
                .bind(review_id)
                .fetch_optional(self.pool())
                .await?;
        Ok(found.is_some())
    }

    /// A user's notifications, newest first.
    pub async fn notifications(
        &self,
        user_id: &str,
        unread_only: bool,
        limit: i64,
    ) -> Result<Vec<Notification>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, user_id, business_id, kind, review_id, created_at, read_at \
             FROM notifications WHERE user_id = $1 AND ($2 = 0 OR read_at IS NULL) \
             ORDER BY created_at DESC, id DESC LIMIT $3",
        )
        .bind(user_id)
        .bind(i64::from(unread_only))
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Notification {
                    id: row.try_get("id")?,
                    user_id: row.try_get("user_id")?,
                    business_id: row.try_get("business_id")?,
                    kind: row.try_get("kind")?,
                    review_id: row.try_get("review_id")?,
                    created_at: row.try_get("created_at")?,
                    read_at: row.try_get("read_at")?,
                })
            })
            .collect()
    }

    pub async fn unread_notifications(&self, user_id: &str) -> Result<i64, StoreError> {
        let n = sqlx::query_scalar(
            "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL",
        )
        .bind(user_id)
        .fetch_one(self.pool())
        .await?;
        Ok(n)
    }

    /// Whether an e-mail with this Message-ID has gone out.
    pub async fn email_sent(&self, message_id: &str) -> Result<bool, StoreError> {
        let found: Option<String> =
            sqlx::query_scalar("SELECT message_id FROM sent_emails WHERE message_id = $1")
                .bind(message_id)
                .fetch_optional(self.pool())
                .await?;
        Ok(found.is_some())
    }

    /// Reviews of a business published in `[from, to)`, counted per band
    /// `(negative, mixed, positive)`: the digest's "new reviews".
    pub async fn new_reviews_by_band(
        &self,
        business_id: &str,
        from: i64,
        to: i64,
    ) -> Result<(i64, i64, i64), StoreError> {
        let row: (i64, i64, i64) = sqlx::query_as(
            "SELECT CAST(COALESCE(SUM(CASE WHEN rating <= 2 THEN 1 ELSE 0 END), 0) AS BIGINT), \
             CAST(COALESCE(SUM(CASE WHEN rating = 3 THEN 1 ELSE 0 END), 0) AS BIGINT), \
             CAST(COALESCE(SUM(CASE WHEN rating >= 4 THEN 1 ELSE 0 END), 0) AS BIGINT) \
             FROM reviews WHERE business_id = $1 AND status = 'published' \
             AND created_at >= $2 AND created_at < $3",
        )
        .bind(business_id)
        .bind(from)
        .bind(to)
        .fetch_one(self.pool())
        .await?;
        Ok(row)
    }
}

impl Tx {
    /// Sets (or replaces) a business's deadline for one band.
    pub async fn set_response_deadline(
        &mut self,
        business_id: &str,
        band: &str,
        hours: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO response_deadlines (business_id, band, hours, updated_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (business_id, band) \
             DO UPDATE SET hours = excluded.hours, updated_at = excluded.updated_at",
        )
        .bind(business_id)
        .bind(band)
        .bind(hours)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Records an escalation; `false` when the review was already escalated.
    pub async fn insert_escalation(
        &mut self,
        review: &Review,
        due_at: i64,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO escalations (review_id, business_id, due_at, escalated_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (review_id) DO NOTHING",
        )
        .bind(&review.id)
        .bind(&review.business_id)
        .bind(due_at)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Inserts a notification; `false` when its dedupe key already exists.
    pub async fn insert_notification(
        &mut self,
        new: &NewNotification<'_>,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO notifications (id, user_id, business_id, kind, review_id, dedupe_key, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (dedupe_key) DO NOTHING",
        )
        .bind(new_id())
        .bind(new.user_id)
        .bind(new.business_id)
        .bind(new.kind)
        .bind(new.review_id)
        .bind(new.dedupe_key)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Marks a user's notification read; `false` when it is not theirs.
    pub async fn mark_notification_read(
        &mut self,
        id: &str,
        user_id: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE notifications SET read_at = COALESCE(read_at, $1) WHERE id = $2 AND user_id = $3",
        )
        .bind(now)
        .bind(id)
        .bind(user_id)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Keeps a sent e-mail (without its address); a repeat is a no-op.
    pub async fn record_sent_email(
        &mut self,
        email: &SentEmail<'_>,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sent_emails (message_id, kind, user_id, subject, language, sent_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (message_id) DO NOTHING",
        )
        .bind(email.message_id)
        .bind(email.kind)
        .bind(email.user_id)
        .bind(email.subject)
        .bind(email.language)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
