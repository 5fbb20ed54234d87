//! Staff replies and the staff view of reviews.

use candor_core::{ReplyDraft, ReviewQuery, ReviewStatus};
use candor_store::{
    Business, Reply, ReplyScreening, Review, ReviewPage, ReviewWithReply, Tx, User,
};
use candor_trust::{Decision, Screening};

use crate::reviews::{PAGE_SIZE, parse_cursor};
use crate::{App, AppError, now_ms};

impl App {
    /// Posts or edits the public reply to a review of the actor's organisation.
    pub async fn reply(
        &self,
        actor: &User,
        review_id: &str,
        body: &str,
    ) -> Result<(Reply, bool), AppError> {
        let draft = ReplyDraft::parse(body)?;
        let item = self.staff_review(actor, review_id).await?;
        if item.review.status == ReviewStatus::Removed {
            return Err(AppError::Conflict(
                "a removed review cannot be answered".into(),
            ));
        }
        let screening = self.screen_reply(&draft.body).await?;
        let mut record = screening_record(&item.review, actor, &draft.body, &screening);
        let mut tx = self.store().begin().await?;
        if screening.decision == Decision::Reject {
            // Refused, but kept with its reasons: nothing written is lost.
            tx.save_reply_screening(&record).await?;
            tx.commit().await?;
            return Err(refusal(&screening).into());
        }
        let (reply, created) = write_reply(&mut tx, &item.review, actor, &mut record).await?;
        tx.bump_business_version(&item.review.business_id).await?;
        tx.commit().await?;
        self.search_changed();
        Ok((reply, created))
    }

    /// A review of a business of the actor's organisation; any other is "not found".
    pub async fn staff_review(
        &self,
        actor: &User,
        review_id: &str,
    ) -> Result<ReviewWithReply, AppError> {
        let item = self
            .store()
            .review_by_id(review_id)
            .await?
            .ok_or(AppError::NotFound("review"))?;
        let business = self
            .store()
            .business_by_id(&item.review.business_id)
            .await?;
        match business {
            Some(b) if b.org_id == actor.org_id => Ok(item),
            _ => Err(AppError::NotFound("review")),
        }
    }

    /// The text analyses of the reviews on a page, by review id.
    pub async fn analyses_of(
        &self,
        page: &ReviewPage,
    ) -> Result<Vec<candor_store::ReviewAnalysis>, AppError> {
        let ids: Vec<String> = page.items.iter().map(|i| i.review.id.clone()).collect();
        Ok(self.store().analyses(&ids).await?)
    }

    /// The latest screening of each review on a page.
    pub async fn screenings_of(
        &self,
        page: &ReviewPage,
    ) -> Result<Vec<candor_store::ReviewScreening>, AppError> {
        let ids: Vec<String> = page.items.iter().map(|i| i.review.id.clone()).collect();
        let mut all = self.store().screenings(&ids).await?;
        // Newest revision first, then keep one per review.
        all.sort_by(|a, b| (&a.review_id, b.revision).cmp(&(&b.review_id, a.revision)));
        all.dedup_by(|later, first| later.review_id == first.review_id);
        Ok(all)
    }

    /// The staff list of a business's reviews, pending ones included.
    pub async fn staff_reviews(
        &self,
        actor: &User,
        slug: &str,
        query: &ReviewQuery,
    ) -> Result<(Business, ReviewPage), AppError> {
        let business = self.staff_business(actor, slug).await?;
        let filter = candor_core::ReviewFilter::parse(query)?;
        let cursor = parse_cursor(query, &filter)?;
        let page = self
            .store()
            .list_reviews(&business.id, &filter, cursor.as_ref(), PAGE_SIZE, true)
            .await?;
        Ok((business, page))
    }
}

/// The stored screening of a reply `body` to `review` by `actor`.
pub(crate) fn screening_record(
    review: &Review,
    actor: &User,
    body: &str,
    screening: &Screening,
) -> ReplyScreening {
    let mut record = ReplyScreening::new(&review.id, &review.business_id, &actor.id, body);
    record.spam_score = screening.spam_score;
    record.reasons = serde_json::to_string(&screening.reasons).unwrap_or_else(|_| "[]".into());
    record.decision = screening.decision.as_str().to_string();
    record.screened_at = now_ms();
    record
}

/// Writes an accepted reply and its screening in `tx`.
pub(crate) async fn write_reply(
    tx: &mut Tx,
    review: &Review,
    actor: &User,
    record: &mut ReplyScreening,
) -> Result<(Reply, bool), AppError> {
    let (reply, created) = tx
        .upsert_reply(
            &review.id,
            &review.business_id,
            &actor.id,
            &record.body,
            record.screened_at,
        )
        .await?;
    record.reply_id = Some(reply.id.clone());
    record.revision = Some(reply.revision);
    tx.save_reply_screening(record).await?;
    Ok((reply, created))
}

/// The 422 a refused reply gets, naming every reason.
fn refusal(screening: &Screening) -> candor_core::FieldError {
    let reasons: Vec<String> = screening
        .reasons
        .iter()
        .map(|r| format!("{} ({})", r.code, r.detail))
        .collect();
    candor_core::FieldError::new(
        "body",
        "reply_refused",
        format!(
            "the reply was not published: {}; it is kept for the moderators",
            reasons.join(", ")
        ),
    )
}
