//! An Akismet-compatible comment spam check, so a blog like the seeds' can
//! use Candor as its comment filter: the same screening as reviews, behind
//! an instance key. Reports of missed spam or false alarms are kept as
//! labelled examples for retraining.

use candor_trust::{Decision, Screening};

use crate::secrets::{new_token, same_hash, token_hash};
use crate::{App, AppError, now_ms};

const KEY_SETTING: &str = "akismet_key_hash";

/// The fields of an Akismet request that Candor reads.
#[derive(Debug, Clone, Default)]
pub struct AkismetComment {
    pub content: String,
    pub author: String,
    pub author_email: String,
    pub author_url: String,
}

impl AkismetComment {
    /// What is screened: the text, with the author's URL and e-mail where
    /// a link or contact detail would show.
    fn text(&self) -> String {
        [&self.content, &self.author_url, &self.author_email]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Akismet's answer: spam or not, and whether it is so blatant that the
/// blog may discard it unseen (`X-akismet-pro-tip: discard`).
#[derive(Debug, Clone, PartialEq)]
pub struct AkismetVerdict {
    pub spam: bool,
    pub discard: bool,
    pub screening: Screening,
}

impl App {
    /// Makes a new instance key (the old one stops working); shown once.
    pub async fn create_akismet_key(&self) -> Result<String, AppError> {
        let key = new_token("cak_");
        let mut tx = self.store().begin().await?;
        tx.set_instance_setting(KEY_SETTING, &token_hash(&key))
            .await?;
        tx.commit().await?;
        Ok(key)
    }

    /// Whether `key` is this instance's Akismet key.
    pub async fn akismet_key_valid(&self, key: &str) -> Result<bool, AppError> {
        let stored = self.store().instance_setting(KEY_SETTING).await?;
        Ok(stored.is_some_and(|hash| !key.is_empty() && same_hash(&token_hash(key), &hash)))
    }

    async fn require_key(&self, key: &str) -> Result<(), AppError> {
        if self.akismet_key_valid(key).await? {
            Ok(())
        } else {
            Err(AppError::Unauthenticated)
        }
    }

    /// `comment-check`: spam when the screening would not publish it.
    pub async fn akismet_check(
        &self,
        key: &str,
        comment: &AkismetComment,
    ) -> Result<AkismetVerdict, AppError> {
        self.require_key(key).await?;
        let screening = self.screen_text(comment.text()).await?;
        Ok(AkismetVerdict {
            spam: screening.decision != Decision::Publish,
            discard: screening.decision == Decision::Reject,
            screening,
        })
    }

    /// `submit-spam` / `submit-ham`: keeps the comment as a labelled example.
    pub async fn akismet_report(
        &self,
        key: &str,
        comment: &AkismetComment,
        spam: bool,
    ) -> Result<(), AppError> {
        self.require_key(key).await?;
        let label = if spam { "spam" } else { "ham" };
        let mut tx = self.store().begin().await?;
        tx.add_spam_example(&comment.text(), label, "akismet", now_ms())
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
