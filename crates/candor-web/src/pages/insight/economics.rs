//! `/dashboard/b/{slug}/economics`: recovery economics (seed 004's 40:1 as
//! a model) with every input shown, its source, and a form to change it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use candor_app::insights::{EconomicsQuery, EconomicsReport, InputSource, percent};
use candor_charts::Series;
use candor_insights::economics::Scenario;
use serde::Deserialize;

use super::{FilterQuery, FilterView, charts};
use crate::extract::{Locale, StaffPage};
use crate::i18n::Tr;
use crate::pages::{error_page, render};
use crate::server::AppState;

/// The page's query: the filter and the model's inputs, all optional.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct EconomicsParams {
    pub from: Option<String>,
    pub to: Option<String>,
    pub language: Option<String>,
    pub target: Option<f64>,
    pub happy_review_probability: Option<f64>,
    pub unhappy_review_probability: Option<f64>,
    pub happy_stars: Option<f64>,
    pub unhappy_stars: Option<f64>,
    pub invited_review_probability: Option<f64>,
    pub recover_share: Option<f64>,
    pub cut_negative_share: Option<f64>,
    pub horizon_months: Option<u32>,
}

impl EconomicsParams {
    pub fn filter(&self) -> FilterQuery {
        FilterQuery {
            from: self.from.clone(),
            to: self.to.clone(),
            language: self.language.clone(),
            period: None,
        }
    }

    pub fn query(&self) -> EconomicsQuery {
        EconomicsQuery {
            target: self.target,
            happy_review_probability: self.happy_review_probability,
            unhappy_review_probability: self.unhappy_review_probability,
            happy_stars: self.happy_stars,
            unhappy_stars: self.unhappy_stars,
            invited_review_probability: self.invited_review_probability,
            recover_share: self.recover_share,
            cut_negative_share: self.cut_negative_share,
            horizon_months: self.horizon_months,
        }
    }
}

pub struct InputRow {
    pub name: &'static str,
    pub label: String,
    pub value: String,
    pub source: String,
}

#[derive(Template)]
#[template(path = "economics.html")]
struct EconomicsPage {
    t: Tr,
    title: String,
    slug: String,
    filter: FilterView,
    headline: String,
    explanation: String,
    debt: String,
    inputs: Vec<InputRow>,
    scenarios: Vec<(String, String)>,
    chart: String,
    recover_share: String,
    cut_negative_share: String,
}

fn source(t: &Tr, s: InputSource) -> String {
    t.get(match s {
        InputSource::Seed => "economics-source-seed",
        InputSource::Measured => "economics-source-measured",
        InputSource::Given => "economics-source-given",
    })
}

fn scenario_name(t: &Tr, s: &Scenario) -> String {
    match s {
        Scenario::Baseline => t.get("economics-scenario-baseline"),
        Scenario::InviteEveryone {
            invited_review_probability,
        } => t.arg(
            "economics-scenario-invite",
            "rate",
            percent(t, Some(*invited_review_probability)),
        ),
        Scenario::RecoverUnhappy { share } => t.arg(
            "economics-scenario-recover",
            "share",
            percent(t, Some(*share)),
        ),
        Scenario::CutNegative { share } => {
            t.arg("economics-scenario-cut", "share", percent(t, Some(*share)))
        }
    }
}

fn input_rows(t: &Tr, r: &EconomicsReport) -> Vec<InputRow> {
    let i = &r.inputs;
    let values = [
        ("target", i.target),
        ("happy_review_probability", i.happy_review_probability),
        ("unhappy_review_probability", i.unhappy_review_probability),
        ("happy_stars", i.happy_stars),
        ("unhappy_stars", i.unhappy_stars),
        ("invited_review_probability", r.invited_review_probability),
    ];
    values
        .iter()
        .zip(r.sources)
        .map(|((name, value), s)| InputRow {
            name,
            label: t.get(&format!("economics-input-{}", name.replace('_', "-"))),
            value: t.decimal(*value, 3).replace(',', "."),
            source: source(t, s),
        })
        .collect()
}

pub fn headline(t: &Tr, r: &EconomicsReport) -> (String, String, String) {
    let i = &r.inputs;
    let headline = t.arg(
        "economics-headline",
        "experiences",
        t.decimal(r.offset.good_experiences, 1),
    );
    let explanation = t.args(
        "economics-explanation",
        &[
            ("reviews", r.offset.reviews_to_stay_above.to_string()),
            ("good", t.decimal(i.happy_stars, 1)),
            ("target", t.decimal(i.target, 1)),
            ("bad", t.decimal(i.unhappy_stars, 1)),
            ("happy", percent(t, Some(i.happy_review_probability))),
            ("unhappy", percent(t, Some(i.unhappy_review_probability))),
            ("balance", t.decimal(r.offset.balance_ratio, 2)),
        ],
    );
    let debt = if r.debt.good_reviews_needed > 0 {
        t.args(
            "economics-debt",
            &[
                ("target", t.decimal(i.target, 1)),
                ("reviews", r.debt.good_reviews_needed.to_string()),
                ("experiences", t.decimal(r.debt.good_experiences_needed, 0)),
            ],
        )
    } else {
        t.args(
            "economics-headroom",
            &[
                ("target", t.decimal(i.target, 1)),
                ("bad", r.debt.headroom_bad_reviews.to_string()),
            ],
        )
    };
    (headline, explanation, debt)
}

pub async fn page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(params): Query<EconomicsParams>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    let result = match params.filter().parse() {
        Ok(filter) => state
            .app
            .economics(&user, &slug, &filter, &params.query())
            .await
            .map(|r| (filter, r)),
        Err(e) => Err(e),
    };
    let (filter, report) = match result {
        Ok(found) => found,
        Err(e) => return error_page(&t, e),
    };
    let (headline, explanation, debt) = headline(&t, &report);
    let months = report.scenarios.first().map_or(0, |s| s.points.len());
    let series: Vec<Series> = report
        .scenarios
        .iter()
        .map(|s| Series {
            label: scenario_name(&t, &s.scenario),
            values: s.points.iter().map(|p| Some(p.expected_mean)).collect(),
        })
        .collect();
    let scenarios = report
        .scenarios
        .iter()
        .map(|s| {
            let last = s.points.last().map_or(0.0, |p| p.expected_mean);
            (scenario_name(&t, &s.scenario), t.decimal(last, 2))
        })
        .collect();
    let view = EconomicsPage {
        title: t.get("economics-title"),
        slug: slug.clone(),
        filter: FilterView::new(&filter, Vec::new()),
        headline,
        explanation,
        debt,
        inputs: input_rows(&t, &report),
        chart: charts::trajectories(&t, months, series),
        scenarios,
        recover_share: params.recover_share.unwrap_or(0.3).to_string(),
        cut_negative_share: params.cut_negative_share.unwrap_or(0.2).to_string(),
        t,
    };
    render(StatusCode::OK, &view)
}
