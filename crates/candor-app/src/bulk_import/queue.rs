//! Deferred analysis: a batch is appended to the import queue as read, with
//! an `import.materialize` job for it in the same transaction; the job
//! screens, analyses and stores the reviews later (see `deferred`).

use candor_core::{ReviewDraft, ReviewInput};
use std::collections::VecDeque;
use std::sync::Arc;

use candor_store::{Backend, Business, QueueBatch, QueueWriter, QueuedImport, Store};
use tokio::task::JoinHandle;

use super::deferred;
use super::rows::ImportRow;
use crate::AppError;

/// Queues a run's batches, each with the job that will store it, in one
/// transaction per batch, leaving out what the business has stored already.
/// On PostgreSQL two batches go in at once, on connections of their own:
/// the server's work on one (`COPY`) is what a run waits for. SQLite takes
/// one writer at a time.
pub(super) struct Queuing {
    idle: Vec<QueueWriter>,
    running: VecDeque<JoinHandle<Appended>>,
    target: Arc<Target>,
}

/// Where a run's batches go.
struct Target {
    business_id: String,
    source: String,
    /// Who the file's replies are posted as.
    replier_id: String,
}

/// A writer back from a batch, and how many rows of how many went in.
type Appended = (QueueWriter, Result<(u64, u64), AppError>);

impl Queuing {
    pub(super) async fn open(
        store: &Store,
        business: &Business,
        replier_id: &str,
        source: &str,
    ) -> Result<Self, AppError> {
        let writers = match store.backend() {
            Backend::Sqlite => 1,
            Backend::Postgres => 2,
        };
        let mut idle = Vec::with_capacity(writers);
        for _ in 0..writers {
            idle.push(store.queue_writer(&business.id, source).await?);
        }
        let target = Target {
            business_id: business.id.clone(),
            source: source.to_string(),
            replier_id: replier_id.to_string(),
        };
        Ok(Self {
            idle,
            running: VecDeque::new(),
            target: Arc::new(target),
        })
    }

    /// Starts queuing `batch`, first waiting for the oldest batch under way
    /// if every writer is busy; returns (queued, offered) of the batches
    /// that finished.
    pub(super) async fn start(&mut self, batch: QueueBatch) -> Result<Vec<(u64, u64)>, AppError> {
        let mut finished = Vec::new();
        let mut writer = match self.idle.pop() {
            Some(writer) => writer,
            None => {
                let (writer, counts) = self.wait_oldest().await?;
                finished.push(counts?);
                writer
            }
        };
        let target = Arc::clone(&self.target);
        self.running.push_back(tokio::spawn(async move {
            let result = append(&mut writer, &target, &batch).await;
            let offered = batch.offered() as u64;
            (writer, result.map(|queued| (queued, offered)))
        }));
        Ok(finished)
    }

    /// Waits for every batch under way and until all are on disk; returns
    /// (queued, offered) of those batches.
    pub(super) async fn finish(mut self) -> Result<Vec<(u64, u64)>, AppError> {
        let mut finished = Vec::new();
        while !self.running.is_empty() {
            let (writer, counts) = self.wait_oldest().await?;
            finished.push(counts?);
            self.idle.push(writer);
        }
        for writer in self.idle {
            writer.finish().await?;
        }
        Ok(finished)
    }

    async fn wait_oldest(&mut self) -> Result<Appended, AppError> {
        let task = self
            .running
            .pop_front()
            .ok_or_else(|| AppError::Internal("no import batch under way".into()))?;
        task.await
            .map_err(|e| AppError::Internal(format!("an import batch's task failed: {e}")))
    }
}

/// Queues `batch` and the job that will store it; returns how many rows
/// were queued.
async fn append(
    writer: &mut QueueWriter,
    target: &Target,
    batch: &QueueBatch,
) -> Result<u64, AppError> {
    let now = crate::now_ms();
    let job = deferred::MaterializeBatch {
        business_id: target.business_id.clone(),
        source: target.source.clone(),
        replier_id: target.replier_id.clone(),
        batch_id: batch.id().to_string(),
    };
    let job = deferred::materialize_job(&job, now)?;
    Ok(writer.append(batch, &job, now).await?)
}

/// Encodes checked rows for the import queue of `backend`.
pub(super) fn encode(
    business_id: &str,
    source: &str,
    rows: Vec<ImportRow>,
    backend: Backend,
) -> Result<QueueBatch, AppError> {
    let queued: Vec<QueuedImport> = rows
        .into_iter()
        .map(|row| queued(business_id, source, row))
        .collect();
    let now = crate::now_ms();
    Ok(QueueBatch::encode(
        business_id,
        source,
        &queued,
        backend,
        now,
    )?)
}

fn queued(business_id: &str, source: &str, row: ImportRow) -> QueuedImport {
    let draft = row.draft;
    QueuedImport {
        business_id: business_id.to_string(),
        source: source.to_string(),
        external_id: row.external_id,
        rating: i64::from(draft.rating.get()),
        title: draft.title,
        body: draft.body,
        author_name: draft.author_name,
        author_email: draft.author_email.as_str().to_string(),
        language: draft.language.map(|l| l.as_str().to_string()),
        experienced_on: draft.experienced_on.map(|d| d.to_string()),
        written_at: row.written_at,
        reply: row.reply,
        erase_policy: None,
    }
}

/// A queued review as a row to store. It was checked when it was queued, so
/// a failure here means the queue was changed by hand: the job fails and
/// says so rather than store or drop it.
pub(super) fn unqueued(queued: QueuedImport) -> Result<ImportRow, AppError> {
    let input = ReviewInput {
        rating: Some(queued.rating),
        title: queued.title,
        body: queued.body,
        author_name: queued.author_name,
        author_email: queued.author_email,
        language: queued.language,
        experienced_on: queued.experienced_on,
        testimonial_consent: false,
    };
    let today = chrono::Utc::now().date_naive();
    let draft = ReviewDraft::parse(&input, today).map_err(|e| {
        AppError::Internal(format!(
            "queued import {:?}: {}: {}",
            queued.external_id, e.field, e.message
        ))
    })?;
    Ok(ImportRow {
        external_id: queued.external_id,
        draft,
        written_at: queued.written_at,
        reply: queued.reply,
        erase: queued.erase_policy,
    })
}
