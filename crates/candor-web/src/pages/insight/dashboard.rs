//! `/dashboard/b/{slug}/insights`: score and trend, the star distribution
//! over time, response and recovery, aspects by negative share, segments
//! and word-of-mouth reach, the perfection signal and open incidents.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use candor_app::insights::{Dashboard, recovery_lines};
use candor_insights::segments::{ReachParams, reach};
use serde::Deserialize;

use super::{FilterQuery, FilterView, charts, decimal, period_label};
use crate::extract::{Locale, StaffPage};
use crate::i18n::Tr;
use crate::pages::{error_page, render};
use crate::server::AppState;

#[derive(Debug, Deserialize)]
pub struct DashboardQuery {
    // Not `#[serde(flatten)]`: flattened query fields lose their types.
    pub from: Option<String>,
    pub to: Option<String>,
    pub language: Option<String>,
    pub period: Option<String>,
    pub unhappy_tell_low: Option<u32>,
    pub unhappy_tell_high: Option<u32>,
    pub happy_tell_low: Option<u32>,
    pub happy_tell_high: Option<u32>,
}

impl DashboardQuery {
    pub fn filter(&self) -> FilterQuery {
        FilterQuery {
            from: self.from.clone(),
            to: self.to.clone(),
            language: self.language.clone(),
            period: self.period.clone(),
        }
    }

    pub fn reach_params(&self) -> ReachParams {
        let d = ReachParams::default();
        ReachParams {
            unhappy_tell_low: self.unhappy_tell_low.unwrap_or(d.unhappy_tell_low),
            unhappy_tell_high: self.unhappy_tell_high.unwrap_or(d.unhappy_tell_high),
            happy_tell_low: self.happy_tell_low.unwrap_or(d.happy_tell_low),
            happy_tell_high: self.happy_tell_high.unwrap_or(d.happy_tell_high),
        }
    }
}

pub struct TrendRow {
    pub label: String,
    pub reviews: u64,
    pub mean: String,
    pub score: String,
    pub ambassadors: u64,
    pub detractors: u64,
}

#[derive(Template)]
#[template(path = "insights.html")]
struct InsightsPage {
    t: Tr,
    title: String,
    slug: String,
    filter: FilterView,
    backlog: i64,
    score: String,
    summary: String,
    perfection: Vec<String>,
    trend_svg: String,
    distribution_svg: String,
    aspects_svg: String,
    trend_rows: Vec<TrendRow>,
    responses: Vec<String>,
    segments: String,
    reach: String,
    reach_params: ReachParams,
    incidents: Vec<(String, String)>,
}

/// The perfection signal in plain words: the zone, then each flag.
pub fn perfection_lines(t: &Tr, d: &Dashboard) -> Vec<String> {
    let p = &d.perfection;
    let mut lines = vec![t.arg(
        &format!("perfection-{}", p.zone.as_str()),
        "mean",
        decimal(t, p.mean, 2),
    )];
    lines.extend(
        p.flags
            .iter()
            .map(|f| t.get(&format!("perfection-flag-{}", f.as_str()))),
    );
    lines
}

pub fn segment_line(t: &Tr, d: &Dashboard) -> String {
    t.args(
        "segments-counts",
        &[
            ("ambassadors", d.segments.ambassadors.to_string()),
            ("detractors", d.segments.detractors.to_string()),
            ("indifferent", d.segments.indifferent.to_string()),
        ],
    )
}

fn reach_line(t: &Tr, d: &Dashboard, params: &ReachParams) -> Result<String, String> {
    let r = reach(&d.segments, params).map_err(|e| e.to_string())?;
    Ok(t.args(
        "segments-reach",
        &[
            ("dlow", r.detractors_low.to_string()),
            ("dhigh", r.detractors_high.to_string()),
            ("alow", r.ambassadors_low.to_string()),
            ("ahigh", r.ambassadors_high.to_string()),
        ],
    ))
}

pub async fn page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<DashboardQuery>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    let result = match query.filter().parse() {
        Ok(filter) => state.app.dashboard(&user, &slug, &filter).await,
        Err(e) => Err(e),
    };
    let d = match result {
        Ok(d) => d,
        Err(e) => return error_page(&t, e),
    };
    let params = query.reach_params();
    let reach = reach_line(&t, &d, &params).unwrap_or_else(|e| e);
    let view = InsightsPage {
        title: t.arg("insights-title", "business", d.business.name.as_str()),
        slug: d.business.slug.clone(),
        filter: FilterView::new(&d.filter, d.languages.clone()),
        backlog: d.backlog,
        score: t.decimal(d.score.score, 2),
        summary: t.args(
            "insights-summary",
            &[
                ("reviews", d.range.reviews.to_string()),
                ("mean", decimal(&t, d.range.mean, 2)),
                ("all", d.score.count.to_string()),
            ],
        ),
        perfection: perfection_lines(&t, &d),
        trend_svg: charts::trend(&t, &d),
        distribution_svg: charts::distribution(&t, &d),
        aspects_svg: charts::aspects(&t, &d.aspects),
        trend_rows: d
            .trend
            .iter()
            .map(|p| TrendRow {
                label: period_label(p.start_day, &d.filter),
                reviews: p.reviews,
                mean: decimal(&t, p.mean, 2),
                score: decimal(&t, p.score, 2),
                ambassadors: p.ambassadors,
                detractors: p.detractors,
            })
            .collect(),
        responses: recovery_lines(&d.recovery, &t),
        segments: segment_line(&t, &d),
        reach,
        reach_params: params,
        incidents: d
            .open_incidents
            .iter()
            .map(|i| {
                (
                    i.id.clone(),
                    t.args(
                        "insights-incident",
                        &[
                            ("aspect", candor_app::insights::aspect_label(&t, &i.aspect)),
                            ("reviews", i.observed.to_string()),
                        ],
                    ),
                )
            })
            .collect(),
        t,
    };
    render(StatusCode::OK, &view)
}
