//! One batch of new reviews: screened and analysed on every core, then
//! stored in one transaction (in the import itself, or by the
//! `import.materialize` job for a deferred import).

use std::sync::Arc;

use candor_core::ReviewStatus;
use candor_store::{
    Business, ImportedReply, ImportedReview, Review, ReviewAnalysis, ReviewScreening, StatusChange,
    Tx,
};
use candor_text::{Analysis, CustomAspects};
use candor_trust::{Screener, Screening};

use super::rows::ImportRow;
use crate::reviews::{describe, fill_language};
use crate::{App, AppError, text, trust};

/// Imported reviews have no edit link: no token's hash is ever this.
const NO_EDIT_TOKEN: &str = "imported";

/// Rows with their screening and analysis, ready to store.
#[derive(Default)]
pub(super) struct JudgedBatch {
    pub rows: Vec<ImportRow>,
    pub judged: Vec<(Screening, Analysis)>,
}

/// A review as analysed: its text, declared language and rating.
pub(super) type Described = (String, Option<String>, u8);

impl App {
    /// Stores judged rows (none of them stored yet) in one transaction;
    /// returns how many the screening held or rejected.
    pub(super) async fn store_judged(
        &self,
        business: &Business,
        replier_id: &str,
        source: &str,
        batch: &JudgedBatch,
    ) -> Result<u64, AppError> {
        if batch.rows.is_empty() {
            return Ok(0);
        }
        let mut tx = self.store().begin().await?;
        let held = self
            .write_judged(
                &mut tx,
                business,
                replier_id,
                source,
                &batch.rows,
                &batch.judged,
            )
            .await?;
        tx.commit().await?;
        self.search_changed();
        Ok(held)
    }

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

    /// Writes judged rows as reviews (with their status from the screening),
    /// revisions, screenings, analyses and replies in `tx`, and applies an
    /// erasure asked for while they waited; returns how many were held or
    /// rejected.
    pub(super) async fn write_judged(
        &self,
        tx: &mut Tx,
        business: &Business,
        replier_id: &str,
        source: &str,
        rows: &[ImportRow],
        judged: &[(Screening, Analysis)],
    ) -> Result<u64, AppError> {
        let now = crate::now_ms();
        let reviews: Vec<Review> = rows
            .iter()
            .zip(judged)
            .map(|(row, (screening, _))| new_review(business, source, row, screening, now))
            .collect();
        let stored: Vec<ImportedReview> = reviews
            .iter()
            .zip(rows)
            .map(|(review, row)| imported(review, row))
            .collect();
        tx.insert_imported_reviews(&stored, now).await?;
        self.save_judgements(tx, &reviews, judged, now).await?;
        // Held and removed reviews were stored so; their histories say why.
        let changes: Vec<StatusChange> = reviews
            .iter()
            .filter_map(|review| {
                Some(StatusChange {
                    review_id: review.id.clone(),
                    business_id: review.business_id.clone(),
                    from_status: ReviewStatus::Pending.as_str().to_string(),
                    to_status: review.status.as_str().to_string(),
                    reason: review.status_reason.clone()?,
                    actor: trust::SCREENING_ACTOR.to_string(),
                    at: now,
                })
            })
            .collect();
        tx.insert_status_changes(&changes).await?;
        let replies: Vec<ImportedReply> = reviews
            .iter()
            .zip(rows)
            .filter_map(|(review, row)| {
                let (body, at) = row.reply.as_ref()?;
                Some(ImportedReply {
                    review_id: review.id.clone(),
                    business_id: business.id.clone(),
                    author_user_id: replier_id.to_string(),
                    body: body.clone(),
                    at: *at,
                })
            })
            .collect();
        tx.insert_imported_replies(&replies).await?;
        // Rare: the reviewer asked to be erased while the row waited in the
        // queue (its address is already the erasure's stand-in).
        for (review, row) in reviews.iter().zip(rows) {
            if let Some(policy) = row.erase {
                let ids = [review.id.clone()];
                tx.erase_reviews(&ids, policy, &review.author_email, now)
                    .await?;
            }
        }
        tx.bump_business_version(&business.id).await?;
        Ok(changes.len() as u64)
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

/// The review as it will be stored, with its status from the screening:
/// published, or held or removed with the reason (`now` then dates it).
fn new_review(
    business: &Business,
    source: &str,
    row: &ImportRow,
    screening: &Screening,
    now: i64,
) -> Review {
    let draft = &row.draft;
    let (status, status_reason, updated_at) = match trust::moderation_of(screening) {
        None => (ReviewStatus::Published, None, row.written_at),
        Some((status, reason)) => (status, Some(reason), now),
    };
    Review {
        id: candor_store::new_id(),
        business_id: business.id.clone(),
        rating: draft.rating,
        title: draft.title.clone(),
        body: draft.body.clone(),
        author_name: draft.author_name.clone(),
        author_email: draft.author_email.as_str().to_string(),
        language: draft.language.clone(),
        experienced_on: draft.experienced_on.map(|d| d.to_string()),
        status,
        status_reason,
        source: source.to_string(),
        revision: 1,
        helpful_count: 0,
        created_at: row.written_at,
        updated_at,
        updated_after_response_at: None,
    }
}

fn imported(review: &Review, row: &ImportRow) -> ImportedReview {
    ImportedReview {
        id: review.id.clone(),
        business_id: review.business_id.clone(),
        rating: i64::from(review.rating.get()),
        title: review.title.clone(),
        body: review.body.clone(),
        author_name: review.author_name.clone(),
        author_email: review.author_email.clone(),
        language: review.language.as_ref().map(|l| l.as_str().to_string()),
        experienced_on: review.experienced_on.clone(),
        status: review.status.as_str().to_string(),
        status_reason: review.status_reason.clone(),
        source: review.source.clone(),
        external_id: row.external_id.clone(),
        edit_token_hash: NO_EDIT_TOKEN.to_string(),
        created_at: review.created_at,
        updated_at: review.updated_at,
        has_reply: row.reply.is_some(),
    }
}
