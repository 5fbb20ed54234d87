//! The reviewer's private conversation page, reached only through the link
//! in Candor's e-mail: read the business's messages, answer, and (freely)
//! update the review. Shown in the reviewer's language; never indexed, and
//! the link is not passed on to other sites.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use candor_app::{AppError, MessageDirection, ReviewerCase};
use candor_core::ReviewInput;
use serde::Deserialize;

use super::recovery::when;
use super::{error_page, problem_text, render};
use crate::api::invalidate_business_of;
use crate::extract::{Locale, PageForm};
use crate::format::stars;
use crate::i18n::Tr;
use crate::server::AppState;

pub struct LinkMessage {
    pub when: String,
    pub from_reviewer: bool,
    pub body: String,
}

#[derive(Template)]
#[template(path = "case_reviewer.html")]
struct ReviewerPage {
    t: Tr,
    title: String,
    token: String,
    business_name: String,
    stars: String,
    rating: u8,
    review_title: String,
    review_body: String,
    messages: Vec<LinkMessage>,
    open: bool,
    notice: Option<String>,
    error: Option<String>,
}

/// Headers for pages behind a private e-mail link: never indexed, never
/// cached, and the link not passed on to other sites.
pub(crate) fn private(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    headers.insert("x-robots-tag", HeaderValue::from_static("noindex"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn page_of(app: &candor_app::App, token: &str, seen: &ReviewerCase) -> ReviewerPage {
    let t = app.translator(&seen.language);
    let messages = seen
        .messages
        .iter()
        // A staff message shows once its e-mail went out.
        .filter(|m| m.direction == MessageDirection::FromReviewer || m.sent_at.is_some())
        .map(|m| LinkMessage {
            when: when(m.created_at),
            from_reviewer: m.direction == MessageDirection::FromReviewer,
            body: m.body.clone(),
        })
        .collect();
    ReviewerPage {
        title: t.arg("case-page-title", "business", seen.business.name.as_str()),
        token: token.to_string(),
        business_name: seen.business.name.clone(),
        stars: stars(seen.review.rating.get()),
        rating: seen.review.rating.get(),
        review_title: seen.review.title.clone(),
        review_body: seen.review.body.clone(),
        messages,
        open: seen.open(),
        notice: None,
        error: None,
        t,
    }
}

async fn show(
    state: &AppState,
    t: &Tr,
    token: &str,
    notice: Option<&str>,
    error: Option<String>,
) -> Response {
    match state.app.reviewer_case(token).await {
        Ok(seen) => {
            let mut page = page_of(&state.app, token, &seen);
            page.notice = notice.map(|id| page.t.get(id));
            let status = if error.is_some() {
                StatusCode::UNPROCESSABLE_ENTITY
            } else {
                StatusCode::OK
            };
            page.error = error;
            private(render(status, &page))
        }
        Err(e) => private(error_page(t, e)),
    }
}

/// `GET /case/{token}`
pub async fn page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Locale(t): Locale,
) -> Response {
    show(&state, &t, &token, None, None).await
}

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    body: String,
}

/// `POST /case/{token}/answer`
pub async fn answer(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Locale(t): Locale,
    PageForm(form): PageForm<AnswerForm>,
) -> Response {
    match state.app.answer_case(&token, &form.body).await {
        Ok(_) => show(&state, &t, &token, Some("case-answer-sent"), None).await,
        Err(AppError::Invalid(problem)) => {
            show(&state, &t, &token, None, Some(problem_text(&t, &problem))).await
        }
        Err(AppError::Conflict(_)) => {
            show(&state, &t, &token, None, Some(t.get("case-ended"))).await
        }
        Err(e) => private(error_page(&t, e)),
    }
}

#[derive(Deserialize)]
pub struct UpdateForm {
    #[serde(default)]
    rating: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

/// `POST /case/{token}/review`: the reviewer's own update of their review.
pub async fn update(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Locale(t): Locale,
    PageForm(form): PageForm<UpdateForm>,
) -> Response {
    let seen = match state.app.reviewer_case(&token).await {
        Ok(seen) => seen,
        Err(e) => return private(error_page(&t, e)),
    };
    let review = &seen.review;
    let input = ReviewInput {
        // An unreadable rating becomes an out-of-range one, reported as such.
        rating: Some(form.rating.trim().parse().unwrap_or(0)),
        title: form.title,
        body: form.body,
        author_name: review.author_name.clone(),
        author_email: String::new(),
        language: review.language.as_ref().map(|l| l.as_str().to_string()),
        experienced_on: review.experienced_on.clone(),
        testimonial_consent: false,
    };
    match state.app.update_review_through_case(&token, &input).await {
        Ok(updated) => {
            invalidate_business_of(&state, &updated.business_id).await;
            show(&state, &t, &token, Some("case-updated"), None).await
        }
        Err(AppError::Invalid(problem)) => {
            show(&state, &t, &token, None, Some(problem_text(&t, &problem))).await
        }
        Err(e) => private(error_page(&t, e)),
    }
}
