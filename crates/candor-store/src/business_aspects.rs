//! A business's own aspects (keywords per language, as JSON), and the
//! reads and writes that re-analysing its reviews needs.

use sqlx::{AssertSqlSafe, Row};

use crate::rows::{REVIEW_COLUMNS, review_from};
use crate::{Review, Store, StoreError, Tx};

#[derive(Debug, Clone, PartialEq)]
pub struct BusinessAspect {
    pub aspect: String,
    /// JSON object: language code (or `any`) to a list of keywords.
    pub keywords: String,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Tx {
    /// Creates or replaces one aspect of a business.
    pub async fn upsert_business_aspect(
        &mut self,
        business_id: &str,
        aspect: &str,
        keywords: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO business_aspects (business_id, aspect, keywords, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4) ON CONFLICT (business_id, aspect) \
             DO UPDATE SET keywords = $3, updated_at = $4",
        )
        .bind(business_id)
        .bind(aspect)
        .bind(keywords)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Removes one aspect; false if the business had no such aspect.
    pub async fn delete_business_aspect(
        &mut self,
        business_id: &str,
        aspect: &str,
    ) -> Result<bool, StoreError> {
        let done =
            sqlx::query("DELETE FROM business_aspects WHERE business_id = $1 AND aspect = $2")
                .bind(business_id)
                .bind(aspect)
                .execute(self.conn())
                .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Marks a review as changed for the search index (its analysis changed).
    pub async fn touch_review(&mut self, review_id: &str, now: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE reviews SET changed_at = $1 WHERE id = $2")
            .bind(now)
            .bind(review_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}

impl Store {
    pub async fn business_aspects(
        &self,
        business_id: &str,
    ) -> Result<Vec<BusinessAspect>, StoreError> {
        let rows = sqlx::query(
            "SELECT aspect, keywords, created_at, updated_at FROM business_aspects \
             WHERE business_id = $1 ORDER BY aspect",
        )
        .bind(business_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(BusinessAspect {
                    aspect: row.try_get("aspect")?,
                    keywords: row.try_get("keywords")?,
                    created_at: row.try_get("created_at")?,
                    updated_at: row.try_get("updated_at")?,
                })
            })
            .collect()
    }

    /// A business's reviews of every status after `after_id`, in id order.
    pub async fn reviews_after(
        &self,
        business_id: &str,
        after_id: &str,
        limit: i64,
    ) -> Result<Vec<Review>, StoreError> {
        let sql = format!(
            "SELECT {REVIEW_COLUMNS} FROM reviews r WHERE r.business_id = $1 AND r.id > $2 \
             ORDER BY r.id LIMIT $3"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(business_id)
            .bind(after_id)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(review_from).collect()
    }
}
