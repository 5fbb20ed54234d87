//! Reviews and their revisions. A review row holds the current version
//! (written at `revised_at`); `review_revisions` holds the versions edits
//! replaced. [`Store::review_revisions`] gives them all.

use candor_core::{ReviewDraft, ReviewStatus};
use sqlx::AssertSqlSafe;
use sqlx::Row;

use crate::rows::{REPLY_COLUMNS, REVIEW_COLUMNS, item_from, new_id, rating, review_from};
use crate::sql::SqlBuilder;
use crate::{Review, ReviewRevision, ReviewWithReply, StatusEvent, Store, StoreError, Tx};

pub use crate::reviews_page::{ReviewCursor, ReviewPage};

/// A review to store, with what the use case decided about it.
pub struct NewReview<'a> {
    pub business_id: &'a str,
    pub draft: &'a ReviewDraft,
    pub status: ReviewStatus,
    pub source: &'a str,
    pub edit_token_hash: &'a str,
}

impl Tx {
    pub async fn insert_review(
        &mut self,
        new: NewReview<'_>,
        now: i64,
    ) -> Result<Review, StoreError> {
        let id = new_id();
        let d = new.draft;
        sqlx::query(
            "INSERT INTO reviews (id, business_id, rating, title, body, author_name, author_email, \
             language, experienced_on, status, source, edit_token_hash, revision, helpful_count, \
             has_reply, created_at, updated_at, changed_at, revised_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, 0, 0, $13, $13, $13, \
             $13)",
        )
        .bind(&id)
        .bind(new.business_id)
        .bind(i64::from(d.rating))
        .bind(&d.title)
        .bind(&d.body)
        .bind(&d.author_name)
        .bind(d.author_email.as_str())
        .bind(d.language.as_ref().map(|l| l.as_str().to_string()))
        .bind(d.experienced_on.map(|date| date.to_string()))
        .bind(new.status.as_str())
        .bind(new.source)
        .bind(new.edit_token_hash)
        .bind(now)
        .execute(self.conn())
        .await?;
        self.review(&id).await
    }

    /// Keeps the current version in `review_revisions`, then makes `draft`
    /// the next one. The e-mail address stays the one given first.
    pub async fn revise_review(
        &mut self,
        review: &Review,
        draft: &ReviewDraft,
        now: i64,
    ) -> Result<Review, StoreError> {
        let next = review.revision + 1;
        self.keep_current_version(&review.id).await?;
        sqlx::query(
            "UPDATE reviews SET rating = $1, title = $2, body = $3, author_name = $4, \
             language = $5, experienced_on = $6, revision = $7, updated_at = $8, \
             changed_at = $8, revised_at = $8 WHERE id = $9",
        )
        .bind(i64::from(draft.rating))
        .bind(&draft.title)
        .bind(&draft.body)
        .bind(&draft.author_name)
        .bind(draft.language.as_ref().map(|l| l.as_str().to_string()))
        .bind(draft.experienced_on.map(|date| date.to_string()))
        .bind(next)
        .bind(now)
        .bind(&review.id)
        .execute(self.conn())
        .await?;
        self.review(&review.id).await
    }

    /// Copies the review's current version into `review_revisions`.
    async fn keep_current_version(&mut self, review_id: &str) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO review_revisions (id, review_id, business_id, revision, rating, title, \
             body, author_name, language, experienced_on, created_at) \
             SELECT $1, id, business_id, revision, rating, title, body, author_name, language, \
             experienced_on, revised_at FROM reviews WHERE id = $2",
        )
        .bind(new_id())
        .bind(review_id)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Changes a review's status, keeping who did it and why.
    pub async fn set_review_status(
        &mut self,
        review: &Review,
        status: ReviewStatus,
        reason: &str,
        actor: &str,
        now: i64,
    ) -> Result<Review, StoreError> {
        sqlx::query(
            "INSERT INTO review_status_events (id, review_id, business_id, from_status, \
             to_status, reason, actor, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(new_id())
        .bind(&review.id)
        .bind(&review.business_id)
        .bind(review.status.as_str())
        .bind(status.as_str())
        .bind(reason)
        .bind(actor)
        .bind(now)
        .execute(self.conn())
        .await?;
        sqlx::query(
            "UPDATE reviews SET status = $1, status_reason = $2, updated_at = $3, changed_at = $3 \
             WHERE id = $4",
        )
        .bind(status.as_str())
        .bind(reason)
        .bind(now)
        .bind(&review.id)
        .execute(self.conn())
        .await?;
        self.review(&review.id).await
    }

    /// Reads a review inside the transaction (it must exist).
    pub async fn review(&mut self, id: &str) -> Result<Review, StoreError> {
        let sql = format!("SELECT {REVIEW_COLUMNS} FROM reviews r WHERE r.id = $1");
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(id)
            .fetch_one(self.conn())
            .await?;
        review_from(&row)
    }
}

