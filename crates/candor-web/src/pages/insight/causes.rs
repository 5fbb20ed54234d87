//! `/dashboard/b/{slug}/causes`: complaints by customer-journey stage, the
//! paths from where problems start to where they end, aspect by stage, and
//! education gaps proposed as FAQ entries.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use candor_app::insights::{EducationGap, RootCauses, aspect_label};

use super::{FilterQuery, FilterView};
use crate::extract::{Locale, StaffPage};
use crate::i18n::Tr;
use crate::pages::{error_page, render};
use crate::server::AppState;

pub struct GapView {
    pub question: String,
    pub complaints: usize,
    pub examples: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "causes.html")]
struct CausesPage {
    t: Tr,
    title: String,
    slug: String,
    filter: FilterView,
    complaints: u64,
    stages: Vec<(String, i64, i64)>,
    paths: Vec<(String, String, i64)>,
    causes: Vec<(String, String, i64)>,
    gaps: Vec<GapView>,
}

pub fn stage_label(t: &Tr, stage: &str) -> String {
    t.get(&format!("stage-{stage}"))
}

/// A proposed FAQ entry: a question template per kind of confusion,
/// naming the aspect when the complaints have one.
pub fn faq_question(t: &Tr, gap: &EducationGap) -> String {
    let topic = gap
        .aspect
        .as_deref()
        .map(|a| aspect_label(t, a))
        .unwrap_or_else(|| t.get("education-topic-product"));
    t.arg(&format!("education-question-{}", gap.kind), "topic", topic)
}

fn view(t: &Tr, r: RootCauses) -> CausesPage {
    CausesPage {
        title: t.arg("causes-title", "business", r.business.name.as_str()),
        slug: r.business.slug.clone(),
        filter: FilterView::new(&r.filter, Vec::new()),
        complaints: r.complaints,
        stages: r
            .stages
            .iter()
            .map(|s| (stage_label(t, &s.stage), s.complaints, s.previous))
            .collect(),
        paths: r
            .paths
            .iter()
            .map(|p| {
                (
                    stage_label(t, &p.start),
                    stage_label(t, &p.end),
                    p.complaints,
                )
            })
            .collect(),
        causes: r
            .causes
            .iter()
            .take(20)
            .map(|c| {
                (
                    aspect_label(t, &c.aspect),
                    stage_label(t, &c.stage),
                    c.complaints,
                )
            })
            .collect(),
        gaps: r
            .education
            .iter()
            .map(|g| GapView {
                question: faq_question(t, g),
                complaints: g.complaints,
                examples: g
                    .examples
                    .iter()
                    .map(|(id, s, _)| (id.clone(), s.clone()))
                    .collect(),
            })
            .collect(),
        t: t.clone(),
    }
}

pub async fn page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<FilterQuery>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    let result = match query.parse() {
        Ok(filter) => state.app.root_causes(&user, &slug, &filter).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(r) => render(StatusCode::OK, &view(&t, r)),
        Err(e) => error_page(&t, e),
    }
}
