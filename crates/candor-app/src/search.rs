//! Review search: the tantivy index kept in step with the database, and
//! searches answered from it.
//!
//! Keeping in step: every write that changes what the index holds sets the
//! review's `changed_at`. The index remembers (in its commit payload) the
//! time up to which it holds every change, and catches up from there in
//! `(changed_at, id)` order. A transaction may commit a little after the
//! time it stamped, so the last `SETTLE_MS` are read again on every catch-up
//! (reviews already applied at that same stamp are skipped). Another server
//! process sharing a PostgreSQL database has its own index and catches up
//! the same way.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use candor_search::{ReviewDoc, SearchIndex, Watermark};
use candor_store::ChangedReview;
use tokio::sync::Mutex;

use crate::{App, AppError, now_ms};

/// How long after its `changed_at` a change is surely committed.
const SETTLE_MS: i64 = 10_000;
/// Rows read from the database per query while catching up.
const READ_BATCH: i64 = 1_000;
/// Changes applied per index commit during a long catch-up.
const COMMIT_EVERY: usize = 20_000;
/// With nothing to apply, the watermark is moved once it lags this much.
const WATERMARK_STEP_MS: i64 = 60_000;
/// Without a local write, catch up at most this often (other processes' writes).
const STALE_AFTER: Duration = Duration::from_secs(1);

pub(crate) struct SearchSync {
    index: Arc<SearchIndex>,
    dirty: AtomicBool,
    state: Mutex<SyncState>,
}

#[derive(Default)]
struct SyncState {
    instance: Option<String>,
    last_sync: Option<Instant>,
    /// Reviews applied within the settle window, with the stamp applied.
    recent: HashMap<String, i64>,
}

impl SearchSync {
    pub(crate) fn new(index: SearchIndex) -> Self {
        Self {
            index: Arc::new(index),
            dirty: AtomicBool::new(true),
            state: Mutex::new(SyncState::default()),
        }
    }

    pub(crate) fn index(&self) -> Arc<SearchIndex> {
        self.index.clone()
    }

    pub(crate) fn mark_dirty(&self) {
        self.dirty.store(true, Ordering::Release);
    }
}

/// Runs blocking index work off the async threads.
pub(crate) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, candor_search::SearchError> + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Internal(format!("search task: {e}")))?
        .map_err(|e| AppError::Internal(e.to_string()))
}

fn review_doc(row: &ChangedReview) -> ReviewDoc {
    let aspects = row
        .aspects
        .as_deref()
        .and_then(|json| serde_json::from_str::<Vec<serde_json::Value>>(json).ok())
        .unwrap_or_default()
        .iter()
        .filter_map(|a| a.get("aspect").and_then(|v| v.as_str()).map(str::to_string))
        .collect();
    ReviewDoc {
        id: row.id.clone(),
        business_id: row.business_id.clone(),
        stars: u8::try_from(row.rating).unwrap_or_default(),
        language: row.language.clone().unwrap_or_default(),
        aspects,
        replied: row.has_reply,
        created_at: row.created_at,
        text: crate::text::review_text(&row.title, &row.body),
    }
}

/// Changes read but not yet committed to the index.
#[derive(Default)]
struct Pending {
    docs: Vec<ReviewDoc>,
    removed: Vec<String>,
}

impl Pending {
    fn len(&self) -> usize {
        self.docs.len() + self.removed.len()
    }

    fn take(&mut self, row: &ChangedReview) {
        if row.status == "published" {
            self.docs.push(review_doc(row));
        } else {
            self.removed.push(row.id.clone());
        }
    }
}

impl App {
    /// Attaches a search index; it catches up with the database on first use.
    pub fn with_search(mut self, index: SearchIndex) -> Self {
        self.search = Some(Arc::new(SearchSync::new(index)));
        self
    }

    pub(crate) fn search_sync(&self) -> Result<&SearchSync, AppError> {
        self.search.as_deref().ok_or(AppError::Unavailable(
            "search is not enabled on this instance",
        ))
    }

    /// Tells the index a review changed here, so the next search catches up first.
    pub(crate) fn search_changed(&self) {
        if let Some(sync) = &self.search {
            sync.mark_dirty();
        }
    }

