//! The organisation's businesses side by side (the agency view), from the
//! same day rollups as each business's dashboard, plus the organisation's
//! total. Per business over the range: reviews, mean stars, the share of
//! 1-2 star reviews, the share replied to, ambassadors and detractors, the
//! score as of the range's end, the perfection zone, the open incidents and
//! the monthly mean stars for a sparkline.

use candor_insights::perfection::{Zone, perfection};
use candor_store::{Business, DayRow};

use super::dashboard::{range_figures, score_as_of, segments_of, trend};
use super::period::{InsightFilter, Period};
use crate::{App, AppError, User};

#[derive(Debug, Clone)]
pub struct BusinessRow {
    /// `None` for the organisation's total row.
    pub business: Option<Business>,
    pub score: f64,
    pub reviews: u64,
    pub mean: Option<f64>,
    pub negative_share: Option<f64>,
    pub replied_share: Option<f64>,
    pub ambassadors: u64,
    pub detractors: u64,
    pub zone: Zone,
    pub open_incidents: usize,
    pub monthly_means: Vec<Option<f64>>,
}

#[derive(Debug, Clone)]
pub struct OrganisationDashboard {
    pub filter: InsightFilter,
    pub rows: Vec<BusinessRow>,
    pub total: BusinessRow,
    pub backlog: i64,
}

impl App {
    pub async fn organisation_dashboard(
        &self,
        actor: &User,
        filter: &InsightFilter,
    ) -> Result<OrganisationDashboard, AppError> {
        let businesses = self.staff_businesses(actor).await?;
        let refreshed = self
            .refresh_insights(super::dashboard::REFRESH_BUDGET)
            .await?;
        let ids: Vec<String> = businesses.iter().map(|b| b.id.clone()).collect();
        let mut all = filter.range();
        all.from_day = 0;
        let rows = if ids.is_empty() {
            Vec::new()
        } else {
            self.store().insight_days(&ids, &all).await?
        };
        let mut out = Vec::with_capacity(businesses.len());
        for business in businesses {
            let own: Vec<DayRow> = rows
                .iter()
                .filter(|r| r.business_id == business.id)
                .cloned()
                .collect();
            let open = self
                .store()
                .incidents_of_business(&business.id, true, 100)
                .await?
                .len();
            out.push(self.business_row(Some(business), &own, filter, open));
        }
        let open_total = out.iter().map(|r| r.open_incidents).sum();
        let total = self.business_row(None, &merge_businesses(&rows), filter, open_total);
        Ok(OrganisationDashboard {
            filter: filter.clone(),
            rows: out,
            total,
            backlog: refreshed.backlog,
        })
    }

    fn business_row(
        &self,
        business: Option<Business>,
        rows: &[DayRow],
        filter: &InsightFilter,
        open_incidents: usize,
    ) -> BusinessRow {
        let range = range_figures(rows, filter);
        let segments = segments_of(rows, filter);
        let share = |part: u64| (range.reviews > 0).then(|| part as f64 / range.reviews as f64);
        let monthly = InsightFilter {
            period: Period::Month,
            ..filter.clone()
        };
        BusinessRow {
            business,
            score: score_as_of(self, rows, filter.to_day).score,
            reviews: range.reviews,
            mean: range.mean,
            negative_share: share(range.stars[0] + range.stars[1]),
            replied_share: share(range.replied),
            ambassadors: segments.ambassadors,
            detractors: segments.detractors,
            zone: perfection(range.mean, range.stars).zone,
            open_incidents,
            monthly_means: trend(self, rows, &monthly).iter().map(|p| p.mean).collect(),
        }
    }
}

/// Rows of several businesses summed per day and stars.
fn merge_businesses(rows: &[DayRow]) -> Vec<DayRow> {
    let mut merged: std::collections::BTreeMap<(i64, i64), DayRow> = Default::default();
    for row in rows {
        let entry = merged
            .entry((row.day, row.rating))
            .or_insert_with(|| DayRow {
                business_id: String::new(),
                reviews: 0,
                replied: 0,
                ambassadors: 0,
                detractors: 0,
                ..row.clone()
            });
        entry.reviews += row.reviews;
        entry.replied += row.replied;
        entry.ambassadors += row.ambassadors;
        entry.detractors += row.detractors;
    }
    merged.into_values().collect()
}
