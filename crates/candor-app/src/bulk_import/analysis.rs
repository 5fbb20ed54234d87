//! One batch of new reviews screened and analysed on every core, for the
//! import itself or the `import.materialize` job of a deferred import
//! (`writes.rs` stores it).

use std::sync::Arc;

use candor_store::{Review, ReviewAnalysis, ReviewScreening, Tx};
use candor_text::{Analysis, CustomAspects};
use candor_trust::{Screener, Screening};

use super::rows::ImportRow;
use crate::reviews::{describe, fill_language};
use crate::{App, AppError, text, trust};

/// A review as analysed: its text, declared language and rating.
pub(super) type Described = (String, Option<String>, u8);

impl App {
    /// Screens and analyses `rows`, filling in the language found where
    /// none was declared. CPU-bound: done before any transaction opens.
    pub(super) async fn judge_rows(
        &self,
        business_id: &str,
        rows: &mut [ImportRow],
    ) -> Result<Vec<(Screening, Analysis)>, AppError> {
        let described = rows.iter().map(|row| describe(&row.draft)).collect();
        let judged = self.screen_and_analyse(business_id, described).await?;
        for (row, (_, analysis)) in rows.iter_mut().zip(&judged) {
            fill_language(&mut row.draft, analysis);
        }
        Ok(judged)
    }

    /// Stores the screenings and analyses of new reviews.
    pub(super) async fn save_judgements(
        &self,
        tx: &mut Tx,
        reviews: &[Review],
        judged: &[(Screening, Analysis)],
        now: i64,
    ) -> Result<(), AppError> {
        let Some(business_id) = reviews.first().map(|r| r.business_id.clone()) else {
            return Ok(());
        };
        let screenings: Vec<ReviewScreening> = reviews
            .iter()
            .zip(judged)
            .map(|(review, (screening, _))| trust::stored(review, screening, now))
            .collect();
        let analyses: Vec<ReviewAnalysis> = reviews
            .iter()
            .zip(judged)
            .map(|(review, (_, analysis))| text::stored(self, review, analysis, now))
            .collect();
        tx.insert_screenings(&business_id, &screenings).await?;
        tx.insert_analyses(&business_id, &analyses).await?;
        Ok(())
    }

    /// Screens and analyses texts of one business on every core.
    pub(super) async fn screen_and_analyse(
        &self,
        business_id: &str,
        described: Vec<Described>,
    ) -> Result<Vec<(Screening, Analysis)>, AppError> {
        self.sentiment_models.refresh_if_due(self.store()).await;
        let custom = Arc::new(self.custom_aspects(business_id).await?);
        let blocklist = Arc::new(self.store().blocked_terms().await?);
        let screener = Arc::new(Screener::new(
            self.spam_model().await?,
            self.settings().screening,
        ));
        let analyzer = text::analyzer()?;
        tokio::task::spawn_blocking(move || {
            judge_in_parallel(
                &described,
                &screener,
                &blocklist,
                analyzer,
                (*custom).as_ref(),
            )
        })
        .await
        .map_err(|e| AppError::Internal(format!("analysis task: {e}")))
    }
}

/// Splits the work over the machine's cores, keeping the order.
fn judge_in_parallel(
    described: &[Described],
    screener: &Screener,
    blocklist: &[String],
    analyzer: &candor_text::Analyzer,
    custom: Option<&CustomAspects>,
) -> Vec<(Screening, Analysis)> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per_thread = described.len().div_ceil(threads).max(1);
    let judge = |chunk: &[Described]| -> Vec<(Screening, Analysis)> {
        chunk
            .iter()
            .map(|(text, declared, rating)| {
                (
                    screener.screen(text, blocklist),
                    analyzer.analyze_with(text, declared.as_deref(), Some(*rating), custom),
                )
            })
            .collect()
    };
    std::thread::scope(|scope| {
        let handles: Vec<_> = described
            .chunks(per_thread)
            .map(|chunk| scope.spawn(move || judge(chunk)))
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}
