//! The full-analysis import as two stages that run at once: one checks
//! and judges batches (on every core), the other stores them (one
//! transaction each). A channel of one batch sits between them, so the
//! judging of the next batch never waits for a slow write to finish, nor
//! a write for the judging, and memory stays bounded. The storing stage is
//! a task of its own, on a runtime thread the judging stage does not use:
//! SQLite's writer runs one statement at a time, each sent by that task,
//! so it waited whenever the judging stage's own work held their thread.

use std::collections::{HashSet, VecDeque};

use candor_store::Business;
use tokio::sync::mpsc;

use super::reader::Batches;
use super::rows::ImportRow;
use super::writes::Writes;
use super::{ImportCounts, ImportObserver};
use crate::{App, AppError};

/// What both stages report to: the counts and whoever watches them.
struct Report<'a> {
    counts: ImportCounts,
    observer: &'a mut dyn ImportObserver,
    /// The batches the storing stage has committed.
    committed: mpsc::UnboundedReceiver<Stored>,
}

/// A batch the storing stage committed: its reviews, and how many of them
/// the screening held or removed.
struct Stored {
    imported: u64,
    held: u64,
}

impl Report<'_> {
    fn stored(&mut self, stored: Stored) {
        self.counts.imported += stored.imported;
        self.counts.held += stored.held;
        let counts = self.counts;
        self.observer.progress(&counts);
    }

    /// Reports the batches committed since it last looked, without waiting.
    fn catch_up(&mut self) {
        while let Ok(stored) = self.committed.try_recv() {
            self.stored(stored);
        }
    }
}

/// Judged batches that may not be committed yet: the one in the channel
/// and the one being written. Older ones are committed (the writer takes
/// a batch only after committing the one before), so the database knows
/// their ids.
const UNCOMMITTED: usize = 2;

impl App {
    /// Judges and stores every batch of `batches`; returns the counts.
    pub(super) async fn judge_and_store(
        &self,
        business: &Business,
        replier_id: &str,
        source: &str,
        batches: Batches,
        observer: &mut dyn ImportObserver,
    ) -> Result<ImportCounts, AppError> {
        let (sender, receiver) = mpsc::channel::<Writes>(1);
        let (stored, committed) = mpsc::unbounded_channel();
        let mut report = Report {
            counts: ImportCounts::default(),
            observer,
            committed,
        };
        let writer = tokio::spawn(self.clone().store_stage(receiver, stored));
        let judged = self
            .judge_stage(business, replier_id, source, batches, sender, &mut report)
            .await;
        let written = writer
            .await
            .map_err(|e| AppError::Internal(format!("the import's writer stopped: {e}")));
        // The writer has finished: every batch it committed is in the channel.
        report.catch_up();
        // A failed write stops the judging (its channel closes): report
        // the write's error, the cause.
        written??;
        judged?;
        Ok(report.counts)
    }

    async fn judge_stage(
        &self,
        business: &Business,
        replier_id: &str,
        source: &str,
        mut batches: Batches,
        sender: mpsc::Sender<Writes>,
        report: &mut Report<'_>,
    ) -> Result<(), AppError> {
        let mut uncommitted: VecDeque<HashSet<String>> = VecDeque::new();
        loop {
            let batch = batches
                .recv()
                .await
                .ok_or_else(|| AppError::Internal("the import file's reader stopped".into()))??;
            report.catch_up();
            report.counts.read += batch.read;
            report.counts.rejected += batch.rejects.len() as u64;
            for reject in &batch.rejects {
                report.observer.rejected(reject)?;
            }
            let pending: HashSet<&str> = uncommitted.iter().flatten().map(String::as_str).collect();
            let (judged, skipped) = self
                .check_and_judge(business, replier_id, source, batch.rows, &pending)
                .await?;
            report.counts.skipped += skipped;
            uncommitted.push_back(judged.external_ids().map(str::to_string).collect());
            if uncommitted.len() > UNCOMMITTED {
                uncommitted.pop_front();
            }
            if sender.send(judged).await.is_err() || batch.finished {
                // Closed: the writer stopped on an error it reports.
                return Ok(());
            }
        }
    }

    async fn store_stage(
        self,
        mut receiver: mpsc::Receiver<Writes>,
        committed: mpsc::UnboundedSender<Stored>,
    ) -> Result<(), AppError> {
        while let Some(judged) = receiver.recv().await {
            let held = self.store_judged(&judged).await?;
            let stored = Stored {
                imported: judged.len() as u64,
                held,
            };
            // The receiver outlives this task.
            let _ = committed.send(stored);
            // As the table doubles, so that lookups keep using the whole key.
            self.store().refresh_statistics_if_grown().await?;
        }
        Ok(())
    }
}

impl App {
    /// The rows of a batch not stored yet, ready to store, (nor in `pending`, the ids of
    /// batches judged and maybe not committed yet), screened and analysed;
    /// and how many were dropped.
    async fn check_and_judge(
        &self,
        business: &Business,
        replier_id: &str,
        source: &str,
        rows: Vec<ImportRow>,
        pending: &HashSet<&str>,
    ) -> Result<(Writes, u64), AppError> {
        let (fresh, mut skipped) = self.not_yet_imported(business, source, rows).await?;
        let before = fresh.len();
        let mut rows: Vec<ImportRow> = fresh
            .into_iter()
            .filter(|row| !pending.contains(row.external_id.as_str()))
            .collect();
        skipped += (before - rows.len()) as u64;
        if rows.is_empty() {
            return Ok((Writes::default(), skipped));
        }
        let judged = self.judge_rows(&business.id, &mut rows).await?;
        let batch = self.prepare_writes(business, replier_id, source, rows, judged);
        Ok((batch, skipped))
    }

    /// Drops the rows the business already has from this source, and repeats
    /// within the batch (the first one wins); returns the rest and how many
    /// were dropped.
    async fn not_yet_imported(
        &self,
        business: &Business,
        source: &str,
        rows: Vec<ImportRow>,
    ) -> Result<(Vec<ImportRow>, u64), AppError> {
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
        let dropped = (before - fresh.len()) as u64;
        Ok((fresh, dropped))
    }
}