    /// Catches up if a write happened here or the last catch-up is stale.
    pub async fn sync_search_if_needed(&self) -> Result<(), AppError> {
        let sync = self.search_sync()?;
        let stale = {
            let state = sync.state.lock().await;
            state.last_sync.is_none_or(|t| t.elapsed() >= STALE_AFTER)
        };
        if sync.dirty.swap(false, Ordering::AcqRel) || stale {
            self.sync_search(&|_, _| {}).await?;
        }
        Ok(())
    }

    /// Brings the index up to date; `progress(done, total)` is told how
    /// far a long catch-up has come. Returns the number of changes applied.
    pub async fn sync_search(&self, progress: &(dyn Fn(u64, u64) + Sync)) -> Result<u64, AppError> {
        let sync = self.search_sync()?;
        let mut state = sync.state.lock().await;
        let instance = match &state.instance {
            Some(id) => id.clone(),
            None => {
                let id = self.store().instance_id().await?;
                state.instance = Some(id.clone());
                id
            }
        };
        let index = sync.index();
        let since = match blocking(move || index.watermark()).await? {
            Some(mark) if mark.instance == instance => mark.synced_to,
            _ => {
                self.clear_index(sync, &mut state, &instance).await?;
                0
            }
        };
        let target = since.max(now_ms() - SETTLE_MS);
        let total = u64::try_from(self.store().count_reviews_changed_since(since).await?)
            .unwrap_or_default();
        let (applied, synced_to) = self
            .catch_up(sync, &mut state, (&instance, since, target), &|done| {
                progress(done, total)
            })
            .await?;
        state.recent.retain(|_, stamp| *stamp >= synced_to);
        state.last_sync = Some(Instant::now());
        Ok(applied)
    }

    async fn clear_index(
        &self,
        sync: &SearchSync,
        state: &mut SyncState,
        instance: &str,
    ) -> Result<(), AppError> {
        let index = sync.index();
        let mark = Watermark {
            instance: instance.to_string(),
            synced_to: 0,
        };
        blocking(move || index.clear(&mark)).await?;
        state.recent.clear();
        Ok(())
    }

    async fn catch_up(
        &self,
        sync: &SearchSync,
        state: &mut SyncState,
        (instance, since, target): (&str, i64, i64),
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<(u64, i64), AppError> {
        let mut cursor = (since, String::new());
        let mut pending = Pending::default();
        let mut applied = 0u64;
        loop {
            let rows = self
                .store()
                .reviews_changed_since(cursor.0, &cursor.1, READ_BATCH)
                .await?;
            let Some(last) = rows.last() else { break };
            cursor = (last.changed_at, last.id.clone());
            for row in &rows {
                if state.recent.get(&row.id) != Some(&row.changed_at) {
                    state.recent.insert(row.id.clone(), row.changed_at);
                    pending.take(row);
                }
            }
            if pending.len() >= COMMIT_EVERY {
                // An intermediate commit keeps the old watermark: a crash
                // here only means reading these rows again.
                applied += self.commit(sync, &mut pending, instance, since).await?;
                progress(applied);
            }
            if rows.len() < usize::try_from(READ_BATCH).unwrap_or(usize::MAX) {
                break;
            }
        }
        // With nothing new, move the watermark only now and then: each
        // commit writes and syncs files.
        let worth_committing = pending.len() > 0 || target - since > WATERMARK_STEP_MS;
        let synced_to = if worth_committing {
            applied += self.commit(sync, &mut pending, instance, target).await?;
            target
        } else {
            since
        };
        progress(applied);
        Ok((applied, synced_to))
    }

    async fn commit(
        &self,
        sync: &SearchSync,
        pending: &mut Pending,
        instance: &str,
        synced_to: i64,
    ) -> Result<u64, AppError> {
        let batch = std::mem::take(pending);
        let count = u64::try_from(batch.len()).unwrap_or_default();
        let index = sync.index();
        let mark = Watermark {
            instance: instance.to_string(),
            synced_to,
        };
        blocking(move || index.apply(&batch.docs, &batch.removed, &mark)).await?;
        Ok(count)
    }

    /// Empties the index and reads every review into it again.
    pub async fn rebuild_search(
        &self,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<u64, AppError> {
        let sync = self.search_sync()?;
        {
            let mut state = sync.state.lock().await;
            let instance = self.store().instance_id().await?;
            self.clear_index(sync, &mut state, &instance).await?;
        }
        self.sync_search(progress).await
    }
}
