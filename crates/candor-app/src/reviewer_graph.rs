//! The reviewer-business graph job: every published or pending review is
//! an edge from its writer (by e-mail) to its business, rated 1-5; the
//! `candor-trust` graph scoring (Fraud Eagle belief propagation plus
//! lockstep blocks) gives each review and writer a suspicion, and the
//! block it belongs to. The run replaces the previous one's results.

use std::collections::HashMap;
use std::time::Instant;

use candor_store::{GraphEdge, GraphRun, Suspicion};
use candor_trust::graph::{self, GraphConfig, Review as Edge};

/// In a server the graph job shares the machine with the requests it
/// serves: one thread (the result is the same for any number).
const SERVER_GRAPH: GraphConfig = GraphConfig {
    threads: 1,
    ..GraphConfig::DEFAULT
};

use crate::{App, AppError, now_ms};

/// Reviews read per query.
const READ_BATCH: i64 = 5_000;
/// Suspicion stored from this score up; below it counts as none.
pub const STORED_FROM: f64 = 0.3;

/// Dense ids for the scorer, kept in first-seen order.
#[derive(Default)]
struct Ids(HashMap<String, u32>);

impl Ids {
    fn of(&mut self, key: &str) -> u32 {
        let next = u32::try_from(self.0.len()).unwrap_or(u32::MAX);
        *self.0.entry(key.to_string()).or_insert(next)
    }
}

impl App {
    /// The most suspicious reviews of the last run (moderators only).
    pub async fn suspicious_reviews(
        &self,
        actor: &candor_store::User,
        limit: i64,
    ) -> Result<Vec<Suspicion>, AppError> {
        if !self.is_moderator(actor).await? {
            return Err(AppError::Forbidden("only moderators see suspicion scores"));
        }
        Ok(self.store().most_suspicious(limit.clamp(1, 500)).await?)
    }

    async fn read_graph(&self) -> Result<Vec<GraphEdge>, AppError> {
        let mut edges = Vec::new();
        let mut after = String::new();
        loop {
            let batch = self.store().graph_edges(&after, READ_BATCH).await?;
            let Some(last) = batch.last() else { break };
            after = last.review_id.clone();
            let done = batch.len() < READ_BATCH as usize;
            edges.extend(batch);
            if done {
                break;
            }
        }
        Ok(edges)
    }

    /// Scores the whole graph and stores the suspicious reviews.
    pub async fn score_reviewer_graph(&self) -> Result<GraphRun, AppError> {
        let started = Instant::now();
        let edges = self.read_graph().await?;
        let (mut reviewers, mut businesses) = (Ids::default(), Ids::default());
        let input: Vec<Edge> = edges
            .iter()
            .map(|e| Edge {
                reviewer: reviewers.of(&e.author_email),
                product: businesses.of(&e.business_id),
                rating: (e.rating.clamp(1, 5) - 1) as f64 / 4.0,
            })
            .collect();
        let scores = tokio::task::spawn_blocking(move || graph::score(&input, &SERVER_GRAPH))
            .await
            .map_err(|e| AppError::Internal(format!("graph task: {e}")))?
            .map_err(|e| AppError::Internal(format!("graph scoring: {e}")))?;
        let by_reviewer: HashMap<u32, f64> = scores
            .reviewers
            .iter()
            .map(|r| (r.reviewer, r.score))
            .collect();
        let suspicious: Vec<Suspicion> = edges
            .iter()
            .zip(&scores.reviews)
            .filter_map(|(edge, review)| {
                let reviewer_score = by_reviewer
                    .get(&reviewers.of_known(&edge.author_email)?)
                    .copied()?;
                (review.score >= STORED_FROM || reviewer_score >= STORED_FROM).then(|| Suspicion {
                    review_id: edge.review_id.clone(),
                    business_id: edge.business_id.clone(),
                    reviewer_score,
                    review_score: review.score,
                    block: review.block.map(i64::from),
                })
            })
            .collect();
        let run = GraphRun {
            reviews: edges.len() as i64,
            reviewers: reviewers.0.len() as i64,
            blocks: scores.blocks.len() as i64,
            suspicious: suspicious.len() as i64,
            iterations: i64::from(scores.iterations),
            converged: scores.converged,
            millis: i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX),
            finished_at: now_ms(),
        };
        self.store_suspicion(&suspicious, &run).await?;
        Ok(run)
    }

    async fn store_suspicion(
        &self,
        suspicious: &[Suspicion],
        run: &GraphRun,
    ) -> Result<(), AppError> {
        let now = now_ms();
        // One transaction: readers see the previous run or this one, whole.
        let mut tx = self.store().begin().await?;
        tx.clear_suspicion().await?;
        for row in suspicious {
            tx.insert_suspicion(row, now).await?;
        }
        tx.record_graph_run(run).await?;
        tx.commit().await?;
        Ok(())
    }
}

impl Ids {
    fn of_known(&self, key: &str) -> Option<u32> {
        self.0.get(key).copied()
    }
}
