//! Topics of a business: the phrases that set its critical reviews apart
//! from its positive ones (`candor_text::topics`), for its staff.

use candor_store::{Business, User};
use candor_text::{Side, TopicDoc, TopicReport};

use crate::{App, AppError};

/// The newest reviews read: enough for stable phrases, bounded in time.
const TOPIC_REVIEWS: i64 = 5_000;
/// Phrases per side and language.
const PHRASES: usize = 15;

impl App {
    /// The topics of one of the actor's businesses.
    pub async fn business_topics(
        &self,
        actor: &User,
        slug: &str,
    ) -> Result<(Business, TopicReport), AppError> {
        let business = self.staff_business(actor, slug).await?;
        let rows = self
            .store()
            .sided_review_texts(&business.id, TOPIC_REVIEWS)
            .await?;
        let analyzer = crate::text::analyzer()?;
        let report = tokio::task::spawn_blocking(move || {
            let texts: Vec<(String, String, String, Side)> = rows
                .into_iter()
                .filter_map(|r| {
                    let side = Side::from_rating(u8::try_from(r.rating).ok()?)?;
                    let text = crate::text::review_text(&r.title, &r.body);
                    Some((r.id, text, r.language.unwrap_or_default(), side))
                })
                .collect();
            let docs: Vec<TopicDoc> = texts
                .iter()
                .map(|(id, text, language, side)| TopicDoc {
                    id,
                    text,
                    language,
                    side: *side,
                })
                .collect();
            candor_text::topics(analyzer, &docs, PHRASES)
        })
        .await
        .map_err(|e| AppError::Internal(format!("topics task: {e}")))?;
        Ok((business, report))
    }
}
