//! Deferred analysis: a batch is appended to the import queue as read, with
//! an `import.materialize` job for it in the same transaction; the job
//! screens, analyses and stores the reviews later (see `deferred`).

use candor_core::{ReviewDraft, ReviewInput};
use candor_store::{Business, QueueBatch, QueuedImport};

use super::deferred;
use super::rows::ImportRow;
use crate::{App, AppError};

impl App {
    /// Queues `batch` (leaving out what the business has stored or queued
    /// already) and the job that will store it, in one transaction;
    /// returns how many rows were queued.
    pub(super) async fn queue_batch(
        &self,
        business: &Business,
        replier_id: &str,
        source: &str,
        batch: &QueueBatch,
    ) -> Result<u64, AppError> {
        let now = crate::now_ms();
        let batch_id = candor_store::new_id();
        let mut tx = self.store().begin().await?;
        let added = tx
            .queue_imports(&business.id, source, &batch_id, batch, now)
            .await?;
        if added > 0 {
            let job = deferred::MaterializeBatch {
                business_id: business.id.clone(),
                source: source.to_string(),
                replier_id: replier_id.to_string(),
                batch_id,
            };
            deferred::enqueue_materialize(&mut tx, &job, now).await?;
        }
        tx.commit().await?;
        Ok(added)
    }
}

/// Encodes checked rows for the import queue.
pub(super) fn encode(
    business_id: &str,
    source: &str,
    rows: Vec<ImportRow>,
) -> Result<QueueBatch, AppError> {
    let queued: Vec<QueuedImport> = rows
        .into_iter()
        .map(|row| queued(business_id, source, row))
        .collect();
    Ok(QueueBatch::encode(&queued)?)
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
