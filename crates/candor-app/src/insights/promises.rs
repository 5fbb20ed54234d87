//! The promise gap (seed 002: the outer perception a business's marketing
//! creates against the inner reality its customers meet). A business
//! registers its promises; the refresh finds the reviews that speak of each,
//! in any language (`candor_text::PromiseMatcher`: the business's keywords
//! per language, else the promise's concepts in the review's language).
//!
//! Per promise over the range: kept, broken and unclear reviews, and the
//! kept share = kept / (kept + broken), `None` before any verdict; per month
//! the same counts, so the gap can be followed over time.

use std::collections::BTreeMap;

use candor_core::FieldError;
use candor_store::{Business, DAY_MS, Promise, PromiseMatch};
use serde::Deserialize;

use super::matching::matcher_of;
use super::period::{InsightFilter, Period};
use crate::{App, AppError, User, now_ms};

pub const MAX_PROMISES: usize = 50;
const MAX_TEXT: usize = 300;
const MAX_KEYWORDS: usize = 30;
const MAX_KEYWORD: usize = 60;
const EXAMPLES: i64 = 3;

#[derive(Debug, Clone, Deserialize)]
pub struct NewPromise {
    pub text: String,
    pub language: String,
    /// Keyword rules per language (`stem`, `prefix*`, `*suffix`).
    #[serde(default)]
    pub keywords: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct PromiseReport {
    pub promise: Promise,
    /// The concepts Candor found in the promise's text.
    pub concepts: Vec<String>,
    pub kept: u64,
    pub broken: u64,
    pub unclear: u64,
    pub kept_share: Option<f64>,
    /// Per month of the range: (first day, kept, broken, unclear).
    pub months: Vec<(i64, u64, u64, u64)>,
    pub kept_examples: Vec<PromiseMatch>,
    pub broken_examples: Vec<PromiseMatch>,
    /// The scan of the reviews written before the promise has not finished.
    pub scanning: bool,
}

fn invalid(field: &'static str, code: &'static str, message: impl Into<String>) -> AppError {
    AppError::from(FieldError::new(field, code, message))
}

fn checked(new: &NewPromise) -> Result<(String, String, String), AppError> {
    let text = new.text.trim().to_string();
    if text.chars().count() < 3 || text.chars().count() > MAX_TEXT {
        return Err(invalid(
            "text",
            "length",
            "a promise is 3 to 300 characters",
        ));
    }
    let language = candor_core::Language::parse(&new.language)?
        .as_str()
        .to_string();
    let mut keywords = BTreeMap::new();
    for (tag, rules) in &new.keywords {
        let tag = candor_core::Language::parse(tag).map_err(|_| {
            invalid(
                "keywords",
                "invalid_language",
                format!("{tag:?} is not a language"),
            )
        })?;
        if rules.len() > MAX_KEYWORDS {
            return Err(invalid(
                "keywords",
                "too_many",
                "at most 30 keywords per language",
            ));
        }
        let rules: Vec<String> = rules.iter().map(|r| r.trim().to_lowercase()).collect();
        if rules
            .iter()
            .any(|r| r.is_empty() || r.chars().count() > MAX_KEYWORD)
        {
            return Err(invalid(
                "keywords",
                "length",
                "a keyword is 1 to 60 characters",
            ));
        }
        keywords.insert(tag.as_str().to_string(), rules);
    }
    let json = serde_json::to_string(&keywords)
        .map_err(|e| AppError::Internal(format!("promise keywords: {e}")))?;
    Ok((text, language, json))
}

impl App {
    async fn promise_business(&self, actor: &User, slug: &str) -> Result<Business, AppError> {
        let business = self.staff_business(actor, slug).await?;
        if !actor.role.can_manage() {
            return Err(AppError::Forbidden(
                "only managers and owners change promises",
            ));
        }
        Ok(business)
    }

