//! Promise matching: a business's live promises as matchers, applied to its
//! reviews when they change and, for a new promise, to every earlier review
//! (a scan that moves on a few hundred reviews per refresh).

use std::sync::Arc;

use candor_store::{InsightSource, Promise, PromiseMatch};
use candor_text::{PromiseMatcher, Verdict};

use crate::text::review_text;
use crate::{App, AppError};

const SCAN_BATCH: i64 = 500;

/// The live promises of one business, ready to match.
#[derive(Clone, Default)]
pub struct BusinessPromises {
    matchers: Arc<Vec<(String, PromiseMatcher)>>,
}

/// Keyword rules per language, as stored (JSON object of lists).
pub fn keyword_pairs(json: &str) -> Vec<(String, Vec<String>)> {
    serde_json::from_str::<std::collections::BTreeMap<String, Vec<String>>>(json)
        .map(|m| m.into_iter().collect())
        .unwrap_or_default()
}

pub fn matcher_of(promise: &Promise) -> Option<PromiseMatcher> {
    PromiseMatcher::new(
        &promise.text,
        &promise.language,
        &keyword_pairs(&promise.keywords),
    )
    .ok()
}

pub fn verdict_name(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Kept => "kept",
        Verdict::Broken => "broken",
        Verdict::Unclear => "unclear",
    }
}

impl BusinessPromises {
    pub async fn load(app: &App, business_id: &str) -> Result<Self, AppError> {
        let promises = app.store().promises(business_id, false).await?;
        Ok(Self::of(&promises))
    }

    pub fn of(promises: &[Promise]) -> Self {
        let matchers = promises
            .iter()
            .filter_map(|p| matcher_of(p).map(|m| (p.id.clone(), m)))
            .collect();
        Self {
            matchers: Arc::new(matchers),
        }
    }

    pub fn ids(&self) -> Vec<String> {
        self.matchers.iter().map(|(id, _)| id.clone()).collect()
    }

    /// Every (promise, review) match among published `reviews`.
    pub fn find_all(&self, reviews: &[InsightSource]) -> Vec<PromiseMatch> {
        let mut found = Vec::new();
        for review in reviews.iter().filter(|r| r.status == "published") {
            let text = review_text(&review.title, &review.body);
            let rating = u8::try_from(review.rating.clamp(1, 5)).unwrap_or(3);
            for (promise_id, matcher) in self.matchers.iter() {
                if let Some(evidence) = matcher.find(&text, &review.language, rating) {
                    found.push(PromiseMatch {
                        promise_id: promise_id.clone(),
                        review_id: review.id.clone(),
                        business_id: review.business_id.clone(),
                        created_at: review.created_at,
                        verdict: verdict_name(evidence.verdict).to_string(),
                        sentence: evidence.sentence,
                    });
                }
            }
        }
        found
    }
}

impl App {
    /// Moves the scan of every new promise on by up to `budget` reviews.
    pub(super) async fn scan_promises(&self, budget: u64) -> Result<(), AppError> {
        for (promise, at, id) in self.store().promises_to_scan().await? {
            let mut after = (at, id);
            let mut read = 0;
            loop {
                let reviews = self
                    .store()
                    .reviews_to_scan(&promise.business_id, (after.0, &after.1), SCAN_BATCH)
                    .await?;
                let done = (reviews.len() as i64) < SCAN_BATCH || read >= budget;
                if let Some(last) = reviews.last() {
                    after = (last.created_at, last.id.clone());
                }
                let one = BusinessPromises::of(std::slice::from_ref(&promise));
                let ids: Vec<String> = reviews.iter().map(|r| r.id.clone()).collect();
                let found = super::cpu(move || one.find_all(&reviews)).await?;
                let mut tx = self.store().begin().await?;
                tx.replace_promise_matches(std::slice::from_ref(&promise.id), &ids, &found)
                    .await?;
                tx.advance_promise_scan(&promise.id, (after.0, &after.1), done)
                    .await?;
                tx.commit().await?;
                read += ids.len() as u64;
                if done {
                    break;
                }
            }
        }
        Ok(())
    }
}
