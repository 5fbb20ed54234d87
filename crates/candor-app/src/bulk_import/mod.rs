//! Bulk import of reviews from other platforms (`candor import`): CSV or
//! JSON lines, columns mapped by a preset or a mapping file, streamed in
//! batches of one transaction each.
//!
//! - Idempotent: a review is known by (business, source, external id); one
//!   already stored is skipped, so a second run imports nothing twice and a
//!   run cut short (even by SIGKILL) resumes by being run again.
//! - A malformed record goes to the reject file with its line and reason;
//!   the batch goes on without it, and a batch never half-commits.
//! - Every review is screened and analysed as one written here would be,
//!   in the batch; or, with `defer_analysis`, the batch is appended to the
//!   import queue as read, and the `import.materialize` job screens,
//!   analyses and stores it later. Nothing queued is public.
//! - Imported history opens no recovery case and sends no e-mail.

mod analysis;
mod deferred;
mod judging_threads;
mod mapping;
mod pipeline;
mod queue;
mod reader;
mod records;
mod rows;
mod writes;

use candor_core::FieldError;
use candor_store::{Backend, Business, User};
use serde::Serialize;

pub use deferred::{IMPORT_ANALYSIS_JOB, IMPORT_MATERIALIZE_JOB};
pub use mapping::{Mapping, Preset};
pub use records::{Format, ReadError, Records, Unreadable};
pub use rows::{is_placeholder_email, parse_time};

use crate::{App, AppError};

/// Reviews per batch (one transaction) unless told otherwise, but see
/// [`default_batch_size`].
pub const DEFAULT_BATCH_SIZE: usize = 5_000;
/// Reviews per batch with full analysis on SQLite.
pub const SQLITE_ANALYSED_BATCH_SIZE: usize = 20_000;
/// The most a batch may hold: bounds memory whatever the file.
pub const MAX_BATCH_SIZE: usize = 20_000;

#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Stored as each review's source; with the external id, what makes a
    /// review already imported.
    pub source: String,
    /// Store first, screen and analyse in background jobs.
    pub defer_analysis: bool,
    pub batch_size: usize,
}

/// What a run has done so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ImportCounts {
    /// Records read (good or bad).
    pub read: u64,
    pub imported: u64,
    /// Already imported (by an earlier run, or earlier in this file).
    pub skipped: u64,
    /// Written to the reject file.
    pub rejected: u64,
    /// Imported but held for moderation or rejected by the screening.
    pub held: u64,
}

/// A record that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reject {
    pub line: u64,
    pub external_id: Option<String>,
    pub reason: String,
}

/// Hears about rejects (to write them down) and progress (to show it).
pub trait ImportObserver {
    fn rejected(&mut self, reject: &Reject) -> Result<(), AppError>;
    fn progress(&mut self, counts: &ImportCounts);
}

/// Reviews per batch unless told otherwise. A SQLite commit writes every
/// page the batch changed, and imported reviews go into the indexes by date
/// at places all over them; a larger batch changes each such page once for
/// more reviews. With full analysis, 20,000 ran 24% faster than 5,000 on
/// 200,000 reviews, for about 100 MiB more memory; PostgreSQL gained 5% and
/// deferred imports nothing, so they keep 5,000.
pub fn default_batch_size(backend: Backend, defer_analysis: bool) -> usize {
    match (backend, defer_analysis) {
        (Backend::Sqlite, false) => SQLITE_ANALYSED_BATCH_SIZE,
        _ => DEFAULT_BATCH_SIZE,
    }
}

/// How many times smaller than a full batch the first batch of a
/// full-analysis import is; each next one doubles until full.
const RAMP_FACTOR: usize = 16;

/// The sizes of a run's batches, in order (the last one may be cut short
/// by the end of the file). With full analysis (`ramp`) the first batches
/// are smaller, a sixteenth of `batch_size` doubling up to the whole: the
/// writer waits for the first batch to be judged, and a small one is
/// judged in a sixteenth of the time. Batches after it are judged while
/// the one before is stored. Every batch is still committed whole.
pub fn batch_plan(batch_size: usize, ramp: bool) -> impl Iterator<Item = usize> {
    let batch_size = batch_size.clamp(1, MAX_BATCH_SIZE);
    let first = if ramp {
        (batch_size / RAMP_FACTOR).max(1)
    } else {
        batch_size
    };
    std::iter::successors(Some(first), move |&size| {
        Some(size.saturating_mul(2).min(batch_size))
    })
}

