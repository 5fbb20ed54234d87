//! Keeps the insight rollups in step with the reviews. Like the search
//! index, it follows `reviews.changed_at`: each batch of changed reviews gets
//! its insights and promise matches recomputed, and the days they belong to
//! are marked dirty, in one transaction with the new watermark; then every
//! dirty day is summed again. A crash between the two steps leaves the days
//! marked, so nothing is lost.
//!
//! A transaction may commit a little after the time it stamped, so the
//! watermark stays `SETTLE_MS` behind the clock and the reviews above it are
//! read again next time; those this process already applied at the same
//! stamp are skipped.

use std::collections::{BTreeSet, HashMap};

use candor_store::{DAY_MS, InsightSource, PromiseMatch, ReviewInsight};
use tokio::sync::Mutex;

use super::facts::review_insight;
use super::matching::BusinessPromises;
use crate::{App, AppError, now_ms};

const SETTLE_MS: i64 = 10_000;
const BATCH: i64 = 500;
const DAYS_PER_TX: i64 = 50;
/// Reviews read in one refresh after which PostgreSQL's statistics of the
/// insight tables are refreshed (before the days are summed).
const ANALYZE_AFTER: u64 = 5_000;

/// What this process has applied above the watermark (id → changed_at).
#[derive(Default)]
pub struct RefreshState {
    recent: Mutex<HashMap<String, i64>>,
}

/// How a refresh went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Refreshed {
    pub reviews: u64,
    pub days: u64,
    /// Reviews changed since the watermark still to read (0 when caught up).
    pub backlog: i64,
}

/// One batch's results, written in one transaction.
struct BatchResult {
    insights: Vec<ReviewInsight>,
    gone: Vec<String>,
    matches: Vec<(Vec<String>, Vec<String>, Vec<PromiseMatch>)>,
    days: BTreeSet<(String, i64)>,
}

impl App {
    /// Reads up to `budget` changed reviews into the rollups and sums the days
    /// they touched. Concurrent calls in one process run one after another.
    pub async fn refresh_insights(&self, budget: u64) -> Result<Refreshed, AppError> {
        let mut recent = self.insight_refresh().recent.lock().await;
        let (mut since, _) = self.store().insight_watermark().await?;
        let mut cursor = (since, String::new());
        let mut done = Refreshed::default();
        while done.reviews < budget {
            let batch = self
                .store()
                .insight_sources(cursor.0, &cursor.1, BATCH)
                .await?;
            let Some(last) = batch.last() else { break };
            cursor = (last.changed_at, last.id.clone());
            let fresh: Vec<InsightSource> = batch
                .iter()
                .filter(|r| recent.get(&r.id) != Some(&r.changed_at))
                .cloned()
                .collect();
            let mark = cursor.0.min(now_ms() - SETTLE_MS).max(since);
            self.apply_batch(&fresh, mark).await?;
            for r in &fresh {
                recent.insert(r.id.clone(), r.changed_at);
            }
            done.reviews += fresh.len() as u64;
            since = mark;
            if (batch.len() as i64) < BATCH {
                break;
            }
        }
        recent.retain(|_, stamp| *stamp >= since);
        if done.reviews >= ANALYZE_AFTER {
            self.store().refresh_insight_statistics().await?;
        }
        // Still under the lock: two refreshes of this process never write
        // the same rows at once.
        self.scan_promises(budget).await?;
        done.days = self.sum_dirty_days().await?;
        done.backlog = self.store().insight_backlog(cursor.0).await?;
        drop(recent);
        Ok(done)
    }

    async fn apply_batch(&self, batch: &[InsightSource], mark: i64) -> Result<(), AppError> {
        let result = self.compute_batch(batch).await?;
        let mut tx = self.store().begin().await?;
        tx.save_review_insights(&result.insights, &result.gone)
            .await?;
        tx.delete_promise_matches_of(&result.gone).await?;
        for (promises, reviews, found) in &result.matches {
            tx.replace_promise_matches(promises, reviews, found).await?;
        }
        let days: Vec<(String, i64)> = result.days.into_iter().collect();
        tx.mark_insight_days(&days).await?;
        tx.set_insight_watermark(mark, "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Insights and promise matches of a batch, per business (author counts
    /// and promises are read once per business).
    async fn compute_batch(&self, batch: &[InsightSource]) -> Result<BatchResult, AppError> {
        let mut result = BatchResult {
            insights: Vec::new(),
            gone: Vec::new(),
            matches: Vec::new(),
            days: BTreeSet::new(),
        };
        let mut by_business: HashMap<&str, Vec<InsightSource>> = HashMap::new();
        for review in batch {
            result.days.insert((
                review.business_id.clone(),
                review.created_at.div_euclid(DAY_MS),
            ));
            if review.status == "published" {
                by_business
                    .entry(review.business_id.as_str())
                    .or_default()
                    .push(review.clone());
            } else {
                result.gone.push(review.id.clone());
            }
        }
        for (business_id, reviews) in by_business {
            let counts = self.author_counts(business_id, &reviews).await?;
            let promises = BusinessPromises::load(self, business_id).await?;
            let (insights, found) = super::cpu(move || {
                let insights = reviews
                    .iter()
                    .map(|r| review_insight(r, counts.get(&r.author_email).copied().unwrap_or(1)))
                    .collect::<Vec<_>>();
                let found = promises.find_all(&reviews);
                let ids = reviews.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
                (insights, (promises.ids(), ids, found))
            })
            .await?;
            result.insights.extend(insights);
            result.matches.push(found);
        }
        Ok(result)
    }

    async fn author_counts(
        &self,
        business_id: &str,
        reviews: &[InsightSource],
    ) -> Result<HashMap<String, i64>, AppError> {
        let mut emails: Vec<String> = reviews.iter().map(|r| r.author_email.clone()).collect();
        emails.sort();
        emails.dedup();
        Ok(self
            .store()
            .author_review_counts(business_id, &emails)
            .await?
            .into_iter()
            .collect())
    }

    /// Sums every dirty day again, a few dozen days per transaction.
    async fn sum_dirty_days(&self) -> Result<u64, AppError> {
        let mut summed = 0;
        loop {
            let dirty = self.store().dirty_insight_days(DAYS_PER_TX).await?;
            if dirty.is_empty() {
                return Ok(summed);
            }
            let mut sums = Vec::with_capacity(dirty.len());
            for (business_id, day) in &dirty {
                let facts = self.store().day_facts(business_id, *day).await?;
                sums.push(super::rollup::day_sums(business_id, *day, &facts));
            }
            let mut tx = self.store().begin().await?;
            for ((business_id, day), (days, counts)) in dirty.iter().zip(&sums) {
                tx.replace_insight_day(business_id, *day, days, counts)
                    .await?;
            }
            tx.commit().await?;
            summed += dirty.len() as u64;
        }
    }

    /// Forgets every derived row and reads all reviews again.
    pub async fn rebuild_insights(&self) -> Result<Refreshed, AppError> {
        let mut tx = self.store().begin().await?;
        tx.clear_insights().await?;
        tx.reset_promise_scans().await?;
        tx.commit().await?;
        self.insight_refresh().recent.lock().await.clear();
        self.refresh_insights(u64::MAX).await
    }
}
