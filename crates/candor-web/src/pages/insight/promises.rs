//! `/dashboard/b/{slug}/promises`: the promise gap. Register a promise
//! (text, its language, keywords per language), see how often the reviews
//! that speak of it say it was kept or broken, month by month, with
//! examples.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use candor_app::insights::{NewPromise, PromiseReport, percent};
use serde::Deserialize;

use super::{FilterQuery, FilterView};
use crate::extract::{Locale, StaffPage};
use crate::i18n::Tr;
use crate::pages::{error_page, render};
use crate::server::AppState;

pub struct PromiseView {
    pub id: String,
    pub text: String,
    pub language: String,
    pub concepts: String,
    pub verdict: String,
    pub months: Vec<(String, u64, u64, u64)>,
    pub kept: Vec<(String, String)>,
    pub broken: Vec<(String, String)>,
    pub scanning: bool,
}

#[derive(Template)]
#[template(path = "promises.html")]
struct PromisesPage {
    t: Tr,
    title: String,
    slug: String,
    filter: FilterView,
    promises: Vec<PromiseView>,
}

/// The add form: keywords as `lang: word, word` lines.
#[derive(Debug, Deserialize)]
pub struct PromiseForm {
    pub text: String,
    pub language: String,
    #[serde(default)]
    pub keywords: String,
}

impl PromiseForm {
    pub fn to_new(&self) -> NewPromise {
        let mut keywords = std::collections::BTreeMap::new();
        for line in self.keywords.lines() {
            if let Some((lang, words)) = line.split_once(':') {
                let words: Vec<String> = words
                    .split(',')
                    .map(|w| w.trim().to_string())
                    .filter(|w| !w.is_empty())
                    .collect();
                keywords.insert(lang.trim().to_string(), words);
            }
        }
        NewPromise {
            text: self.text.clone(),
            language: self.language.clone(),
            keywords,
        }
    }
}

pub fn verdict_line(t: &Tr, p: &PromiseReport) -> String {
    t.args(
        "promise-verdict",
        &[
            ("kept", p.kept.to_string()),
            ("broken", p.broken.to_string()),
            ("unclear", p.unclear.to_string()),
            ("share", percent(t, p.kept_share)),
        ],
    )
}

fn view(t: &Tr, p: PromiseReport) -> PromiseView {
    let examples = |list: &[candor_store::PromiseMatch]| {
        list.iter()
            .map(|m| (m.review_id.clone(), m.sentence.clone()))
            .collect()
    };
    PromiseView {
        verdict: verdict_line(t, &p),
        months: p
            .months
            .iter()
            .map(|(day, k, b, u)| {
                (
                    candor_app::insights::iso(*day).chars().take(7).collect(),
                    *k,
                    *b,
                    *u,
                )
            })
            .collect(),
        kept: examples(&p.kept_examples),
        broken: examples(&p.broken_examples),
        concepts: p.concepts.join(", "),
        scanning: p.scanning,
        id: p.promise.id,
        text: p.promise.text,
        language: p.promise.language,
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
        Ok(filter) => state
            .app
            .promise_reports(&user, &slug, &filter)
            .await
            .map(|r| (filter, r)),
        Err(e) => Err(e),
    };
    let (filter, (business, reports)) = match result {
        Ok(found) => found,
        Err(e) => return error_page(&t, e),
    };
    let page = PromisesPage {
        title: t.arg("promises-title", "business", business.name.as_str()),
        slug: business.slug,
        filter: FilterView::new(&filter, Vec::new()),
        promises: reports.into_iter().map(|p| view(&t, p)).collect(),
        t,
    };
    render(StatusCode::OK, &page)
}

pub async fn add(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    Form(form): Form<PromiseForm>,
) -> Response {
    match state.app.add_promise(&user, &slug, &form.to_new()).await {
        Ok(_) => Redirect::to(&format!("/dashboard/b/{slug}/promises")).into_response(),
        Err(e) => error_page(&t, e),
    }
}

pub async fn archive(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, String)>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    match state.app.archive_promise(&user, &slug, &id).await {
        Ok(()) => Redirect::to(&format!("/dashboard/b/{slug}/promises")).into_response(),
        Err(e) => error_page(&t, e),
    }
}