impl Store {
    pub async fn review_by_id(&self, id: &str) -> Result<Option<ReviewWithReply>, StoreError> {
        let sql = format!(
            "SELECT {REVIEW_COLUMNS}, {REPLY_COLUMNS} FROM reviews r \
             LEFT JOIN replies p ON p.review_id = r.id WHERE r.id = $1"
        );
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(item_from).transpose()
    }

    /// The published ones of the given reviews, in the order of `ids`
    /// (search results arrive ranked; the database has the current text).
    pub async fn published_reviews_by_ids(
        &self,
        ids: &[String],
    ) -> Result<Vec<ReviewWithReply>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = SqlBuilder::new(&format!(
            "SELECT {REVIEW_COLUMNS}, {REPLY_COLUMNS} FROM reviews r \
             LEFT JOIN replies p ON p.review_id = r.id WHERE r.status = 'published' AND r.id IN "
        ));
        q.bind_list(ids);
        let (sql, args) = q.finish()?;
        let rows = sqlx::query_with(AssertSqlSafe(sql), args)
            .fetch_all(self.pool())
            .await?;
        let mut items = rows
            .iter()
            .map(item_from)
            .collect::<Result<Vec<_>, StoreError>>()?;
        items.sort_by_key(|item| ids.iter().position(|id| *id == item.review.id));
        Ok(items)
    }

    pub async fn edit_token_hash(&self, review_id: &str) -> Result<Option<String>, StoreError> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT edit_token_hash FROM reviews WHERE id = $1")
                .bind(review_id)
                .fetch_optional(self.pool())
                .await?;
        Ok(row.map(|(hash,)| hash))
    }

    /// Every version of a review, oldest first.
    pub async fn review_revisions(
        &self,
        review_id: &str,
    ) -> Result<Vec<ReviewRevision>, StoreError> {
        let rows = sqlx::query(
            "SELECT revision, rating, title, body, author_name, language, experienced_on, \
             created_at FROM review_revisions WHERE review_id = $1 \
             UNION ALL SELECT revision, rating, title, body, author_name, language, \
             experienced_on, revised_at FROM reviews WHERE id = $1 ORDER BY revision",
        )
        .bind(review_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ReviewRevision {
                    revision: row.try_get("revision")?,
                    rating: rating(row.try_get("rating")?)?,
                    title: row.try_get("title")?,
                    body: row.try_get("body")?,
                    author_name: row.try_get("author_name")?,
                    language: row
                        .try_get::<Option<String>, _>("language")?
                        .map(candor_core::Language::from_stored),
                    experienced_on: row.try_get("experienced_on")?,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }

    pub async fn status_events(&self, review_id: &str) -> Result<Vec<StatusEvent>, StoreError> {
        let rows = sqlx::query(
            "SELECT from_status, to_status, reason, actor, created_at FROM review_status_events \
             WHERE review_id = $1 ORDER BY created_at, id",
        )
        .bind(review_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(StatusEvent {
                    from_status: row.try_get("from_status")?,
                    to_status: row.try_get("to_status")?,
                    reason: row.try_get("reason")?,
                    actor: row.try_get("actor")?,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }

    /// The most helpful published review on one side (critical: 1-3 stars,
    /// positive: 4-5), the newest first among equals.
    pub async fn spotlight(
        &self,
        business_id: &str,
        critical: bool,
    ) -> Result<Option<ReviewWithReply>, StoreError> {
        let stars = if critical {
            "r.rating <= 3"
        } else {
            "r.rating >= 4"
        };
        let sql = format!(
            "SELECT {REVIEW_COLUMNS}, {REPLY_COLUMNS} FROM reviews r \
             LEFT JOIN replies p ON p.review_id = r.id \
             WHERE r.business_id = $1 AND r.status = 'published' AND {stars} \
             ORDER BY r.helpful_count DESC, r.created_at DESC, r.id DESC LIMIT 1"
        );
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(business_id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(item_from).transpose()
    }
}
