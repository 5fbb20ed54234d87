//! Consumers' reviews: submit, edit with the private link, read, vote.

use candor_core::{
    FieldError, ReviewDraft, ReviewFilter, ReviewInput, ReviewQuery, ReviewStatus, validate,
};
use candor_store::{
    Business, NewReview, ReplyRevision, Review, ReviewCursor, ReviewPage, ReviewRevision,
    ReviewWithReply, StatusEvent,
};

use crate::behaviour::{self, Origin};
use crate::secrets::{new_token, same_hash, token_hash};
use crate::{App, AppError, now_ms};
use crate::{duplicates, text, trust};

/// Reviews per page on the public page and the list API.
pub const PAGE_SIZE: u32 = 20;

/// A stored review and the private token that lets its author edit it.
#[derive(Debug, Clone)]
pub struct SubmittedReview {
    pub business: Business,
    pub review: Review,
    pub edit_token: String,
    /// Why it was (or was not) published at once.
    pub screening: candor_trust::Screening,
}

/// A review with everything its own page shows.
#[derive(Debug, Clone)]
pub struct ReviewDetail {
    pub business: Business,
    pub item: ReviewWithReply,
    pub revisions: Vec<ReviewRevision>,
    pub reply_revisions: Vec<ReplyRevision>,
    pub status_events: Vec<StatusEvent>,
    pub analysis: Option<candor_store::ReviewAnalysis>,
}

/// Analyses a review's text and, when the writer declared no language,
/// records the detected one (if detection was confident).
pub(crate) async fn analyze_draft(
    app: &App,
    business_id: &str,
    draft: &mut ReviewDraft,
) -> Result<candor_text::Analysis, AppError> {
    let analyses = text::analyze_all(app, business_id, vec![describe(draft)]).await?;
    let analysis = analyses
        .into_iter()
        .next()
        .ok_or_else(|| AppError::Internal("no analysis".into()))?;
    fill_language(draft, &analysis);
    Ok(analysis)
}

pub(crate) fn describe(draft: &ReviewDraft) -> (String, Option<String>, u8) {
    let declared = draft.language.as_ref().map(|l| l.as_str().to_string());
    (
        text::review_text(&draft.title, &draft.body),
        declared,
        draft.rating.get(),
    )
}

/// [`describe`] of a stored review.
pub(crate) fn describe_review(review: &candor_store::Review) -> (String, Option<String>, u8) {
    (
        text::review_text(&review.title, &review.body),
        review.language.as_ref().map(|l| l.as_str().to_string()),
        review.rating.get(),
    )
}

pub(crate) fn fill_language(draft: &mut ReviewDraft, analysis: &candor_text::Analysis) {
    if draft.language.is_none() && analysis.language != candor_text::UNDETERMINED {
        draft.language = candor_core::Language::parse(&analysis.language).ok();
    }
}

fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

impl App {
    /// Stores a new review of the business `slug`: published at once, or
    /// held or rejected by its screening (kept either way). No address or
    /// device is known (imports, tests): only the e-mail limit applies.
    pub async fn submit_review(
        &self,
        slug: &str,
        input: &ReviewInput,
        source: &str,
    ) -> Result<SubmittedReview, AppError> {
        self.submit_review_from(slug, input, source, &Origin::default())
            .await
    }

    /// Like `submit_review`, from a known sender (rate limits, behaviour).
    pub async fn submit_review_from(
        &self,
        slug: &str,
        input: &ReviewInput,
        source: &str,
        origin: &Origin,
    ) -> Result<SubmittedReview, AppError> {
        self.submit_with(slug, input, source, origin, None).await
    }

    /// A review written through invitation `invitation_id`: labelled
    /// `invited`, and the invitation used up in the same transaction (a
    /// second use fails and stores nothing).
    pub(crate) async fn submit_review_invited(
        &self,
        slug: &str,
        input: &ReviewInput,
        origin: &Origin,
        invitation_id: &str,
    ) -> Result<SubmittedReview, AppError> {
        self.submit_with(slug, input, "invited", origin, Some(invitation_id))
            .await
    }

