//! The recovery figures of a business over a period, aggregated in the
//! database (see `candor_app::recovery_figures` for the formulas).

use sqlx::Row;

use crate::recovery::{CaseCounts, RemedyTotal};
use crate::{Store, StoreError};

/// A review updated by its author after the business responded: its rating
/// just before that update and now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RatingUpdate {
    pub before: i64,
    pub after: i64,
}

impl Store {
    /// Cases opened since `since`, by how far they got.
    pub async fn case_counts(
        &self,
        business_id: &str,
        since: i64,
    ) -> Result<CaseCounts, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS opened, \
             CAST(COALESCE(SUM(CASE WHEN state IN ('contacted', 'remedy_offered', 'resolved', \
               'not_resolved') THEN 1 ELSE 0 END), 0) AS BIGINT) AS contacted, \
             CAST(COALESCE(SUM(CASE WHEN state = 'resolved' THEN 1 ELSE 0 END), 0) AS BIGINT) \
               AS resolved, \
             CAST(COALESCE(SUM(CASE WHEN state = 'not_resolved' THEN 1 ELSE 0 END), 0) AS BIGINT) \
               AS not_resolved, \
             CAST(COALESCE(SUM(CASE WHEN state = 'closed_without_contact' THEN 1 ELSE 0 END), 0) \
               AS BIGINT) AS closed_without_contact, \
             CAST(COALESCE(SUM(CASE WHEN closed_at IS NULL THEN 1 ELSE 0 END), 0) AS BIGINT) \
               AS in_progress \
             FROM recovery_cases WHERE business_id = $1 AND opened_at >= $2",
        )
        .bind(business_id)
        .bind(since)
        .fetch_one(self.pool())
        .await?;
        Ok(CaseCounts {
            opened: row.try_get("opened")?,
            contacted: row.try_get("contacted")?,
            resolved: row.try_get("resolved")?,
            not_resolved: row.try_get("not_resolved")?,
            closed_without_contact: row.try_get("closed_without_contact")?,
            in_progress: row.try_get("in_progress")?,
        })
    }

    /// The median time from opening to resolution of the cases opened since
    /// `since` that ended resolved (the database sorts; two rows come back).
    pub async fn median_resolution_ms(
        &self,
        business_id: &str,
        since: i64,
        resolved: i64,
    ) -> Result<Option<f64>, StoreError> {
        if resolved <= 0 {
            return Ok(None);
        }
        let rows = sqlx::query(
            "SELECT closed_at - opened_at AS took FROM recovery_cases \
             WHERE business_id = $1 AND opened_at >= $2 AND state = 'resolved' \
             ORDER BY took LIMIT $3 OFFSET $4",
        )
        .bind(business_id)
        .bind(since)
        .bind(2 - resolved % 2)
        .bind((resolved - 1) / 2)
        .fetch_all(self.pool())
        .await?;
        let took: Vec<i64> = rows
            .iter()
            .map(|r| r.try_get("took"))
            .collect::<Result<_, _>>()?;
        if took.is_empty() {
            return Ok(None);
        }
        Ok(Some(took.iter().sum::<i64>() as f64 / took.len() as f64))
    }

    /// Remedies of the cases opened since `since`, per currency.
    pub async fn remedy_totals(
        &self,
        business_id: &str,
        since: i64,
    ) -> Result<Vec<RemedyTotal>, StoreError> {
        let rows = sqlx::query(
            "SELECT currency, COUNT(*) AS remedies, \
             CAST(COALESCE(SUM(remedy_value_cents), 0) AS BIGINT) AS value_cents, \
             CAST(COALESCE(SUM(CASE WHEN state = 'resolved' THEN 1 ELSE 0 END), 0) AS BIGINT) \
               AS resolved \
             FROM recovery_cases WHERE business_id = $1 AND opened_at >= $2 \
             AND remedy_type IS NOT NULL GROUP BY currency ORDER BY currency",
        )
        .bind(business_id)
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(RemedyTotal {
                    currency: r
                        .try_get::<Option<String>, _>("currency")?
                        .unwrap_or_default(),
                    remedies: r.try_get("remedies")?,
                    value_cents: r.try_get("value_cents")?,
                    resolved: r.try_get("resolved")?,
                })
            })
            .collect()
    }

    /// Reviews first updated after a response since `since`, with the rating
    /// of the last revision before that update.
    pub async fn rating_updates(
        &self,
        business_id: &str,
        since: i64,
    ) -> Result<Vec<RatingUpdate>, StoreError> {
        let rows = sqlx::query(
            "SELECT r.rating AS after, (SELECT v.rating FROM review_revisions v \
               WHERE v.review_id = r.id AND v.created_at < r.updated_after_response_at \
               ORDER BY v.revision DESC LIMIT 1) AS before \
             FROM reviews r WHERE r.business_id = $1 AND r.updated_after_response_at IS NOT NULL \
             AND r.updated_after_response_at >= $2",
        )
        .bind(business_id)
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        let mut updates = Vec::with_capacity(rows.len());
        for row in &rows {
            let after: i64 = row.try_get("after")?;
            // An updated review has kept the versions the update replaced.
            let before = row.try_get::<Option<i64>, _>("before")?.unwrap_or(after);
            updates.push(RatingUpdate { before, after });
        }
        Ok(updates)
    }
}
