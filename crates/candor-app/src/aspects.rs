//! A business's own aspects: managed by its owners and managers, used when
//! its reviews are analysed, and applied to the reviews it already has.

use std::collections::BTreeMap;

use candor_core::FieldError;
use candor_store::{Business, BusinessAspect, User};
use candor_text::{ANY_LANGUAGE, ASPECTS, CustomAspect, CustomAspects, keyword_problem};

use crate::{App, AppError, now_ms};

/// Aspects one business may define.
pub const MAX_CUSTOM_ASPECTS: usize = 30;
/// Keywords per language of one aspect.
pub const MAX_KEYWORDS: usize = 50;
/// Reviews re-analysed per transaction.
const REANALYSIS_BATCH: i64 = 200;

fn invalid(field: &'static str, code: &'static str, message: impl Into<String>) -> AppError {
    FieldError::new(field, code, message).into()
}

/// An aspect id: lowercase letters, digits and `_`, not a built-in aspect.
fn check_id(id: &str) -> Result<(), AppError> {
    let well_formed = (2..=40).contains(&id.len())
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if !well_formed {
        return Err(invalid(
            "aspect",
            "invalid_aspect",
            "an aspect id is 2 to 40 lowercase letters, digits or _, starting with a letter",
        ));
    }
    if ASPECTS.contains(&id) {
        return Err(invalid(
            "aspect",
            "built_in_aspect",
            format!("{id} is a built-in aspect; choose another id"),
        ));
    }
    Ok(())
}

fn check_keywords(keywords: &BTreeMap<String, Vec<String>>) -> Result<(), AppError> {
    let known = |l: &str| {
        candor_text::LANGUAGES.contains(&l) || matches!(l, "nb" | "nn") || l == ANY_LANGUAGE
    };
    if keywords.values().all(Vec::is_empty) {
        return Err(invalid("keywords", "required", "give at least one keyword"));
    }
    for (language, words) in keywords {
        if !known(language) {
            return Err(invalid(
                "keywords",
                "unknown_language",
                format!(
                    "keywords are listed under en, de, da, no, ru, sw or any, not {language:?}"
                ),
            ));
        }
        if words.len() > MAX_KEYWORDS {
            return Err(invalid(
                "keywords",
                "too_many",
                format!("at most {MAX_KEYWORDS} keywords per language"),
            ));
        }
        if let Some((word, problem)) = words
            .iter()
            .find_map(|w| keyword_problem(w).map(|p| (w, p)))
        {
            return Err(invalid(
                "keywords",
                "invalid_keyword",
                format!("{word:?}: {problem}"),
            ));
        }
    }
    Ok(())
}

fn parse_stored(stored: &BusinessAspect) -> CustomAspect {
    CustomAspect {
        id: stored.aspect.clone(),
        keywords: serde_json::from_str(&stored.keywords).unwrap_or_default(),
    }
}

impl App {
    /// The aspects a business defined, as stored.
    pub async fn custom_aspect_list(
        &self,
        business_id: &str,
    ) -> Result<Vec<CustomAspect>, AppError> {
        let stored = self.store().business_aspects(business_id).await?;
        Ok(stored.iter().map(parse_stored).collect())
    }

    /// The matchers of a business's aspects (`None` when it has none).
    pub(crate) async fn custom_aspects(
        &self,
        business_id: &str,
    ) -> Result<Option<CustomAspects>, AppError> {
        let list = self.custom_aspect_list(business_id).await?;
        Ok((!list.is_empty()).then(|| CustomAspects::new(&list)))
    }

    /// The aspects of one of the actor's businesses.
    pub async fn business_aspects(
        &self,
        actor: &User,
        slug: &str,
    ) -> Result<(Business, Vec<CustomAspect>), AppError> {
        let business = self.staff_business(actor, slug).await?;
        let list = self.custom_aspect_list(&business.id).await?;
        Ok((business, list))
    }

    async fn managed_business(&self, actor: &User, slug: &str) -> Result<Business, AppError> {
        let business = self.staff_business(actor, slug).await?;
        if !actor.role.can_manage() {
            return Err(AppError::Forbidden(
                "only managers and owners change aspects",
            ));
        }
        Ok(business)
    }

    /// Creates or replaces an aspect, then re-analyses the business's
    /// reviews with it. Returns the number of reviews re-analysed.
    pub async fn set_business_aspect(
        &self,
        actor: &User,
        slug: &str,
        aspect: &str,
        keywords: &BTreeMap<String, Vec<String>>,
    ) -> Result<u64, AppError> {
        let business = self.managed_business(actor, slug).await?;
        check_id(aspect)?;
        check_keywords(keywords)?;
        let existing = self.custom_aspect_list(&business.id).await?;
        if existing.len() >= MAX_CUSTOM_ASPECTS && !existing.iter().any(|a| a.id == aspect) {
            return Err(invalid(
                "aspect",
                "too_many",
                format!("a business has at most {MAX_CUSTOM_ASPECTS} aspects of its own"),
            ));
        }
        let json =
            serde_json::to_string(keywords).map_err(|e| AppError::Internal(e.to_string()))?;
        let mut tx = self.store().begin().await?;
        tx.upsert_business_aspect(&business.id, aspect, &json, now_ms())
            .await?;
        tx.commit().await?;
        self.reanalyze_business(&business).await
    }

    /// Removes an aspect and re-analyses the business's reviews without it.
    pub async fn delete_business_aspect(
        &self,
        actor: &User,
        slug: &str,
        aspect: &str,
    ) -> Result<u64, AppError> {
        let business = self.managed_business(actor, slug).await?;
        let mut tx = self.store().begin().await?;
        if !tx.delete_business_aspect(&business.id, aspect).await? {
            return Err(AppError::NotFound("aspect"));
        }
        tx.commit().await?;
        self.reanalyze_business(&business).await
    }

    /// Analyses every review of a business again, in batches of one
    /// transaction each, so a long run keeps what it has done.
    pub async fn reanalyze_business(&self, business: &Business) -> Result<u64, AppError> {
        let custom = self.custom_aspects(&business.id).await?;
        let custom = std::sync::Arc::new(custom);
        let mut after = String::new();
        let mut done = 0u64;
        loop {
            let reviews = self
                .store()
                .reviews_after(&business.id, &after, REANALYSIS_BATCH)
                .await?;
            let Some(last) = reviews.last() else { break };
            after = last.id.clone();
            done += self
                .reanalyze_batch(business, reviews, custom.clone())
                .await?;
        }
        self.search_changed();
        Ok(done)
    }
}

impl App {
    async fn reanalyze_batch(
        &self,
        business: &Business,
        reviews: Vec<candor_store::Review>,
        custom: std::sync::Arc<Option<CustomAspects>>,
    ) -> Result<u64, AppError> {
        let items: Vec<(String, Option<String>, u8)> = reviews
            .iter()
            .map(|r| {
                let text = crate::text::review_text(&r.title, &r.body);
                let language = r.language.as_ref().map(|l| l.as_str().to_string());
                (text, language, r.rating.get())
            })
            .collect();
        let analyses = crate::text::analyze_all_with(self, items, custom).await?;
        let now = now_ms();
        let mut tx = self.store().begin().await?;
        for (review, analysis) in reviews.iter().zip(&analyses) {
            let row = crate::text::stored(self, review, analysis, now);
            tx.save_analysis(&business.id, &row).await?;
            tx.touch_review(&review.id, now).await?;
        }
        tx.commit().await?;
        Ok(u64::try_from(reviews.len()).unwrap_or_default())
    }
}