    async fn submit_with(
        &self,
        slug: &str,
        input: &ReviewInput,
        source: &str,
        origin: &Origin,
        invitation_id: Option<&str>,
    ) -> Result<SubmittedReview, AppError> {
        let business = self.business(slug).await?;
        let mut draft = ReviewDraft::parse(input, today())?;
        let email = draft.author_email.as_str().to_string();
        self.check_rate_limits(origin, &email).await?;
        let analysis = analyze_draft(self, &business.id, &mut draft).await?;
        let behaviour = self
            .behaviour_findings(&business, &email, draft.rating.get(), origin)
            .await?;
        let (screening, fingerprint) = self
            .screen_review(&business.id, &email, None, &draft, behaviour)
            .await?;
        let edit_token = new_token("cne_");
        let deadline_hours = self.deadline_hours(&business, draft.rating.get()).await?;
        let open_case_at = self.recovery_threshold(&business).await?;
        let now = now_ms();
        let mut tx = self.store().begin().await?;
        let mut review = tx
            .insert_review(
                NewReview {
                    business_id: &business.id,
                    draft: &draft,
                    status: trust::initial_status(&screening),
                    source,
                    edit_token_hash: &token_hash(&edit_token),
                },
                now,
            )
            .await?;
        let (ip_hash, device_hash) = behaviour::origin_hashes(origin);
        tx.set_review_origin(&review.id, &ip_hash, &device_hash)
            .await?;
        if input.testimonial_consent {
            tx.set_testimonial_consent(&review.id, now).await?;
        }
        if let Some(invitation) = invitation_id
            && !tx
                .mark_invitation_reviewed(invitation, &review.id, now)
                .await?
        {
            return Err(AppError::Conflict(
                "this invitation has been used: thank you for your review".into(),
            ));
        }
        if let Some((status, reason)) = trust::moderation_of(&screening) {
            review = tx
                .set_review_status(&review, status, &reason, trust::SCREENING_ACTOR, now)
                .await?;
        }
        tx.save_screening(&business.id, &trust::stored(&review, &screening, now))
            .await?;
        let words = i64::try_from(fingerprint.words).unwrap_or(i64::MAX);
        tx.save_fingerprint(
            &duplicates::stored(&review, &fingerprint),
            words,
            &duplicates::band_columns(&fingerprint),
        )
        .await?;
        tx.save_analysis(&business.id, &text::stored(self, &review, &analysis, now))
            .await?;
        if review.status != ReviewStatus::Removed {
            self.schedule_review_jobs(&mut tx, &review, deadline_hours)
                .await?;
            // A held review may be spam: no one is contacted about it.
            if review.status == ReviewStatus::Published
                && i64::from(review.rating.get()) <= open_case_at
            {
                tx.open_case(
                    &business.id,
                    &review.id,
                    review.rating.get().into(),
                    None,
                    now,
                )
                .await?;
            }
        }
        tx.bump_business_version(&business.id).await?;
        tx.commit().await?;
        self.search_changed();
        tracing::info!(review = %review.id, business = %business.slug, "review submitted");
        Ok(SubmittedReview {
            business,
            review,
            edit_token,
            screening,
        })
    }

    /// The review behind a private edit link, if the token matches.
    pub async fn review_for_editing(
        &self,
        review_id: &str,
        token: &str,
    ) -> Result<Review, AppError> {
        let stored = self
            .store()
            .edit_token_hash(review_id)
            .await?
            .ok_or(AppError::NotFound("review"))?;
        if !same_hash(&stored, &token_hash(token)) {
            return Err(AppError::Forbidden(
                "the edit link is not valid for this review",
            ));
        }
        let item = self.store().review_by_id(review_id).await?;
        item.map(|i| i.review).ok_or(AppError::NotFound("review"))
    }

    /// Stores a new revision written through the private edit link.
    pub async fn edit_review(
        &self,
        review_id: &str,
        token: &str,
        input: &ReviewInput,
    ) -> Result<Review, AppError> {
        let current = self.review_for_editing(review_id, token).await?;
        self.revise_by_author(current, input).await
    }

    /// Stores the author's new version of `current` (through the edit link or
    /// a recovery case's answer link). An edit made after the business
    /// answered, publicly or privately, is labelled so on the public page.
    pub(crate) async fn revise_by_author(
        &self,
        current: Review,
        input: &ReviewInput,
    ) -> Result<Review, AppError> {
        let responded = self.store().business_responded(&current.id).await?;
        let mut input = input.clone();
        // The address stays the one given first: an edit link must not move a review to someone else.
        input.author_email = current.author_email.clone();
        let mut draft = ReviewDraft::parse(&input, today())?;
        let analysis = analyze_draft(self, &current.business_id, &mut draft).await?;
        let (screening, fingerprint) = self
            .screen_review(
                &current.business_id,
                &current.author_email,
                Some(&current.id),
                &draft,
                Vec::new(),
            )
            .await?;
        let now = now_ms();
        let mut tx = self.store().begin().await?;
        let mut review = tx.revise_review(&current, &draft, now).await?;
        // An edit can take a published review off the page; it never puts a
        // held or removed one back (that is a moderator's call).
        if review.status == ReviewStatus::Published
            && let Some((status, reason)) = trust::moderation_of(&screening)
        {
            review = tx
                .set_review_status(&review, status, &reason, trust::SCREENING_ACTOR, now)
                .await?;
        }
        tx.save_screening(
            &review.business_id,
            &trust::stored(&review, &screening, now),
        )
        .await?;
        let words = i64::try_from(fingerprint.words).unwrap_or(i64::MAX);
        tx.save_fingerprint(
            &duplicates::stored(&review, &fingerprint),
            words,
            &duplicates::band_columns(&fingerprint),
        )
        .await?;
        tx.save_analysis(
            &review.business_id,
            &text::stored(self, &review, &analysis, now),
        )
        .await?;
        if responded {
            tx.mark_updated_after_response(&review.id, now).await?;
            review = tx.review(&review.id).await?;
        }
        tx.bump_business_version(&review.business_id).await?;
        tx.commit().await?;
        self.search_changed();
        Ok(review)
    }

