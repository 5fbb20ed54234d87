//! One batch of new reviews screened and analysed on every core, for the
//! import itself or the `import.materialize` job of a deferred import
//! (`writes.rs` stores it).

use candor_store::{Review, ReviewAnalysis, ReviewScreening, Tx};
use candor_text::Analysis;
use candor_trust::{Screener, Screening};

use super::judging_threads;
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

    /// Screens and analyses texts of one business on every core, in order.
    pub(super) async fn screen_and_analyse(
        &self,
        business_id: &str,
        described: Vec<Described>,
    ) -> Result<Vec<(Screening, Analysis)>, AppError> {
        self.sentiment_models.refresh_if_due(self.store()).await;
        let custom = self.custom_aspects(business_id).await?;
        let blocklist = self.store().blocked_terms().await?;
        let screener = Screener::new(self.spam_model().await?, self.settings().screening);
        let analyzer = text::analyzer()?;
        judging_threads::judge_all(described, move |(text, declared, rating)| {
            (
                screener.screen(text, &blocklist),
                analyzer.analyze_with(text, declared.as_deref(), Some(*rating), custom.as_ref()),
            )
        })
        .await
    }
}
