//! Aggregates of a business's published reviews: the inputs of the score.

use candor_core::RatingBucket;

use crate::rows::rating;
use crate::{Store, StoreError};

const DAY_MS: i64 = 86_400_000;

impl Store {
    /// Published reviews counted per star and per whole day of age at `now`.
    pub async fn rating_buckets(
        &self,
        business_id: &str,
        now: i64,
    ) -> Result<Vec<RatingBucket>, StoreError> {
        let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT rating, ($1 - created_at) / $2 AS age_days, COUNT(*) AS n FROM reviews \
             WHERE business_id = $3 AND status = 'published' GROUP BY rating, age_days",
        )
        .bind(now)
        .bind(DAY_MS)
        .bind(business_id)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|(stars, age_days, count)| {
                Ok(RatingBucket {
                    rating: rating(stars)?,
                    age_days,
                    count: u64::try_from(count).unwrap_or_default(),
                })
            })
            .collect()
    }

    /// The languages of a business's published reviews with their counts, most first.
    pub async fn review_languages(
        &self,
        business_id: &str,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        let rows: Vec<(String, i64)> = sqlx::query_as(
            "SELECT language, COUNT(*) AS n FROM reviews \
             WHERE business_id = $1 AND status = 'published' AND language IS NOT NULL \
             GROUP BY language ORDER BY n DESC, language",
        )
        .bind(business_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows)
    }

    /// Published reviews with a reply, and all published reviews.
    pub async fn reply_counts(&self, business_id: &str) -> Result<(i64, i64), StoreError> {
        let row: (i64, i64) = sqlx::query_as(
            "SELECT CAST(COALESCE(SUM(has_reply), 0) AS BIGINT), COUNT(*) FROM reviews \
             WHERE business_id = $1 AND status = 'published'",
        )
        .bind(business_id)
        .fetch_one(self.pool())
        .await?;
        Ok(row)
    }
}