    /// One page of a business's published reviews.
    pub async fn public_reviews(
        &self,
        business: &Business,
        query: &ReviewQuery,
    ) -> Result<(ReviewFilter, ReviewPage), AppError> {
        let filter = ReviewFilter::parse(query)?;
        let cursor = parse_cursor(query, &filter)?;
        let page = self
            .store()
            .list_reviews(&business.id, &filter, cursor.as_ref(), PAGE_SIZE, false)
            .await?;
        Ok((filter, page))
    }

    /// The most helpful critical (1-3 stars) and positive (4-5) reviews.
    pub async fn spotlights(
        &self,
        business: &Business,
    ) -> Result<(Option<ReviewWithReply>, Option<ReviewWithReply>), AppError> {
        let critical = self.store().spotlight(&business.id, true).await?;
        let positive = self.store().spotlight(&business.id, false).await?;
        Ok((critical, positive))
    }

    /// A review's public page: pending reviews are not public yet.
    pub async fn review_detail(&self, review_id: &str) -> Result<ReviewDetail, AppError> {
        let item = self
            .store()
            .review_by_id(review_id)
            .await?
            .filter(|item| item.review.status != ReviewStatus::Pending)
            .ok_or(AppError::NotFound("review"))?;
        let business = self
            .store()
            .business_by_id(&item.review.business_id)
            .await?
            .ok_or(AppError::NotFound("business"))?;
        let revisions = self.store().review_revisions(review_id).await?;
        let reply_revisions = match &item.reply {
            Some(reply) => self.store().reply_revisions(&reply.id).await?,
            None => Vec::new(),
        };
        let status_events = self.store().status_events(review_id).await?;
        let analysis = self
            .store()
            .analyses(std::slice::from_ref(&item.review.id))
            .await?
            .pop();
        Ok(ReviewDetail {
            business,
            item,
            revisions,
            reply_revisions,
            status_events,
            analysis,
        })
    }

    /// Counts a "helpful" vote; false when this visitor had voted already.
    pub async fn vote_helpful(
        &self,
        review_id: &str,
        voter_key: &str,
    ) -> Result<(Review, bool), AppError> {
        let review = self
            .store()
            .review_by_id(review_id)
            .await?
            .map(|item| item.review)
            .filter(|review| review.status == ReviewStatus::Published)
            .ok_or(AppError::NotFound("review"))?;
        let mut tx = self.store().begin().await?;
        let counted = tx
            .add_helpful_vote(&review.id, &review.business_id, voter_key, now_ms())
            .await?;
        if counted {
            tx.bump_business_version(&review.business_id).await?;
        }
        tx.commit().await?;
        Ok((review, counted))
    }

    /// Platform moderation (CLI): set a review's status with a reason. A
    /// business cannot do this to its own reviews; it can only reply.
    pub async fn moderate_review(
        &self,
        review_id: &str,
        status: ReviewStatus,
        reason: &str,
        actor: &str,
    ) -> Result<Review, AppError> {
        let reason = validate::text(
            "reason",
            reason,
            true,
            candor_core::review::MAX_REASON_CHARS,
        )?;
        let review = self
            .store()
            .review_by_id(review_id)
            .await?
            .map(|item| item.review)
            .ok_or(AppError::NotFound("review"))?;
        let mut tx = self.store().begin().await?;
        let review = tx
            .set_review_status(&review, status, &reason, actor, now_ms())
            .await?;
        tx.bump_business_version(&review.business_id).await?;
        tx.commit().await?;
        self.search_changed();
        Ok(review)
    }
}

pub(crate) fn parse_cursor(
    query: &ReviewQuery,
    filter: &ReviewFilter,
) -> Result<Option<ReviewCursor>, AppError> {
    match query
        .cursor
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        None => Ok(None),
        Some(raw) => ReviewCursor::parse(raw, filter.sort)
            .map(Some)
            .ok_or_else(|| {
                FieldError::new(
                    "cursor",
                    "invalid_cursor",
                    "cursor is not one this list handed out",
                )
                .into()
            }),
    }
}
