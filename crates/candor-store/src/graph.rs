//! What the reviewer-business graph job reads and writes.

use sqlx::Row;

use crate::rows::new_id;
use crate::sql::SqlBuilder;
use crate::{Store, StoreError, Tx};

/// One edge of the graph: a review, its writer (e-mail) and business.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphEdge {
    pub review_id: String,
    pub author_email: String,
    pub business_id: String,
    pub rating: i64,
}

/// A review's suspicion as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Suspicion {
    pub review_id: String,
    pub business_id: String,
    pub reviewer_score: f64,
    pub review_score: f64,
    pub block: Option<i64>,
}

/// A finished run of the job.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphRun {
    pub reviews: i64,
    pub reviewers: i64,
    pub blocks: i64,
    pub suspicious: i64,
    pub iterations: i64,
    pub converged: bool,
    pub millis: i64,
    pub finished_at: i64,
}

impl Store {
    /// Published and pending reviews after `after_id`, in id order.
    pub async fn graph_edges(
        &self,
        after_id: &str,
        limit: i64,
    ) -> Result<Vec<GraphEdge>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, author_email, business_id, rating FROM reviews \
             WHERE status IN ('published', 'pending') AND id > $1 ORDER BY id LIMIT $2",
        )
        .bind(after_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(GraphEdge {
                    review_id: row.try_get("id")?,
                    author_email: row.try_get("author_email")?,
                    business_id: row.try_get("business_id")?,
                    rating: row.try_get("rating")?,
                })
            })
            .collect()
    }

    /// The last run's suspicion of the given reviews (those it scored).
    pub async fn suspicions(&self, review_ids: &[String]) -> Result<Vec<Suspicion>, StoreError> {
        if review_ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = SqlBuilder::new(
            "SELECT review_id, business_id, reviewer_score, review_score, block \
             FROM review_suspicion WHERE review_id IN ",
        );
        q.bind_list(review_ids);
        let (sql, args) = q.finish()?;
        let rows = sqlx::query_with(sqlx::AssertSqlSafe(sql), args)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(suspicion_from).collect()
    }

    /// The most suspicious reviews of the last run, most first.
    pub async fn most_suspicious(&self, limit: i64) -> Result<Vec<Suspicion>, StoreError> {
        let rows = sqlx::query(
            "SELECT review_id, business_id, reviewer_score, review_score, block \
             FROM review_suspicion ORDER BY review_score DESC, review_id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(suspicion_from).collect()
    }
}

fn suspicion_from(row: &sqlx::any::AnyRow) -> Result<Suspicion, StoreError> {
    Ok(Suspicion {
        review_id: row.try_get("review_id")?,
        business_id: row.try_get("business_id")?,
        reviewer_score: row.try_get("reviewer_score")?,
        review_score: row.try_get("review_score")?,
        block: row.try_get("block")?,
    })
}

impl Tx {
    /// Forgets the previous run's suspicion (the new run replaces it).
    pub async fn clear_suspicion(&mut self) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM review_suspicion")
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn insert_suspicion(&mut self, s: &Suspicion, now: i64) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO review_suspicion (review_id, business_id, reviewer_score, review_score, \
             block, scored_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&s.review_id)
        .bind(&s.business_id)
        .bind(s.reviewer_score)
        .bind(s.review_score)
        .bind(s.block)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn record_graph_run(&mut self, run: &GraphRun) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO graph_runs (id, reviews, reviewers, blocks, suspicious, iterations, \
             converged, millis, finished_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(new_id())
        .bind(run.reviews)
        .bind(run.reviewers)
        .bind(run.blocks)
        .bind(run.suspicious)
        .bind(run.iterations)
        .bind(i64::from(run.converged))
        .bind(run.millis)
        .bind(run.finished_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
