//! Insight pages of the dashboard: the topics that set critical reviews apart.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use candor_app::{Phrase, TopicReport};

use super::{error_page, render};
use crate::extract::{Locale, StaffPage};
use crate::i18n::Tr;
use crate::server::AppState;

pub struct PhraseRow {
    pub text: String,
    pub aspect: Option<String>,
    pub negative: u32,
    pub positive: u32,
    pub examples: Vec<String>,
}

pub struct LanguageBlock {
    pub language: String,
    pub counts: String,
    pub negative: Vec<PhraseRow>,
    pub positive: Vec<PhraseRow>,
}

pub struct AspectRow {
    pub label: String,
    pub negative: u32,
    pub positive: u32,
    pub languages: String,
    pub phrases: String,
    pub examples: Vec<String>,
}

#[derive(Template)]
#[template(path = "topics.html")]
struct TopicsPage {
    t: Tr,
    title: String,
    slug: String,
    languages: Vec<LanguageBlock>,
    aspects: Vec<AspectRow>,
}

fn aspect_label(t: &Tr, aspect: &str) -> String {
    t.get(&format!("aspect-{aspect}"))
}

fn phrase_rows(t: &Tr, phrases: &[Phrase]) -> Vec<PhraseRow> {
    phrases
        .iter()
        .map(|p| PhraseRow {
            text: p.text.clone(),
            aspect: p.aspect.as_deref().map(|a| aspect_label(t, a)),
            negative: p.negative_reviews,
            positive: p.positive_reviews,
            examples: p.examples.clone(),
        })
        .collect()
}

fn views(t: &Tr, report: &TopicReport) -> (Vec<LanguageBlock>, Vec<AspectRow>) {
    let languages = report
        .languages
        .iter()
        .map(|l| LanguageBlock {
            language: l.language.clone(),
            counts: t.args(
                "topics-counts",
                &[
                    ("negative", l.reviews_negative.to_string()),
                    ("positive", l.reviews_positive.to_string()),
                ],
            ),
            negative: phrase_rows(t, &l.negative),
            positive: phrase_rows(t, &l.positive),
        })
        .collect();
    let aspects = report
        .aspects
        .iter()
        .map(|a| AspectRow {
            label: aspect_label(t, &a.aspect),
            negative: a.negative_reviews,
            positive: a.positive_reviews,
            languages: a.languages.join(", "),
            phrases: a.phrases.join(", "),
            examples: a.examples.clone(),
        })
        .collect();
    (languages, aspects)
}

/// `GET /dashboard/b/{slug}/topics`.
pub async fn topics(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    let (business, report) = match state.app.business_topics(&user, &slug).await {
        Ok(found) => found,
        Err(e) => return error_page(&t, e),
    };
    let (languages, aspects) = views(&t, &report);
    render(
        StatusCode::OK,
        &TopicsPage {
            title: format!("{} · {}", t.get("topics-title"), business.name),
            slug: business.slug,
            languages,
            aspects,
            t,
        },
    )
}
