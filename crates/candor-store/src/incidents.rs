//! Incidents: bursts of negative reviews about one aspect, grouped so staff
//! answer them together. One open incident per business and aspect.

use sqlx::any::AnyRow;
use sqlx::{AssertSqlSafe, Row};

use crate::rows::{REPLY_COLUMNS, REVIEW_COLUMNS, item_from, new_id};
use crate::{ReviewWithReply, Store, StoreError, Tx};

const INCIDENT_COLUMNS: &str = "id, business_id, aspect, state, observed, baseline_milli, \
    remedy_policy, replied_at, opened_at, updated_at, closed_at";

#[derive(Debug, Clone, PartialEq)]
pub struct Incident {
    pub id: String,
    pub business_id: String,
    pub aspect: String,
    pub open: bool,
    /// Negative reviews about the aspect in the window that opened it (or
    /// since, as more arrive).
    pub observed: i64,
    /// The usual number per day before it, times 1000.
    pub baseline_milli: i64,
    pub remedy_policy: String,
    pub replied_at: Option<i64>,
    pub opened_at: i64,
    pub updated_at: i64,
    pub closed_at: Option<i64>,
}

/// A published 1-2 star review and the aspects its analysis found (JSON).
#[derive(Debug, Clone, PartialEq)]
pub struct NegativeMention {
    pub review_id: String,
    pub created_at: i64,
    pub aspects: String,
}

fn incident_from(row: &AnyRow) -> Result<Incident, StoreError> {
    Ok(Incident {
        id: row.try_get("id")?,
        business_id: row.try_get("business_id")?,
        aspect: row.try_get("aspect")?,
        open: row.try_get::<String, _>("state")? == "open",
        observed: row.try_get("observed")?,
        baseline_milli: row.try_get("baseline_milli")?,
        remedy_policy: row.try_get("remedy_policy")?,
        replied_at: row.try_get("replied_at")?,
        opened_at: row.try_get("opened_at")?,
        updated_at: row.try_get("updated_at")?,
        closed_at: row.try_get("closed_at")?,
    })
}

impl Store {
    /// Published 1-2 star reviews of a business since `since`, with aspects.
    pub async fn negative_mentions(
        &self,
        business_id: &str,
        since: i64,
    ) -> Result<Vec<NegativeMention>, StoreError> {
        let rows = sqlx::query(
            "SELECT r.id, r.created_at, a.aspects FROM reviews r \
             JOIN review_analyses a ON a.review_id = r.id AND a.revision = r.revision \
             WHERE r.business_id = $1 AND r.status = 'published' AND r.rating <= 2 \
             AND r.created_at >= $2 ORDER BY r.created_at, r.id",
        )
        .bind(business_id)
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(NegativeMention {
                    review_id: r.try_get("id")?,
                    created_at: r.try_get("created_at")?,
                    aspects: r.try_get("aspects")?,
                })
            })
            .collect()
    }

    pub async fn incident_by_id(&self, id: &str) -> Result<Option<Incident>, StoreError> {
        let sql = format!("SELECT {INCIDENT_COLUMNS} FROM incidents WHERE id = $1");
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(incident_from).transpose()
    }

    /// A business's incidents, newest first.
    pub async fn incidents_of_business(
        &self,
        business_id: &str,
        open_only: bool,
        limit: i64,
    ) -> Result<Vec<Incident>, StoreError> {
        let sql = format!(
            "SELECT {INCIDENT_COLUMNS} FROM incidents WHERE business_id = $1 \
             AND ($2 = 0 OR state = 'open') ORDER BY opened_at DESC, id DESC LIMIT $3"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(business_id)
            .bind(i64::from(open_only))
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(incident_from).collect()
    }

    /// The reviews grouped in an incident, oldest first, with their replies.
    pub async fn incident_reviews(
        &self,
        incident_id: &str,
    ) -> Result<Vec<ReviewWithReply>, StoreError> {
        let sql = format!(
            "SELECT {REVIEW_COLUMNS}, {REPLY_COLUMNS} FROM incident_reviews i \
             JOIN reviews r ON r.id = i.review_id LEFT JOIN replies p ON p.review_id = r.id \
             WHERE i.incident_id = $1 ORDER BY r.created_at, r.id"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(incident_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(item_from).collect()
    }
}

impl Tx {
    /// The open incident of a business about `aspect`, opening one when there
    /// is none; `true` when it was opened now.
    pub async fn open_incident(
        &mut self,
        business_id: &str,
        aspect: &str,
        baseline_milli: i64,
        now: i64,
    ) -> Result<(Incident, bool), StoreError> {
        let done = sqlx::query(
            "INSERT INTO incidents (id, business_id, aspect, state, observed, baseline_milli, \
             opened_at, updated_at) VALUES ($1, $2, $3, 'open', 0, $4, $5, $5) \
             ON CONFLICT DO NOTHING",
        )
        .bind(new_id())
        .bind(business_id)
        .bind(aspect)
        .bind(baseline_milli)
        .bind(now)
        .execute(self.conn())
        .await?;
        let sql = format!(
            "SELECT {INCIDENT_COLUMNS} FROM incidents WHERE business_id = $1 AND aspect = $2 \
             AND state = 'open'"
        );
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(business_id)
            .bind(aspect)
            .fetch_one(self.conn())
            .await?;
        Ok((incident_from(&row)?, done.rows_affected() == 1))
    }

    /// Adds reviews to an incident (each once) and recounts it.
    pub async fn add_incident_reviews(
        &mut self,
        incident: &Incident,
        review_ids: &[String],
        now: i64,
    ) -> Result<i64, StoreError> {
        for review_id in review_ids {
            sqlx::query(
                "INSERT INTO incident_reviews (incident_id, review_id, business_id, added_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            )
            .bind(&incident.id)
            .bind(review_id)
            .bind(&incident.business_id)
            .bind(now)
            .execute(self.conn())
            .await?;
        }
        let count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM incident_reviews WHERE incident_id = $1")
                .bind(&incident.id)
                .fetch_one(self.conn())
                .await?;
        sqlx::query("UPDATE incidents SET observed = $1, updated_at = $2 WHERE id = $3")
            .bind(count)
            .bind(now)
            .bind(&incident.id)
            .execute(self.conn())
            .await?;
        Ok(count)
    }

    /// Records the coordinated reply's remedy policy and time.
    pub async fn set_incident_replied(
        &mut self,
        incident_id: &str,
        remedy_policy: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE incidents SET remedy_policy = $1, replied_at = $2, updated_at = $2 \
             WHERE id = $3",
        )
        .bind(remedy_policy)
        .bind(now)
        .bind(incident_id)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Closes an incident; `false` when it was not open.
    pub async fn close_incident(
        &mut self,
        incident_id: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE incidents SET state = 'closed', closed_at = $1, updated_at = $1 \
             WHERE id = $2 AND state = 'open'",
        )
        .bind(now)
        .bind(incident_id)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
