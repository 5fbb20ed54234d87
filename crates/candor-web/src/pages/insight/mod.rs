//! The insight pages of the dashboard (#7): the business dashboard with its
//! charts, recovery economics, promises, root causes, reports and
//! testimonials, and the organisation's businesses side by side. Charts are
//! SVG drawn on the server (`candor-charts`), so they read without
//! JavaScript; every chart has a table or sentence beside it.

pub mod agency;
pub mod causes;
pub mod charts;
pub mod dashboard;
pub mod economics;
pub mod promises;
pub mod reports;
pub mod testimonials;

use candor_app::insights::{InsightFilter, iso};
use serde::Deserialize;

use crate::i18n::Tr;

/// The filter fields every insight page takes from its query string.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FilterQuery {
    pub from: Option<String>,
    pub to: Option<String>,
    pub language: Option<String>,
    pub period: Option<String>,
}

impl FilterQuery {
    pub fn parse(&self) -> Result<InsightFilter, candor_app::AppError> {
        let today = candor_app::now_ms().div_euclid(candor_store::DAY_MS);
        InsightFilter::parse(
            self.from.as_deref(),
            self.to.as_deref(),
            self.language.as_deref(),
            self.period.as_deref(),
            today,
        )
    }
}

/// The filter form's values and the query string that keeps them in links.
pub struct FilterView {
    pub from: String,
    pub to: String,
    pub language: String,
    pub period: String,
    pub languages: Vec<String>,
    pub query: String,
}

impl FilterView {
    pub fn new(filter: &InsightFilter, languages: Vec<String>) -> Self {
        let language = filter.language.clone().unwrap_or_default();
        let query = form_urlencoded::Serializer::new(String::new())
            .append_pair("from", &iso(filter.from_day))
            .append_pair("to", &iso(filter.to_day))
            .append_pair("language", &language)
            .append_pair("period", filter.period.as_str())
            .finish();
        Self {
            from: iso(filter.from_day),
            to: iso(filter.to_day),
            language,
            period: filter.period.as_str().to_string(),
            languages,
            query,
        }
    }
}

/// A month or week label: `2026-11` or `2026-11-23`.
pub fn period_label(day: i64, filter: &InsightFilter) -> String {
    let date = iso(day);
    match filter.period {
        candor_app::insights::Period::Month => date.chars().take(7).collect(),
        candor_app::insights::Period::Week => date,
    }
}

pub fn decimal(t: &Tr, value: Option<f64>, places: usize) -> String {
    value.map_or_else(|| "–".to_string(), |v| t.decimal(v, places))
}
