//! Businesses and their public figures.

use candor_core::{ScoreBreakdown, Slug, validate};
use candor_store::{Business, User};

use crate::{App, AppError, now_ms};

/// A business with the numbers of its public page.
#[derive(Debug, Clone)]
pub struct BusinessSummary {
    pub business: Business,
    pub score: ScoreBreakdown,
}

impl App {
    /// Creates a business in the organisation named `org_name` (CLI use).
    pub async fn create_business(
        &self,
        org_name: &str,
        slug: &str,
        name: &str,
        website: &str,
    ) -> Result<Business, AppError> {
        let org = self
            .store()
            .organisation_by_name(org_name)
            .await?
            .ok_or(AppError::NotFound("organisation"))?;
        let slug = Slug::parse(slug)?;
        let name = validate::text("name", name, true, 200)?;
        let website = validate::text("website", website, false, 500)?;
        let mut tx = self.store().begin().await?;
        let business = tx
            .insert_business(&org.id, slug.as_str(), &name, &website, now_ms())
            .await?;
        tx.commit().await?;
        Ok(business)
    }

    pub async fn business(&self, slug: &str) -> Result<Business, AppError> {
        self.store()
            .business_by_slug(slug)
            .await?
            .ok_or(AppError::NotFound("business"))
    }

    /// The score, mean, count and distribution of a business, computed now.
    pub async fn summary(&self, business: Business) -> Result<BusinessSummary, AppError> {
        let buckets = self.store().rating_buckets(&business.id, now_ms()).await?;
        let score = ScoreBreakdown::compute(self.settings().score, &buckets);
        Ok(BusinessSummary { business, score })
    }

    pub async fn summary_by_slug(&self, slug: &str) -> Result<BusinessSummary, AppError> {
        let business = self.business(slug).await?;
        self.summary(business).await
    }

    /// The public directory: every business with its figures.
    pub async fn directory(&self) -> Result<Vec<BusinessSummary>, AppError> {
        let mut summaries = Vec::new();
        for business in self.store().all_businesses().await? {
            summaries.push(self.summary(business).await?);
        }
        Ok(summaries)
    }

    /// A business that `actor` may act for. Another organisation's business
    /// answers "not found", exactly like one that does not exist.
    pub async fn staff_business(&self, actor: &User, slug: &str) -> Result<Business, AppError> {
        match self.store().business_by_slug(slug).await? {
            Some(business) if business.org_id == actor.org_id => Ok(business),
            _ => Err(AppError::NotFound("business")),
        }
    }

    pub async fn staff_businesses(&self, actor: &User) -> Result<Vec<Business>, AppError> {
        Ok(self.store().businesses_of_org(&actor.org_id).await?)
    }

    /// The current page version of a business (for caches), if it exists.
    pub async fn page_version(&self, slug: &str) -> Result<Option<i64>, AppError> {
        Ok(self.store().business_version(slug).await?)
    }

    pub async fn review_languages(&self, business: &Business) -> Result<Vec<String>, AppError> {
        let languages = self.store().review_languages(&business.id).await?;
        Ok(languages.into_iter().map(|(code, _)| code).collect())
    }
}
