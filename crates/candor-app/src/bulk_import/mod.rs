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
//!   in the batch, or later by the `import.analyze` job (`defer_analysis`),
//!   in which case it stays unpublished until screened.
//! - Imported history opens no recovery case and sends no e-mail.

mod analysis;
mod deferred;
mod mapping;
mod records;
mod rows;

use candor_core::FieldError;
use candor_store::{Business, User};
use serde::Serialize;

pub use deferred::IMPORT_ANALYSIS_JOB;
pub use mapping::{Mapping, Preset};
pub use records::{Format, ReadError, Records, Unreadable};
use rows::{ImportRow, parse_row};
pub use rows::{is_placeholder_email, parse_time};

use crate::{App, AppError};

/// Reviews per batch (one transaction) unless told otherwise.
pub const DEFAULT_BATCH_SIZE: usize = 5_000;
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
    pub async fn import_reviews(
        &self,
        business: &Business,
        replier: &User,
        records: &mut Records,
        mapping: &Mapping,
        options: &ImportOptions,
        observer: &mut dyn ImportObserver,
    ) -> Result<ImportCounts, AppError> {
        if replier.org_id != business.org_id {
            return Err(AppError::Forbidden(
                "the replier belongs to another organisation",
            ));
        }
        let batch_size = options.batch_size.clamp(1, MAX_BATCH_SIZE);
        let mut counts = ImportCounts::default();
        let mut batches: u64 = 0;
        loop {
            let (rows, finished) =
                read_batch(records, mapping, options, batch_size, &mut counts, observer)?;
            let fresh = self
                .not_yet_imported(business, &options.source, rows, &mut counts)
                .await?;
            if !fresh.is_empty() {
                counts.held += self
                    .store_batch(
                        business,
                        replier,
                        &options.source,
                        fresh,
                        options.defer_analysis,
                    )
                    .await?;
            }
            observer.progress(&counts);
            if finished {
                return Ok(counts);
            }
            batches += 1;
            // As the table doubles, so that lookups keep using the whole key.
            if batches.is_power_of_two() {
                self.store().refresh_statistics().await?;
            }
        }
    }

    /// Drops the rows the business already has from this source, and repeats
    /// within the batch (the first one wins).
    async fn not_yet_imported(
        &self,
        business: &Business,
        source: &str,
        rows: Vec<ImportRow>,
        counts: &mut ImportCounts,
    ) -> Result<Vec<ImportRow>, AppError> {
        let ids: Vec<String> = rows.iter().map(|r| r.external_id.clone()).collect();
        let mut seen = self
            .store()
            .existing_external_ids(&business.id, source, &ids)
            .await?;
        let before = rows.len();
        let fresh: Vec<ImportRow> = rows
            .into_iter()
            .filter(|row| seen.insert(row.external_id.clone()))
            .collect();
        counts.skipped += (before - fresh.len()) as u64;
        counts.imported += fresh.len() as u64;
        Ok(fresh)
    }
}

/// Reads up to `batch_size` good rows, reporting the bad ones; `true` once
/// the file is finished.
fn read_batch(
    records: &mut Records,
    mapping: &Mapping,
    options: &ImportOptions,
    batch_size: usize,
    counts: &mut ImportCounts,
    observer: &mut dyn ImportObserver,
) -> Result<(Vec<ImportRow>, bool), AppError> {
    let now = crate::now_ms();
    let today = chrono::Utc::now().date_naive();
    let mut rows = Vec::with_capacity(batch_size);
    while rows.len() < batch_size {
        let record = match records.next_record() {
            None => return Ok((rows, true)),
            Some(Ok(record)) => record,
            Some(Err(ReadError::Fatal(reason))) => {
                return Err(AppError::Invalid(FieldError::new(
                    "input",
                    "unreadable",
                    reason,
                )));
            }
            Some(Err(ReadError::Unreadable(bad))) => {
                counts.read += 1;
                counts.rejected += 1;
                observer.rejected(&Reject {
                    line: bad.line,
                    external_id: None,
                    reason: bad.reason,
                })?;
                continue;
            }
        };
        counts.read += 1;
        match parse_row(&record, mapping, &options.source, now, today) {
            Ok(row) => rows.push(row),
            Err(reason) => {
                counts.rejected += 1;
                let external_id = mapping.external_id.as_deref().and_then(|c| record.get(c));
                observer.rejected(&Reject {
                    line: record.line,
                    external_id,
                    reason,
                })?;
            }
        }
    }
    Ok((rows, false))
}
