//! A reviewer's rights over their data: everything the instance holds about
//! them (by e-mail, across every business), and its erasure. What erasure
//! leaves is the instance's policy: anonymised reviews (rating and text,
//! nobody's name) or reviews taken down with their text blanked.

use std::collections::HashMap;

use candor_store::{ErasePolicy, ExportRow};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::export::ExportedReview;
use crate::{App, AppError};

#[derive(Debug, Serialize)]
pub struct ReviewerExport {
    pub email: String,
    pub exported_at: i64,
    pub reviews: Vec<ExportedReview>,
    /// What they and the businesses wrote to each other in recovery cases.
    pub case_messages: Vec<serde_json::Value>,
    /// Imported reviews of theirs still waiting in the import queue to be
    /// screened and stored.
    pub queued_imports: Vec<serde_json::Value>,
}

impl App {
    /// Everything held about the reviewer writing as `email`.
    pub async fn export_reviewer(&self, email: &str) -> Result<ReviewerExport, AppError> {
        let email = checked_email(email)?;
        let items = self.store().reviews_by_author_email(&email).await?;
        let mut reviews = Vec::with_capacity(items.len());
        let mut case_messages = Vec::new();
        for item in items {
            let business = self
                .store()
                .business_by_id(&item.review.business_id)
                .await?
                .ok_or(AppError::NotFound("business"))?;
            for case in self.store().cases_of_review(&item.review.id).await? {
                for message in self.store().case_messages(&case.id).await? {
                    case_messages.push(serde_json::json!({
                        "business": business.slug, "review_id": item.review.id,
                        "direction": message.direction.as_str(), "body": message.body,
                        "language": message.language, "at": message.created_at,
                    }));
                }
            }
            let row = ExportRow {
                item,
                external_id: None,
            };
            reviews.push(self.exported_review(&business.slug, &row).await?);
        }
        let queued_imports = self.queued_imports_of(&email).await?;
        Ok(ReviewerExport {
            email,
            exported_at: crate::now_ms(),
            reviews,
            case_messages,
            queued_imports,
        })
    }

    async fn queued_imports_of(&self, email: &str) -> Result<Vec<serde_json::Value>, AppError> {
        let mut slugs: HashMap<String, String> = HashMap::new();
        let mut found = Vec::new();
        for queued in self.store().queued_imports_by_email(email).await? {
            if !slugs.contains_key(&queued.business_id) {
                let business = self
                    .store()
                    .business_by_id(&queued.business_id)
                    .await?
                    .ok_or(AppError::NotFound("business"))?;
                slugs.insert(queued.business_id.clone(), business.slug);
            }
            found.push(serde_json::json!({
                "business": slugs[&queued.business_id], "source": queued.source,
                "external_id": queued.external_id, "rating": queued.rating,
                "title": queued.title, "body": queued.body,
                "author_name": queued.author_name, "language": queued.language,
                "experienced_on": queued.experienced_on, "written_at": queued.written_at,
                "reply": queued.reply.as_ref().map(|(body, _)| body),
            }));
        }
        Ok(found)
    }

    /// Erases the reviewer writing as `email` from every review they wrote,
    /// and from their imported reviews still queued, in one transaction;
    /// returns how many reviews were touched. Running it again finds nothing
    /// (the address is gone).
    pub async fn erase_reviewer(
        &self,
        email: &str,
        policy: ErasePolicy,
    ) -> Result<usize, AppError> {
        let email = checked_email(email)?;
        let items = self.store().reviews_by_author_email(&email).await?;
        let ids: Vec<String> = items.iter().map(|i| i.review.id.clone()).collect();
        // One stand-in per erasure, so the erased reviews still count as one
        // reviewer's (rate limits, the reviewer graph) without saying whose.
        let salt = crate::secrets::new_token("erase_");
        let digest = Sha256::digest(format!("{salt}\0{email}").as_bytes());
        let stand_in = format!("erased-{}@erased.invalid", hex::encode(&digest[..8]));
        let mut tx = self.store().begin().await?;
        // Queued imports are erased as they are stored.
        let queued = tx.erase_queued_imports(&email, policy, &stand_in).await?;
        if ids.is_empty() {
            tx.commit().await?;
            return Ok(queued as usize);
        }
        tx.erase_reviews(&ids, policy, &stand_in, crate::now_ms())
            .await?;
        let mut businesses: Vec<&str> = items
            .iter()
            .map(|i| i.review.business_id.as_str())
            .collect();
        businesses.sort_unstable();
        businesses.dedup();
        for business_id in businesses {
            tx.bump_business_version(business_id).await?;
        }
        tx.commit().await?;
        self.search_changed();
        Ok(ids.len() + queued as usize)
    }
}

fn checked_email(email: &str) -> Result<String, AppError> {
    Ok(candor_core::Email::parse("email", email)?
        .as_str()
        .to_string())
}
