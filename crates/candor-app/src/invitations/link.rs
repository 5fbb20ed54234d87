//! Behind the invitation link: the review form (opened once, used once),
//! and unsubscribing.

use candor_core::ReviewInput;
use candor_store::{Business, Invitation};

use super::mail::LINK_PREFIX;
use crate::behaviour::Origin;
use crate::reviews::SubmittedReview;
use crate::secrets::token_hash;
use crate::{App, AppError, now_ms};

/// What the customer sees behind their link.
#[derive(Debug, Clone)]
pub struct InvitationPage {
    pub invitation: Invitation,
    pub business: Business,
}

impl InvitationPage {
    /// Whether a review can still be written through the link.
    pub fn usable(&self) -> bool {
        self.invitation.state == "sent"
    }
}

impl App {
    /// The invitation behind a link; the first call records it as opened.
    pub async fn open_invitation(&self, token: &str) -> Result<InvitationPage, AppError> {
        let page = self.invitation_page(token).await?;
        if page.invitation.opened_at.is_none() {
            let mut tx = self.store().begin().await?;
            tx.mark_invitation_opened(&page.invitation.id, now_ms())
                .await?;
            tx.commit().await?;
        }
        Ok(page)
    }

    async fn invitation_page(&self, token: &str) -> Result<InvitationPage, AppError> {
        let not_found = || AppError::NotFound("invitation");
        if !token.starts_with(LINK_PREFIX) {
            return Err(not_found());
        }
        let invitation = self
            .store()
            .invitation_by_token(&token_hash(token))
            .await?
            .ok_or_else(not_found)?;
        let business = self
            .store()
            .business_by_id(&invitation.business_id)
            .await?
            .ok_or_else(not_found)?;
        Ok(InvitationPage {
            invitation,
            business,
        })
    }

    /// A review written through the link: its address is the invited one
    /// (whatever the form says), it is labelled `invited`, and the link is
    /// used up in the review's own transaction.
    pub async fn submit_invited_review(
        &self,
        token: &str,
        input: &ReviewInput,
        origin: &Origin,
    ) -> Result<SubmittedReview, AppError> {
        let page = self.invitation_page(token).await?;
        if !page.usable() {
            return Err(AppError::Conflict(match page.invitation.state.as_str() {
                "reviewed" => "this invitation has been used: thank you for your review".into(),
                _ => "this invitation can no longer be used".into(),
            }));
        }
        let mut input = input.clone();
        input.author_email = page.invitation.email.clone();
        self.submit_review_invited(&page.business.slug, &input, origin, &page.invitation.id)
            .await
    }

    /// Never invites this link's address to review this business again.
    pub async fn unsubscribe_invitation(&self, token: &str) -> Result<InvitationPage, AppError> {
        let page = self.invitation_page(token).await?;
        let mut tx = self.store().begin().await?;
        tx.unsubscribe(&page.business.id, &page.invitation.email, now_ms())
            .await?;
        tx.commit().await?;
        self.invitation_page(token).await
    }
}
