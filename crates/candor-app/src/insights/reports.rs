//! A business's report for a period (for owners and investors): the
//! dashboard's score, trend, distribution, response and recovery figures,
//! the most praised and most criticised aspects, and the most helpful
//! positive and critical reviews. Staff read it in the dashboard; a share
//! link (`/report/{token}`, only the token's SHA-256 is kept, revocable)
//! shows it to anyone holding the link.

use candor_store::{Business, DAY_MS, ReportLink, Review};

use super::dashboard::{AspectShare, Dashboard};
use super::period::InsightFilter;
use crate::secrets::{new_token, token_hash};
use crate::{App, AppError, User, now_ms};

const QUOTES: i64 = 3;
/// An aspect counts as praise or complaint from this many mentions.
const MIN_MENTIONS: i64 = 3;

#[derive(Debug, Clone)]
pub struct Report {
    pub dashboard: Dashboard,
    /// Aspects with the lowest negative share, most mentioned first.
    pub praise: Vec<AspectShare>,
    /// Aspects with the highest negative share.
    pub complaints: Vec<AspectShare>,
    pub top_positive: Vec<Review>,
    pub top_critical: Vec<Review>,
}

/// A new share link: the token is shown once, here.
#[derive(Debug, Clone)]
pub struct ReportShare {
    pub link: ReportLink,
    pub token: String,
}

impl App {
    pub async fn report(
        &self,
        actor: &User,
        slug: &str,
        filter: &InsightFilter,
    ) -> Result<Report, AppError> {
        let business = self.staff_business(actor, slug).await?;
        self.report_of(business, filter).await
    }

    /// The report for the instance's operator (`candor report`), who holds
    /// the whole database anyway.
    pub async fn operator_report(
        &self,
        slug: &str,
        filter: &InsightFilter,
    ) -> Result<Report, AppError> {
        let business = self.business(slug).await?;
        self.report_of(business, filter).await
    }

    async fn report_of(
        &self,
        business: Business,
        filter: &InsightFilter,
    ) -> Result<Report, AppError> {
        let period = (filter.from_day * DAY_MS, (filter.to_day + 1) * DAY_MS);
        let store = self.store();
        let top_positive = store
            .top_reviews(&business.id, period, (4, 5), QUOTES)
            .await?;
        let top_critical = store
            .top_reviews(&business.id, period, (1, 2), QUOTES)
            .await?;
        let dashboard = self.dashboard_of(business, filter).await?;
        let mut praise: Vec<AspectShare> = dashboard
            .aspects
            .iter()
            .filter(|a| a.mentions >= MIN_MENTIONS && a.share < 0.5)
            .cloned()
            .collect();
        praise.sort_by(|a, b| {
            a.share
                .total_cmp(&b.share)
                .then(b.mentions.cmp(&a.mentions))
        });
        praise.truncate(5);
        let complaints = dashboard
            .aspects
            .iter()
            .filter(|a| a.mentions >= MIN_MENTIONS && a.share >= 0.5)
            .take(5)
            .cloned()
            .collect();
        Ok(Report {
            dashboard,
            praise,
            complaints,
            top_positive,
            top_critical,
        })
    }

    /// Makes a share link for the report of `filter`'s period.
    pub async fn share_report(
        &self,
        actor: &User,
        slug: &str,
        filter: &InsightFilter,
    ) -> Result<ReportShare, AppError> {
        let business = self.staff_business(actor, slug).await?;
        if !actor.role.can_manage() {
            return Err(AppError::Forbidden(
                "only managers and owners share reports",
            ));
        }
        let token = new_token("rp_");
        let link = ReportLink {
            id: candor_store::new_id(),
            business_id: business.id,
            period_from: filter.from_day,
            period_to: filter.to_day,
            created_by: actor.id.clone(),
            created_at: now_ms(),
            revoked_at: None,
        };
        let mut tx = self.store().begin().await?;
        tx.insert_report_link(&link, &token_hash(&token)).await?;
        tx.commit().await?;
        Ok(ReportShare { link, token })
    }

    pub async fn report_links(
        &self,
        actor: &User,
        slug: &str,
    ) -> Result<Vec<ReportLink>, AppError> {
        let business = self.staff_business(actor, slug).await?;
        Ok(self.store().report_links(&business.id).await?)
    }

    pub async fn revoke_report_link(
        &self,
        actor: &User,
        slug: &str,
        id: &str,
    ) -> Result<(), AppError> {
        let business = self.staff_business(actor, slug).await?;
        if !actor.role.can_manage() {
            return Err(AppError::Forbidden(
                "only managers and owners revoke report links",
            ));
        }
        let mut tx = self.store().begin().await?;
        let revoked = tx.revoke_report_link(&business.id, id, now_ms()).await?;
        tx.commit().await?;
        if revoked {
            Ok(())
        } else {
            Err(AppError::NotFound("report link"))
        }
    }

    /// The report a share link points at; a wrong or revoked token is "not
    /// found", whatever the reason.
    pub async fn shared_report(&self, token: &str) -> Result<Report, AppError> {
        let link = self
            .store()
            .report_link_by_hash(&token_hash(token))
            .await?
            .ok_or(AppError::NotFound("report"))?;
        let business = self
            .store()
            .business_by_id(&link.business_id)
            .await?
            .ok_or(AppError::NotFound("report"))?;
        let filter = InsightFilter {
            from_day: link.period_from,
            to_day: link.period_to,
            language: None,
            period: super::period::Period::Month,
        };
        self.report_of(business, &filter).await
    }
}