    /// Registers a promise; the next refreshes match the earlier reviews.
    pub async fn add_promise(
        &self,
        actor: &User,
        slug: &str,
        new: &NewPromise,
    ) -> Result<Promise, AppError> {
        let business = self.promise_business(actor, slug).await?;
        let (text, language, keywords) = checked(new)?;
        let promise = Promise {
            id: candor_store::new_id(),
            business_id: business.id.clone(),
            text,
            language,
            keywords,
            created_at: now_ms(),
            archived_at: None,
        };
        if matcher_of(&promise).is_none() {
            return Err(invalid(
                "text",
                "unmatchable",
                "Candor found no word it can look for in this promise; add keywords",
            ));
        }
        if self.store().promises(&business.id, false).await?.len() >= MAX_PROMISES {
            return Err(invalid(
                "text",
                "too_many",
                "at most 50 live promises per business",
            ));
        }
        let mut tx = self.store().begin().await?;
        tx.insert_promise(&promise).await?;
        tx.commit().await?;
        Ok(promise)
    }

    pub async fn archive_promise(
        &self,
        actor: &User,
        slug: &str,
        id: &str,
    ) -> Result<(), AppError> {
        let business = self.promise_business(actor, slug).await?;
        let found = self.store().promise(id).await?;
        if found.is_none_or(|p| p.business_id != business.id) {
            return Err(AppError::NotFound("promise"));
        }
        let mut tx = self.store().begin().await?;
        tx.archive_promise(id, now_ms()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every live promise of the business with its verdicts over the range.
    pub async fn promise_reports(
        &self,
        actor: &User,
        slug: &str,
        filter: &InsightFilter,
    ) -> Result<(Business, Vec<PromiseReport>), AppError> {
        let business = self.staff_business(actor, slug).await?;
        self.refresh_insights(super::dashboard::REFRESH_BUDGET)
            .await?;
        let scanning: Vec<String> = self
            .store()
            .promises_to_scan()
            .await?
            .into_iter()
            .map(|(p, _, _)| p.id)
            .collect();
        let mut reports = Vec::new();
        for promise in self.store().promises(&business.id, false).await? {
            let is_scanning = scanning.contains(&promise.id);
            reports.push(self.promise_report(promise, filter, is_scanning).await?);
        }
        Ok((business, reports))
    }

    async fn promise_report(
        &self,
        promise: Promise,
        filter: &InsightFilter,
        scanning: bool,
    ) -> Result<PromiseReport, AppError> {
        let store = self.store();
        let verdicts = store
            .promise_verdicts(
                &promise.id,
                filter.from_day * DAY_MS,
                (filter.to_day + 1) * DAY_MS,
            )
            .await?;
        let months = monthly(&verdicts, filter);
        let sum = |k: usize| months.iter().map(|m| [m.1, m.2, m.3][k]).sum::<u64>();
        let (kept, broken, unclear) = (sum(0), sum(1), sum(2));
        Ok(PromiseReport {
            concepts: matcher_of(&promise)
                .map(|m| m.concepts())
                .unwrap_or_default(),
            kept_examples: store
                .promise_examples(&promise.id, "kept", EXAMPLES)
                .await?,
            broken_examples: store
                .promise_examples(&promise.id, "broken", EXAMPLES)
                .await?,
            kept_share: (kept + broken > 0).then(|| kept as f64 / (kept + broken) as f64),
            kept,
            broken,
            unclear,
            months,
            scanning,
            promise,
        })
    }
}

fn monthly(verdicts: &[(i64, String)], filter: &InsightFilter) -> Vec<(i64, u64, u64, u64)> {
    let mut months: Vec<(i64, u64, u64, u64)> = Period::Month
        .starts(filter.from_day, filter.to_day)
        .into_iter()
        .map(|start| (start, 0, 0, 0))
        .collect();
    for (at, verdict) in verdicts {
        let start = Period::Month.start(at.div_euclid(DAY_MS));
        if let Some(month) = months.iter_mut().find(|m| m.0 == start) {
            match verdict.as_str() {
                "kept" => month.1 += 1,
                "broken" => month.2 += 1,
                _ => month.3 += 1,
            }
        }
    }
    months
}
