//! Screening of reviews before they are published (`candor-trust`): the
//! shipped spam model, the rules and the instance's blocklist. Every
//! decision is stored with its score and reasons; nothing is deleted.

use std::sync::{Arc, OnceLock};

use candor_core::{ReviewDraft, ReviewStatus};
use candor_store::{Review, ReviewScreening};
use candor_trust::{Decision, Finding, Fingerprint, Screener, Screening, SpamModel};

use crate::{App, AppError};

/// The spam model is read once per process (it is about 1 MB of weights).
static SPAM_MODEL: OnceLock<Result<Arc<SpamModel>, String>> = OnceLock::new();

pub(crate) fn shipped_spam_model() -> Result<Arc<SpamModel>, AppError> {
    SPAM_MODEL
        .get_or_init(|| {
            SpamModel::shipped()
                .map(Arc::new)
                .map_err(|e| e.to_string())
        })
        .clone()
        .map_err(|e| AppError::Internal(format!("spam model: {e}")))
}

/// Who made an automated status change, in the status history.
pub(crate) const SCREENING_ACTOR: &str = "screening";

/// The status a new review gets from its screening.
pub(crate) fn initial_status(screening: &Screening) -> ReviewStatus {
    match screening.decision {
        Decision::Publish => ReviewStatus::Published,
        Decision::Hold | Decision::Reject => ReviewStatus::Pending,
    }
}

/// For a review that is not published at once: its status and the reason
/// in words (the finding codes), for the status history.
pub(crate) fn moderation_of(screening: &Screening) -> Option<(ReviewStatus, String)> {
    let codes: Vec<&str> = screening.reasons.iter().map(|r| r.code).collect();
    let codes = codes.join(", ");
    match screening.decision {
        Decision::Publish => None,
        Decision::Hold => Some((
            ReviewStatus::Pending,
            format!("held for moderation: {codes}"),
        )),
        Decision::Reject => Some((
            ReviewStatus::Removed,
            format!("rejected automatically: {codes}"),
        )),
    }
}

pub(crate) fn stored(review: &Review, screening: &Screening, now: i64) -> ReviewScreening {
    ReviewScreening {
        review_id: review.id.clone(),
        revision: review.revision,
        spam_score: screening.spam_score,
        reasons: serde_json::to_string(&screening.reasons).unwrap_or_else(|_| "[]".into()),
        decision: screening.decision.as_str().to_string(),
        screened_at: now,
    }
}

impl App {
    /// The instance's retrained spam model where one won (`candor train
    /// spam`), else the shipped one.
    pub(crate) async fn spam_model(&self) -> Result<Arc<SpamModel>, AppError> {
        self.spam_models.refresh_if_due(self.store()).await;
        match self.spam_models.current() {
            Some(model) => Ok(model),
            None => shipped_spam_model(),
        }
    }

    /// Screens a text against the model, the rules and the blocklist.
    pub async fn screen_text(&self, text: String) -> Result<Screening, AppError> {
        let mut screenings = self.screen_texts(vec![text]).await?;
        screenings
            .pop()
            .ok_or_else(|| AppError::Internal("no screening".into()))
    }

    /// Screens a business's reply (see [`Screener::screen_reply`]).
    pub(crate) async fn screen_reply(&self, text: &str) -> Result<Screening, AppError> {
        let blocklist = self.store().blocked_terms().await?;
        let screener = Screener::new(self.spam_model().await?, self.settings().screening);
        let text = text.to_string();
        tokio::task::spawn_blocking(move || screener.screen_reply(&text, &blocklist))
            .await
            .map_err(|e| AppError::Internal(format!("screening task: {e}")))
    }

    /// Screens several texts, reading the blocklist once.
    pub(crate) async fn screen_texts(
        &self,
        texts: Vec<String>,
    ) -> Result<Vec<Screening>, AppError> {
        let blocklist = self.store().blocked_terms().await?;
        let screener = Screener::new(self.spam_model().await?, self.settings().screening);
        tokio::task::spawn_blocking(move || {
            texts
                .iter()
                .map(|text| screener.screen(text, &blocklist))
                .collect()
        })
        .await
        .map_err(|e| AppError::Internal(format!("screening task: {e}")))
    }

    /// Screens a review's text, with duplicates of it elsewhere counted;
    /// returns its fingerprint too, to store with it. `own` is the review
    /// being edited; `extra` holds behaviour findings.
    pub(crate) async fn screen_review(
        &self,
        business_id: &str,
        author_email: &str,
        own: Option<&str>,
        draft: &ReviewDraft,
        mut extra: Vec<Finding>,
    ) -> Result<(Screening, Fingerprint), AppError> {
        let text = crate::text::review_text(&draft.title, &draft.body);
        let fingerprint = Fingerprint::of_text(&text);
        extra.extend(
            self.duplicate_findings(business_id, author_email, own, &fingerprint)
                .await?,
        );
        let blocklist = self.store().blocked_terms().await?;
        let screener = Screener::new(self.spam_model().await?, self.settings().screening);
        let screening =
            tokio::task::spawn_blocking(move || screener.screen_with(&text, &blocklist, extra))
                .await
                .map_err(|e| AppError::Internal(format!("screening task: {e}")))?;
        Ok((screening, fingerprint))
    }
}

impl App {
    /// Adds a term to the instance-wide blocklist (lowercased, trimmed).
    pub async fn block_term(&self, term: &str, added_by: &str) -> Result<bool, AppError> {
        let term = term.trim().to_lowercase();
        if term.is_empty() || term.chars().count() > 100 {
            return Err(candor_core::FieldError::new(
                "term",
                "invalid_term",
                "a blocked term is 1 to 100 characters",
            )
            .into());
        }
        let mut tx = self.store().begin().await?;
        let added = tx
            .add_blocked_term(&term, added_by, crate::now_ms())
            .await?;
        tx.commit().await?;
        Ok(added)
    }
}
