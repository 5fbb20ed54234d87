//! The screening of each reply a business posts, refused ones included
//! (their text is kept here, never lost).

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::rows::new_id;
use crate::{Store, StoreError, Tx};

/// One screened reply: what was written, its score and reasons (JSON) and
/// whether it was published (`publish`, with the reply and revision it
/// became) or refused (`reject`).
#[derive(Debug, Clone, PartialEq)]
pub struct ReplyScreening {
    pub id: String,
    pub review_id: String,
    pub business_id: String,
    pub author_user_id: String,
    pub reply_id: Option<String>,
    pub revision: Option<i64>,
    pub body: String,
    pub spam_score: f64,
    pub reasons: String,
    pub decision: String,
    pub screened_at: i64,
}

impl ReplyScreening {
    /// A screening not yet tied to a reply.
    pub fn new(review_id: &str, business_id: &str, author_user_id: &str, body: &str) -> Self {
        Self {
            id: new_id(),
            review_id: review_id.to_string(),
            business_id: business_id.to_string(),
            author_user_id: author_user_id.to_string(),
            reply_id: None,
            revision: None,
            body: body.to_string(),
            spam_score: 0.0,
            reasons: "[]".to_string(),
            decision: "publish".to_string(),
            screened_at: 0,
        }
    }
}

fn reply_screening_from(row: &AnyRow) -> Result<ReplyScreening, StoreError> {
    Ok(ReplyScreening {
        id: row.try_get("id")?,
        review_id: row.try_get("review_id")?,
        business_id: row.try_get("business_id")?,
        author_user_id: row.try_get("author_user_id")?,
        reply_id: row.try_get("reply_id")?,
        revision: row.try_get("revision")?,
        body: row.try_get("body")?,
        spam_score: row.try_get("spam_score")?,
        reasons: row.try_get("reasons")?,
        decision: row.try_get("decision")?,
        screened_at: row.try_get("screened_at")?,
    })
}

impl Tx {
    pub async fn save_reply_screening(&mut self, row: &ReplyScreening) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO reply_screenings (id, review_id, business_id, author_user_id, reply_id, \
             revision, body, spam_score, reasons, decision, screened_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(&row.id)
        .bind(&row.review_id)
        .bind(&row.business_id)
        .bind(&row.author_user_id)
        .bind(&row.reply_id)
        .bind(row.revision)
        .bind(&row.body)
        .bind(row.spam_score)
        .bind(&row.reasons)
        .bind(&row.decision)
        .bind(row.screened_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}

impl Store {
    /// Every screening of the replies to one review, oldest first.
    pub async fn reply_screenings(
        &self,
        review_id: &str,
    ) -> Result<Vec<ReplyScreening>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, review_id, business_id, author_user_id, reply_id, revision, body, \
             spam_score, reasons, decision, screened_at FROM reply_screenings \
             WHERE review_id = $1 ORDER BY screened_at, id",
        )
        .bind(review_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(reply_screening_from).collect()
    }
}