/// Counts batches queued: (queued, offered) each.
fn add_queued(counts: &mut ImportCounts, batches: Vec<(u64, u64)>) {
    for (queued, offered) in batches {
        counts.imported += queued;
        counts.skipped += offered - queued;
    }
}

/// Checks the source label: it is stored and shown with each review.
pub fn check_source(source: &str) -> Result<String, AppError> {
    let source = source.trim().to_ascii_lowercase();
    let fine = !source.is_empty()
        && source.len() <= 40
        && source
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !fine || ["organic", "invited"].contains(&source.as_str()) {
        return Err(AppError::Invalid(FieldError::new(
            "source",
            "invalid_source",
            format!(
                "the source {source:?} cannot label imported reviews: use 1 to 40 letters, \
                 digits, '-' or '_', other than organic and invited"
            ),
        )));
    }
    Ok(source)
}

impl App {
    /// Imports every record of `records` into `business`; replies in the
    /// file are posted as `replier`. Returns the final counts.
    ///
    /// The file is read and checked on a thread of its own, one batch ahead
    /// of the one being stored, so reading and writing overlap.
    pub async fn import_reviews(
        &self,
        business: &Business,
        replier: &User,
        records: Records,
        mapping: &Mapping,
        options: &ImportOptions,
        observer: &mut dyn ImportObserver,
    ) -> Result<ImportCounts, AppError> {
        if replier.org_id != business.org_id {
            return Err(AppError::Forbidden(
                "the replier belongs to another organisation",
            ));
        }
        let sizes = batch_plan(options.batch_size, !options.defer_analysis);
        let prepare = if options.defer_analysis {
            reader::Prepare::Queue {
                business_id: business.id.clone(),
                backend: self.store().backend(),
            }
        } else {
            reader::Prepare::Rows
        };
        let mut batches = reader::spawn(
            records,
            mapping.clone(),
            options.source.clone(),
            sizes,
            prepare,
        );
        let source = options.source.as_str();
        if !options.defer_analysis {
            return self
                .judge_and_store(business, &replier.id, source, batches, observer)
                .await;
        }
        let mut queuing = queue::Queuing::open(self.store(), business, &replier.id, source).await?;
        let mut counts = ImportCounts::default();
        loop {
            let batch = batches
                .recv()
                .await
                .ok_or_else(|| AppError::Internal("the import file's reader stopped".into()))??;
            counts.read += batch.read;
            counts.rejected += batch.rejects.len() as u64;
            for reject in &batch.rejects {
                observer.rejected(reject)?;
            }
            if let Some(queue) = batch.queue {
                // What is stored already is left out.
                add_queued(&mut counts, queuing.start(queue).await?);
            }
            observer.progress(&counts);
            if batch.finished {
                add_queued(&mut counts, queuing.finish().await?);
                observer.progress(&counts);
                return Ok(counts);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_BATCH_SIZE, batch_plan};

    fn first(batch_size: usize, ramp: bool, count: usize) -> Vec<usize> {
        batch_plan(batch_size, ramp).take(count).collect()
    }

    #[test]
    fn full_analysis_starts_small_and_doubles_to_the_batch_size() {
        assert_eq!(
            first(20_000, true, 7),
            [1_250, 2_500, 5_000, 10_000, 20_000, 20_000, 20_000]
        );
        assert_eq!(first(50, true, 6), [3, 6, 12, 24, 48, 50]);
        assert_eq!(first(1, true, 3), [1, 1, 1]);
    }

    #[test]
    fn deferred_imports_and_oversized_batches_keep_one_size() {
        assert_eq!(first(5_000, false, 3), [5_000, 5_000, 5_000]);
        assert_eq!(first(10 * MAX_BATCH_SIZE, false, 2), [MAX_BATCH_SIZE; 2]);
        assert_eq!(first(0, false, 2), [1, 1]);
    }
}
