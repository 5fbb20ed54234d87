//! What storing a judged batch writes, built before its transaction opens
//! (by the judging stage, which has cores to spare), so that the
//! transaction, which holds SQLite's write lock and is the import's
//! slowest step, only runs the statements.

use candor_core::ReviewStatus;
use candor_store::{
    Business, ErasePolicy, ImportedReply, ImportedReview, Review, ReviewAnalysis, ReviewScreening,
    StatusChange, Tx,
};
use candor_text::Analysis;
use candor_trust::Screening;

use super::rows::ImportRow;
use crate::{App, AppError, text, trust};

/// Imported reviews have no edit link: no token's hash is ever this.
const NO_EDIT_TOKEN: &str = "imported";

/// Every row one judged batch of new reviews adds.
#[derive(Default)]
pub(super) struct Writes {
    business_id: String,
    /// When the batch was judged: its screenings and analyses say so.
    now: i64,
    reviews: Vec<ImportedReview>,
    screenings: Vec<ReviewScreening>,
    analyses: Vec<ReviewAnalysis>,
    /// Held and removed reviews are stored so; these say why.
    changes: Vec<StatusChange>,
    replies: Vec<ImportedReply>,
    /// Erasures asked for while rows waited in the import queue.
    erasures: Vec<Erasure>,
}

struct Erasure {
    review_id: String,
    policy: ErasePolicy,
    /// Already the erasure's stand-in address.
    email: String,
}

impl App {
    /// The rows `rows` (none stored yet) and their judgements become, with
    /// the status the screening gave each; replies are posted as
    /// `replier_id`.
    pub(super) fn prepare_writes(
        &self,
        business: &Business,
        replier_id: &str,
        source: &str,
        rows: Vec<ImportRow>,
        judged: Vec<(Screening, Analysis)>,
    ) -> Writes {
        let now = crate::now_ms();
        let mut writes = Writes {
            business_id: business.id.clone(),
            now,
            ..Writes::default()
        };
        for (row, (screening, analysis)) in rows.into_iter().zip(judged) {
            let review = new_review(business, source, &row, &screening, now);
            writes.add(self, &review, &row, (&screening, &analysis), replier_id);
        }
        writes
    }

    /// Stores a judged batch in one transaction; returns how many reviews
    /// the screening held or removed.
    pub(super) async fn store_judged(&self, batch: &Writes) -> Result<u64, AppError> {
        if batch.reviews.is_empty() {
            return Ok(0);
        }
        // The batch's rows point to each other and to the business and the
        // replier, which the bulk insert checks itself.
        let mut tx = self.store().begin_bulk().await?;
        let held = self.write_judged(&mut tx, batch).await?;
        tx.commit().await?;
        self.search_changed();
        Ok(held)
    }

    /// Writes a judged batch in `tx`; returns how many reviews the
    /// screening held or removed.
    pub(super) async fn write_judged(&self, tx: &mut Tx, batch: &Writes) -> Result<u64, AppError> {
        tx.insert_imported_reviews(&batch.reviews, batch.now)
            .await?;
        tx.insert_screenings(&batch.business_id, &batch.screenings)
            .await?;
        tx.insert_analyses(&batch.business_id, &batch.analyses)
            .await?;
        tx.insert_status_changes(&batch.changes).await?;
        tx.insert_imported_replies(&batch.replies).await?;
        for erasure in &batch.erasures {
            let ids = [erasure.review_id.clone()];
            tx.erase_reviews(&ids, erasure.policy, &erasure.email, batch.now)
                .await?;
        }
        tx.bump_business_version(&batch.business_id).await?;
        Ok(batch.changes.len() as u64)
    }
}

impl Writes {
    /// How many reviews the batch adds.
    pub(super) fn len(&self) -> usize {
        self.reviews.len()
    }

    /// The external ids of the reviews it adds.
    pub(super) fn external_ids(&self) -> impl Iterator<Item = &str> {
        self.reviews.iter().map(|r| r.external_id.as_str())
    }

    fn add(
        &mut self,
        app: &App,
        review: &Review,
        row: &ImportRow,
        (screening, analysis): (&Screening, &Analysis),
        replier_id: &str,
    ) {
        let now = self.now;
        self.screenings.push(trust::stored(review, screening, now));
        self.analyses.push(text::stored(app, review, analysis, now));
        if let Some(reason) = &review.status_reason {
            self.changes.push(StatusChange {
                review_id: review.id.clone(),
                business_id: review.business_id.clone(),
                from_status: ReviewStatus::Pending.as_str().to_string(),
                to_status: review.status.as_str().to_string(),
                reason: reason.clone(),
                actor: trust::SCREENING_ACTOR.to_string(),
                at: now,
            });
        }
        if let Some((body, at)) = &row.reply {
            self.replies.push(ImportedReply {
                review_id: review.id.clone(),
                business_id: review.business_id.clone(),
                author_user_id: replier_id.to_string(),
                body: body.clone(),
                at: *at,
            });
        }
        if let Some(policy) = row.erase {
            self.erasures.push(Erasure {
                review_id: review.id.clone(),
                policy,
                email: review.author_email.clone(),
            });
        }
        self.reviews.push(imported(review, row));
    }
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
