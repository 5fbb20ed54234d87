//! A review's own page with its history, the private edit form, and votes.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use candor_app::AppError;
use serde::Deserialize;

use super::forms::{ReviewFormData, ReviewFormView};
use super::{error_page, problem_text, render};
use crate::api::invalidate_business_of;
use crate::cookies;
use crate::extract::{Locale, PageForm, Visitor};
use crate::format::{ReviewView, date, stars};
use crate::i18n::Tr;
use crate::server::AppState;

pub struct VersionView {
    pub revision: i64,
    pub date: String,
    pub stars: String,
    pub title: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "review_page.html")]
struct ReviewPage {
    t: Tr,
    title: String,
    slug: String,
    business_name: String,
    notice: Option<String>,
    r: ReviewView,
    revisions: Vec<VersionView>,
    reply_revisions: Vec<VersionView>,
    flag_reasons: Vec<(String, String)>,
}

#[derive(Deserialize)]
pub struct ReviewPageQuery {
    helpful: Option<String>,
    flagged: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<ReviewPageQuery>,
    Locale(t): Locale,
) -> Response {
    let detail = match state.app.review_detail(&id).await {
        Ok(d) => d,
        Err(e) => return error_page(&t, e),
    };
    let revisions = detail
        .revisions
        .iter()
        .map(|v| VersionView {
            revision: v.revision,
            date: date(v.created_at),
            stars: stars(v.rating.get()),
            title: v.title.clone(),
            body: v.body.clone(),
        })
        .collect();
    let reply_revisions = detail
        .reply_revisions
        .iter()
        .map(|v| VersionView {
            revision: v.revision,
            date: date(v.created_at),
            stars: String::new(),
            title: String::new(),
            body: v.body.clone(),
        })
        .collect();
    let notice = match (query.helpful.as_deref(), query.flagged.is_some()) {
        (_, true) => Some(t.get("flag-thanks")),
        (Some("counted"), _) => Some(t.get("helpful-thanks")),
        (Some("already"), _) => Some(t.get("helpful-already")),
        _ => None,
    };
    let flag_reasons = candor_app::FLAG_REASONS
        .iter()
        .map(|r| (r.to_string(), t.get(&format!("flag-reason-{r}"))))
        .collect();
    let r = ReviewView::from_item(&detail.item);
    let page = ReviewPage {
        title: if r.title.is_empty() {
            detail.business.name.clone()
        } else {
            r.title.clone()
        },
        slug: detail.business.slug.clone(),
        business_name: detail.business.name.clone(),
        notice,
        r,
        revisions,
        reply_revisions,
        flag_reasons,
        t,
    };
    render(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "edit.html")]
struct EditPage {
    t: Tr,
    title: String,
    review_id: String,
    business_name: String,
    saved: bool,
    editing: bool,
    form: ReviewFormView,
}

#[derive(Deserialize)]
pub struct EditQuery {
    #[serde(default)]
    token: String,
}

pub async fn edit_form(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<EditQuery>,
    Locale(t): Locale,
) -> Response {
    let review = match state.app.review_for_editing(&id, &query.token).await {
        Ok(r) => r,
        Err(e) => return error_page(&t, e),
    };
    let mut data = ReviewFormData::from_review(&review);
    data.token = query.token;
    edit_page(&state, &t, &review.business_id, &id, data, None, false).await
}

pub async fn edit_submit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Locale(t): Locale,
    PageForm(data): PageForm<ReviewFormData>,
) -> Response {
    match state
        .app
        .edit_review(&id, &data.token, &data.to_input())
        .await
    {
        Ok(review) => {
            invalidate_business_of(&state, &review.business_id).await;
            let mut fresh = ReviewFormData::from_review(&review);
            fresh.token = data.token;
            edit_page(&state, &t, &review.business_id, &id, fresh, None, true).await
        }
        Err(AppError::Invalid(problem)) => {
            let message = problem_text(&t, &problem);
            let business_id = match state.app.review_for_editing(&id, &data.token).await {
                Ok(r) => r.business_id,
                Err(e) => return error_page(&t, e),
            };
            edit_page(&state, &t, &business_id, &id, data, Some(message), false).await
        }
        Err(e) => error_page(&t, e),
    }
}

async fn edit_page(
    state: &AppState,
    t: &Tr,
    business_id: &str,
    review_id: &str,
    data: ReviewFormData,
    error: Option<String>,
    saved: bool,
) -> Response {
    let business_name = match state.app.store().business_by_id(business_id).await {
        Ok(b) => b.map(|b| b.name).unwrap_or_default(),
        Err(e) => return error_page(t, e.into()),
    };
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = EditPage {
        t: t.clone(),
        title: t.get("edit-title"),
        review_id: review_id.to_string(),
        business_name,
        saved,
        editing: true,
        form: ReviewFormView::new(format!("/r/{review_id}/edit"), data, error),
    };
    let mut response = render(status, &page);
    // The edit link is a secret: keep it out of caches and referrers.
    cookies::no_store(&mut response);
    response.headers_mut().insert(
        header::REFERRER_POLICY,
        header::HeaderValue::from_static("no-referrer"),
    );
    response
}

/// `POST /r/{id}/helpful`: one vote per visitor, then back to the review.
pub async fn helpful(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Locale(t): Locale,
    visitor: Visitor,
    _headers: HeaderMap,
) -> Response {
    let (review, counted) = match state.app.vote_helpful(&id, &visitor.key).await {
        Ok(result) => result,
        Err(e) => return error_page(&t, e),
    };
    if counted {
        invalidate_business_of(&state, &review.business_id).await;
    }
    let outcome = if counted { "counted" } else { "already" };
    let mut response = Redirect::to(&format!("/r/{id}?helpful={outcome}")).into_response();
    cookies::remember_visitor(&mut response, &visitor, state.config.secure_cookies);
    response
}
