//! Testimonials (reviews a business quotes on its own site, only with the
//! reviewer's consent) and shareable report links.

use sqlx::Row;

use crate::rows::{REVIEW_COLUMNS, review_from};
use crate::{Review, Store, StoreError, Tx};

#[derive(Debug, Clone, PartialEq)]
pub struct ReportLink {
    pub id: String,
    pub business_id: String,
    pub period_from: i64,
    pub period_to: i64,
    pub created_by: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

fn link_from(row: &sqlx::any::AnyRow) -> Result<ReportLink, StoreError> {
    Ok(ReportLink {
        id: row.try_get("id")?,
        business_id: row.try_get("business_id")?,
        period_from: row.try_get("period_from")?,
        period_to: row.try_get("period_to")?,
        created_by: row.try_get("created_by")?,
        created_at: row.try_get("created_at")?,
        revoked_at: row.try_get("revoked_at")?,
    })
}

const LINK_COLUMNS: &str = "id, business_id, period_from, period_to, created_by, created_at, \
    revoked_at";

impl Store {
    /// Published reviews whose authors agreed to be quoted, best first.
    pub async fn testimonial_candidates(
        &self,
        business_id: &str,
        limit: i64,
    ) -> Result<Vec<Review>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {REVIEW_COLUMNS} FROM reviews r WHERE business_id = $1 \
             AND status = 'published' AND testimonial_consent_at IS NOT NULL \
             ORDER BY rating DESC, helpful_count DESC, created_at DESC, id LIMIT $2"
        )))
        .bind(business_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(review_from).collect()
    }

    /// The chosen testimonials still published and still consented.
    pub async fn testimonials(&self, business_id: &str) -> Result<Vec<Review>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {REVIEW_COLUMNS} FROM reviews r WHERE business_id = $1 \
             AND status = 'published' AND testimonial_consent_at IS NOT NULL \
             AND id IN (SELECT review_id FROM testimonials WHERE business_id = $1) \
             ORDER BY rating DESC, created_at DESC, id"
        )))
        .bind(business_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(review_from).collect()
    }

    /// The most helpful published reviews written in `[from, to)` (ms) with
    /// stars in `[min, max]`.
    pub async fn top_reviews(
        &self,
        business_id: &str,
        period: (i64, i64),
        stars: (i64, i64),
        limit: i64,
    ) -> Result<Vec<Review>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {REVIEW_COLUMNS} FROM reviews r WHERE business_id = $1 \
             AND status = 'published' AND created_at >= $2 AND created_at < $3 \
             AND rating >= $4 AND rating <= $5 \
             ORDER BY helpful_count DESC, created_at DESC, id LIMIT $6"
        )))
        .bind(business_id)
        .bind(period.0)
        .bind(period.1)
        .bind(stars.0)
        .bind(stars.1)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(review_from).collect()
    }

    pub async fn report_links(&self, business_id: &str) -> Result<Vec<ReportLink>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {LINK_COLUMNS} FROM report_links WHERE business_id = $1 \
             ORDER BY created_at DESC, id"
        )))
        .bind(business_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(link_from).collect()
    }

    /// A live (not revoked) report link by the hash of its token.
    pub async fn report_link_by_hash(
        &self,
        token_hash: &str,
    ) -> Result<Option<ReportLink>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {LINK_COLUMNS} FROM report_links WHERE token_hash = $1 \
             AND revoked_at IS NULL"
        )))
        .bind(token_hash)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(link_from).transpose()
    }
}

impl Tx {
    /// Records the reviewer's consent to be quoted.
    pub async fn set_testimonial_consent(
        &mut self,
        review_id: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE reviews SET testimonial_consent_at = $1 WHERE id = $2")
            .bind(now)
            .bind(review_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Replaces the business's testimonials with `review_ids`; returns how
    /// many were taken (only its own published, consented reviews are).
    pub async fn set_testimonials(
        &mut self,
        business_id: &str,
        review_ids: &[String],
        user_id: &str,
        now: i64,
    ) -> Result<u64, StoreError> {
        sqlx::query("DELETE FROM testimonials WHERE business_id = $1")
            .bind(business_id)
            .execute(self.conn())
            .await?;
        let mut taken = 0;
        for id in review_ids {
            let done = sqlx::query(
                "INSERT INTO testimonials (business_id, review_id, chosen_by, chosen_at) \
                 SELECT business_id, id, $1, $2 FROM reviews WHERE id = $3 \
                 AND business_id = $4 AND status = 'published' \
                 AND testimonial_consent_at IS NOT NULL",
            )
            .bind(user_id)
            .bind(now)
            .bind(id)
            .bind(business_id)
            .execute(self.conn())
            .await?;
            taken += done.rows_affected();
        }
        Ok(taken)
    }

    pub async fn insert_report_link(
        &mut self,
        link: &ReportLink,
        token_hash: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO report_links (id, business_id, token_hash, period_from, period_to, \
             created_by, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)",
        )
        .bind(&link.id)
        .bind(&link.business_id)
        .bind(token_hash)
        .bind(link.period_from)
        .bind(link.period_to)
        .bind(&link.created_by)
        .bind(link.created_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Revokes a link of the business; false when there was none live.
    pub async fn revoke_report_link(
        &mut self,
        business_id: &str,
        id: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE report_links SET revoked_at = $1 WHERE id = $2 AND business_id = $3 \
             AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .bind(business_id)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
