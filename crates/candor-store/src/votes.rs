//! "Helpful" votes: one per visitor and review.

use crate::{Store, StoreError, Tx};

impl Tx {
    /// Records a vote; false when this visitor already voted for the review.
    pub async fn add_helpful_vote(
        &mut self,
        review_id: &str,
        business_id: &str,
        voter_key: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        let inserted = sqlx::query(
            "INSERT INTO helpful_votes (review_id, business_id, voter_key, created_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (review_id, voter_key) DO NOTHING",
        )
        .bind(review_id)
        .bind(business_id)
        .bind(voter_key)
        .bind(now)
        .execute(self.conn())
        .await?
        .rows_affected()
            == 1;
        if inserted {
            sqlx::query("UPDATE reviews SET helpful_count = helpful_count + 1 WHERE id = $1")
                .bind(review_id)
                .execute(self.conn())
                .await?;
        }
        Ok(inserted)
    }
}

impl Store {
    pub async fn has_voted(&self, review_id: &str, voter_key: &str) -> Result<bool, StoreError> {
        let found: Option<(i64,)> =
            sqlx::query_as("SELECT 1 FROM helpful_votes WHERE review_id = $1 AND voter_key = $2")
                .bind(review_id)
                .bind(voter_key)
                .fetch_optional(self.pool())
                .await?;
        Ok(found.is_some())
    }
}
