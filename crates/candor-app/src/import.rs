//! Reviews that arrive with their own history (demo data, generated load,
//! and later bulk imports): written at a given time, possibly edited,
//! answered and voted on, stored in batches with one transaction per batch.

use candor_core::{ReviewDraft, ReviewInput};
use candor_store::{Business, NewReview, User};

use crate::reviews::{describe, fill_language};
use crate::secrets::{new_token, token_hash};
use crate::{App, AppError};
use crate::{text, trust};

/// One review with what happened to it afterwards.
#[derive(Debug, Clone)]
pub struct ImportItem {
    pub input: ReviewInput,
    pub written_at: i64,
    pub source: String,
    /// A later version by the reviewer, and when it was written.
    pub edit: Option<(ReviewInput, i64)>,
    /// The business's reply, and when it was posted.
    pub reply: Option<(String, i64)>,
    /// An edited reply text, and when.
    pub reply_edit: Option<(String, i64)>,
    pub helpful_votes: u32,
}

impl App {
    /// Stores `items` for `business` in one transaction: all or nothing.
    /// Replies are posted as `replier`, who must belong to the business's organisation.
    pub async fn import_batch(
        &self,
        business: &Business,
        replier: &User,
        items: &[ImportItem],
    ) -> Result<usize, AppError> {
        if replier.org_id != business.org_id {
            return Err(AppError::Forbidden(
                "the replier belongs to another organisation",
            ));
        }
        let today = chrono::Utc::now().date_naive();
        let mut drafts = items
            .iter()
            .map(|item| {
                let first = ReviewDraft::parse(&item.input, today)?;
                let edit = item
                    .edit
                    .as_ref()
                    .map(|(input, at)| ReviewDraft::parse(input, today).map(|d| (d, *at)))
                    .transpose()?;
                Ok((first, edit))
            })
            .collect::<Result<Vec<_>, candor_core::FieldError>>()?;
        // Each review is analysed as it finally stands (after its edit, if any).
        let texts = drafts
            .iter()
            .map(|(first, edit)| describe(edit.as_ref().map_or(first, |(d, _)| d)))
            .collect();
        let texts: Vec<(String, Option<String>, u8)> = texts;
        let screenings = self
            .screen_texts(texts.iter().map(|(text, _, _)| text.clone()).collect())
            .await?;
        let analyses = text::analyze_all(self, &business.id, texts).await?;
        for ((first, edit), analysis) in drafts.iter_mut().zip(&analyses) {
            fill_language(first, analysis);
            if let Some((revised, _)) = edit {
                fill_language(revised, analysis);
            }
        }
        let mut tx = self.store().begin().await?;
        let screened = analyses.iter().zip(&screenings);
        for ((item, (draft, edit)), (analysis, screening)) in
            items.iter().zip(&drafts).zip(screened)
        {
            let mut review = tx
                .insert_review(
                    NewReview {
                        business_id: &business.id,
                        draft,
                        status: trust::initial_status(screening),
                        source: &item.source,
                        edit_token_hash: &token_hash(&new_token("cne_")),
                    },
                    item.written_at,
                )
                .await?;
            if let Some((revised, at)) = edit {
                review = tx.revise_review(&review, revised, *at).await?;
            }
            if let Some((status, reason)) = trust::moderation_of(screening) {
                let at = review.updated_at;
                review = tx
                    .set_review_status(&review, status, &reason, trust::SCREENING_ACTOR, at)
                    .await?;
            }
            let at = review.updated_at;
            tx.save_screening(&business.id, &trust::stored(&review, screening, at))
                .await?;
            tx.save_analysis(
                &business.id,
                &text::stored(self, &review, analysis, review.updated_at),
            )
            .await?;
            for (body, at) in item.reply.iter().chain(item.reply_edit.iter()) {
                tx.upsert_reply(&review.id, &business.id, &replier.id, body, *at)
                    .await?;
            }
            for voter in 0..item.helpful_votes {
                let key = format!("import-{voter}");
                tx.add_helpful_vote(&review.id, &business.id, &key, item.written_at)
                    .await?;
            }
        }
        tx.bump_business_version(&business.id).await?;
        tx.commit().await?;
        self.search_changed();
        Ok(items.len())
    }

    /// The owner or another staff member of the business's organisation, to
    /// post imported replies as.
    pub async fn user_by_email(&self, email: &str) -> Result<User, AppError> {
        self.store()
            .user_credentials(email)
            .await?
            .map(|c| c.user)
            .ok_or(AppError::NotFound("user"))
    }

    /// Replaces a staff member's password with a new one-time password.
    pub async fn reset_password(&self, email: &str) -> Result<String, AppError> {
        let user = self.user_by_email(email).await?;
        let password = crate::secrets::new_password();
        let hash = crate::secrets::hash_password(password.clone()).await?;
        let mut tx = self.store().begin().await?;
        tx.set_password_hash(&user.id, &hash).await?;
        tx.commit().await?;
        Ok(password)
    }
}
