//! Deferred analysis: a batch is appended to the import queue as read, with
//! an `import.materialize` job for it in the same transaction; the job
//! screens, analyses and stores the reviews later (see `deferred`).

use candor_core::{ReviewDraft, ReviewInput};
use candor_store::{Backend, Business, QueueBatch, QueueWriter, QueuedImport};

use super::deferred;
use super::rows::ImportRow;
use crate::AppError;

/// Queues `batch` (leaving out what the business has stored already) and
/// the job that will store it, in one transaction; returns how many rows
/// were queued.
pub(super) async fn queue_batch(
    writer: &mut QueueWriter,
    business: &Business,
    replier_id: &str,
    source: &str,
    batch: &QueueBatch,
) -> Result<u64, AppError> {
    let now = crate::now_ms();
    let job = deferred::MaterializeBatch {
        business_id: business.id.clone(),
        source: source.to_string(),
        replier_id: replier_id.to_string(),
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
