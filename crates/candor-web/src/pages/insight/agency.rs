//! `/dashboard/insights`: the organisation's businesses side by side (the
//! agency view), with the organisation's total.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use candor_app::insights::{BusinessRow, percent};
use candor_charts::{ChartText, sparkline};

use super::{FilterQuery, FilterView, decimal};
use crate::extract::{Locale, StaffPage};
use crate::i18n::Tr;
use crate::pages::{error_page, render};
use crate::server::AppState;

pub struct RowView {
    pub slug: String,
    pub name: String,
    pub score: String,
    pub reviews: u64,
    pub mean: String,
    pub negative: String,
    pub replied: String,
    pub ambassadors: u64,
    pub detractors: u64,
    pub zone: String,
    pub incidents: usize,
    pub sparkline: String,
}

#[derive(Template)]
#[template(path = "agency.html")]
struct AgencyPage {
    t: Tr,
    title: String,
    filter: FilterView,
    rows: Vec<RowView>,
    total: RowView,
    backlog: i64,
}

fn row_view(t: &Tr, row: &BusinessRow, index: usize) -> RowView {
    let (slug, name) = match &row.business {
        Some(b) => (b.slug.clone(), b.name.clone()),
        None => (String::new(), t.get("agency-total")),
    };
    let text = ChartText {
        id: format!("spark-{index}"),
        title: t.arg("agency-sparkline", "business", name.as_str()),
        desc: t.get("agency-sparkline-desc"),
        no_data: t.get("insights-no-data"),
    };
    RowView {
        score: t.decimal(row.score, 2),
        reviews: row.reviews,
        mean: decimal(t, row.mean, 2),
        negative: percent(t, row.negative_share),
        replied: percent(t, row.replied_share),
        ambassadors: row.ambassadors,
        detractors: row.detractors,
        zone: t.get(&format!("zone-{}", row.zone.as_str())),
        incidents: row.open_incidents,
        sparkline: sparkline(&text, &row.monthly_means, 1.0, 5.0),
        slug,
        name,
    }
}

pub async fn page(
    State(state): State<AppState>,
    Query(query): Query<FilterQuery>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    let result = match query.parse() {
        Ok(filter) => state.app.organisation_dashboard(&user, &filter).await,
        Err(e) => Err(e),
    };
    let org = match result {
        Ok(org) => org,
        Err(e) => return error_page(&t, e),
    };
    let page = AgencyPage {
        title: t.get("agency-title"),
        filter: FilterView::new(&org.filter, Vec::new()),
        rows: org
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| row_view(&t, r, i))
            .collect(),
        total: row_view(&t, &org.total, org.rows.len()),
        backlog: org.backlog,
        t,
    };
    render(StatusCode::OK, &page)
}
