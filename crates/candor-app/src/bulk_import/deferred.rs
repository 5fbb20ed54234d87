//! The jobs of imports with deferred analysis.
//!
//! - `import.materialize`: takes a batch of reviews from the import queue,
//!   screens and analyses them, and stores them as reviews with their final
//!   status, deleting them from the queue in the same transaction. Until
//!   then they are not public.
//! - `import.analyze`: how earlier versions deferred it (the reviews stored
//!   pending, then screened and published). Kept so that such jobs still
//!   queued run.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use candor_store::{ErasePolicy, Job, NewJob, Tx};

use super::rows::ImportRow;
use crate::jobs::{JobFuture, JobHandler, Jobs, job_payload};
use crate::reviews::describe_review;
use crate::{App, AppError, trust};

pub const IMPORT_ANALYSIS_JOB: &str = "import.analyze";
pub const IMPORT_MATERIALIZE_JOB: &str = "import.materialize";

/// A batch of queued reviews to store, as one import run queued it.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct MaterializeBatch {
    pub business_id: String,
    pub source: String,
    /// Who the file's replies are posted as.
    pub replier_id: String,
    /// The rows' mark in the queue.
    pub batch_id: String,
}

/// The job storing `batch`.
pub(super) fn materialize_job(batch: &MaterializeBatch, now: i64) -> Result<NewJob, AppError> {
    let payload = serde_json::to_string(batch)
        .map_err(|e| AppError::Internal(format!("job payload: {e}")))?;
    Ok(NewJob::new(IMPORT_MATERIALIZE_JOB, payload, now))
}

struct Materialize;

impl JobHandler for Materialize {
    fn kind(&self) -> &'static str {
        IMPORT_MATERIALIZE_JOB
    }

    fn run<'a>(&'a self, app: &'a App, job: &'a Job) -> JobFuture<'a> {
        Box::pin(async move { materialize(app, job_payload::<MaterializeBatch>(job)?).await })
    }
}

/// Stores what is still queued of `batch` (a run that failed half-way left
/// nothing: the rows leave the queue in the transaction that stores them),
/// but for the reviews the business has stored from the source meanwhile
/// (a re-run queues again what it finds queued; the first stored wins).
async fn materialize(app: &App, batch: MaterializeBatch) -> Result<Tx, AppError> {
    let business = app
        .store()
        .business_by_id(&batch.business_id)
        .await?
        .ok_or(AppError::NotFound("business"))?;
    app.store().refresh_statistics_if_grown().await?;
    let queued = app.store().queued_batch(&batch.batch_id).await?;
    let mut read: Vec<(String, Option<ErasePolicy>)> = queued
        .iter()
        .map(|q| (q.external_id.clone(), q.erase_policy))
        .collect();
    let rows = queued
        .into_iter()
        .map(super::queue::unqueued)
        .collect::<Result<Vec<_>, _>>()?;
    let ids: Vec<String> = rows.iter().map(|r| r.external_id.clone()).collect();
    let stored = app
        .store()
        .existing_external_ids(&batch.business_id, &batch.source, &ids)
        .await?;
    let mut rows = without_stored(rows, &stored);
    // Judged before the transaction opens: on SQLite it holds the write lock.
    let mut judged = app.judge_rows(&batch.business_id, &mut rows).await?;
    let mut tx = app.store().begin().await?;
    let mut removed = tx.dequeue_batch(&batch.batch_id).await?;
    read.sort();
    removed.sort();
    if removed != read {
        // An erasure marked a row (or a run stored some) since they were
        // read: nothing is written, and the job runs again on what is left.
        return Err(AppError::Internal(format!(
            "import batch {} changed while it was analysed; it will be read again",
            batch.batch_id
        )));
    }
    // Stored since the look before judging: by another run, committed now.
    let ids: Vec<String> = rows.iter().map(|r| r.external_id.clone()).collect();
    let stored = tx
        .existing_external_ids(&batch.business_id, &batch.source, &ids)
        .await?;
    if !stored.is_empty() {
        (rows, judged) = rows
            .into_iter()
            .zip(judged)
            .filter(|(row, _)| !stored.contains(&row.external_id))
            .unzip();
    }
    if !rows.is_empty() {
        let writes = app.prepare_writes(&business, &batch.replier_id, &batch.source, rows, judged);
        app.write_judged(&mut tx, &writes).await?;
        app.search_changed();
    }
    Ok(tx)
}

fn without_stored(rows: Vec<ImportRow>, stored: &HashSet<String>) -> Vec<ImportRow> {
    if stored.is_empty() {
        return rows;
    }
    rows.into_iter()
        .filter(|row| !stored.contains(&row.external_id))
        .collect()
}

#[derive(Debug, Deserialize)]
struct AnalyseBatch {
    business_id: String,
    review_ids: Vec<String>,
}

struct Analyse;

impl JobHandler for Analyse {
    fn kind(&self) -> &'static str {
        IMPORT_ANALYSIS_JOB
    }

    fn run<'a>(&'a self, app: &'a App, job: &'a Job) -> JobFuture<'a> {
        Box::pin(async move { analyse(app, job_payload::<AnalyseBatch>(job)?).await })
    }
}

impl Jobs {
    pub(crate) fn with_imports(self) -> Self {
        self.register(Analyse).register(Materialize)
    }
}

async fn analyse(app: &App, batch: AnalyseBatch) -> Result<Tx, AppError> {
    let reviews = app
        .store()
        .reviews_awaiting_screening(&batch.review_ids)
        .await?;
    let described = reviews.iter().map(describe_review).collect();
    let judged = app
        .screen_and_analyse(&batch.business_id, described)
        .await?;
    let now = crate::now_ms();
    let mut tx = app.store().begin().await?;
    app.save_judgements(&mut tx, &reviews, &judged, now).await?;
    for (review, (screening, _)) in reviews.iter().zip(&judged) {
        if let Some((status, reason)) = trust::moderation_of(screening) {
            let current = tx.review(&review.id).await?;
            tx.set_review_status(&current, status, &reason, trust::SCREENING_ACTOR, now)
                .await?;
        }
    }
    let passed: Vec<String> = reviews
        .iter()
        .zip(&judged)
        .filter(|(_, (screening, _))| trust::moderation_of(screening).is_none())
        .map(|(review, _)| review.id.clone())
        .collect();
    tx.publish_screened(&batch.business_id, &passed, trust::SCREENING_ACTOR, now)
        .await?;
    for (review, (_, analysis)) in reviews.iter().zip(&judged) {
        if review.language.is_none() && analysis.language != candor_text::UNDETERMINED {
            tx.fill_review_language(&review.id, &analysis.language)
                .await?;
        }
    }
    tx.bump_business_version(&batch.business_id).await?;
    app.search_changed();
    Ok(tx)
}
