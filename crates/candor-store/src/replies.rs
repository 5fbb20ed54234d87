//! Public replies of a business, one per review, with their revisions.

use sqlx::Row;

use crate::rows::new_id;
use crate::{Reply, ReplyRevision, Store, StoreError, Tx};

impl Tx {
    /// Creates the reply of a review, or stores a new revision of it.
    /// Returns the reply as it stands and whether it was created.
    pub async fn upsert_reply(
        &mut self,
        review_id: &str,
        business_id: &str,
        author_user_id: &str,
        body: &str,
        now: i64,
    ) -> Result<(Reply, bool), StoreError> {
        let existing: Option<(String, i64)> =
            sqlx::query_as("SELECT id, revision FROM replies WHERE review_id = $1")
                .bind(review_id)
                .fetch_optional(self.conn())
                .await?;
        let created = existing.is_none();
        let (id, revision) = match existing {
            Some((id, revision)) => {
                sqlx::query(
                    "UPDATE replies SET body = $1, revision = $2, author_user_id = $3, \
                     updated_at = $4 WHERE id = $5",
                )
                .bind(body)
                .bind(revision + 1)
                .bind(author_user_id)
                .bind(now)
                .bind(&id)
                .execute(self.conn())
                .await?;
                (id, revision + 1)
            }
            None => {
                let id = new_id();
                sqlx::query(
                    "INSERT INTO replies (id, review_id, business_id, author_user_id, body, \
                     revision, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 1, $6, $6)",
                )
                .bind(&id)
                .bind(review_id)
                .bind(business_id)
                .bind(author_user_id)
                .bind(body)
                .bind(now)
                .execute(self.conn())
                .await
                .map_err(StoreError::conflict_on("reply"))?;
                sqlx::query("UPDATE reviews SET has_reply = 1, changed_at = $1 WHERE id = $2")
                    .bind(now)
                    .bind(review_id)
                    .execute(self.conn())
                    .await?;
                (id, 1)
            }
        };
        sqlx::query(
            "INSERT INTO reply_revisions (id, reply_id, business_id, revision, body, \
             author_user_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(new_id())
        .bind(&id)
        .bind(business_id)
        .bind(revision)
        .bind(body)
        .bind(author_user_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        let reply = self.reply(&id).await?;
        Ok((reply, created))
    }

    async fn reply(&mut self, id: &str) -> Result<Reply, StoreError> {
        let row = sqlx::query(
            "SELECT id, review_id, business_id, author_user_id, body, revision, created_at, \
             updated_at FROM replies WHERE id = $1",
        )
        .bind(id)
        .fetch_one(self.conn())
        .await?;
        Ok(Reply {
            id: row.try_get("id")?,
            review_id: row.try_get("review_id")?,
            business_id: row.try_get("business_id")?,
            author_user_id: row.try_get("author_user_id")?,
            body: row.try_get("body")?,
            revision: row.try_get("revision")?,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
        })
    }
}

impl Store {
    /// Every version of a reply, oldest first.
    pub async fn reply_revisions(&self, reply_id: &str) -> Result<Vec<ReplyRevision>, StoreError> {
        let rows: Vec<(i64, String, i64)> = sqlx::query_as(
            "SELECT revision, body, created_at FROM reply_revisions \
             WHERE reply_id = $1 ORDER BY revision",
        )
        .bind(reply_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(revision, body, created_at)| ReplyRevision {
                revision,
                body,
                created_at,
            })
            .collect())
    }
}
