//! Moderation pages: the moderators' queue with bulk decisions, readers'
//! reports on a review's page, and a business's transparency page.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use candor_app::{AppError, ModerationAction, QueueEntry, Raiser};
use serde::Deserialize;

use super::{error_page, render};
use crate::extract::{Locale, PageForm, StaffPage, Visitor};
use crate::format::stars;
use crate::i18n::Tr;
use crate::server::AppState;

pub struct QueueRow {
    pub id: String,
    pub business: String,
    pub stars: String,
    pub title: String,
    pub body: String,
    pub status: String,
    pub spam_score: String,
    /// The reviewer-graph job's suspicion of the review, in words; empty when it has none.
    pub suspicion: String,
    pub reasons: Vec<String>,
    pub flags: i64,
}

#[derive(Template)]
#[template(path = "moderation.html")]
struct QueuePage {
    t: Tr,
    title: String,
    rows: Vec<QueueRow>,
    reasons: Vec<(String, String)>,
    done: Option<String>,
    next_url: Option<String>,
}

/// A screening's stored reasons (JSON), each in words with its detail.
pub(crate) fn reason_lines(t: &Tr, reasons_json: &str) -> Vec<String> {
    let found: Vec<serde_json::Value> = serde_json::from_str(reasons_json).unwrap_or_default();
    found
        .iter()
        .map(|r| {
            let code = r["code"].as_str().unwrap_or_default();
            let detail = r["detail"].as_str().unwrap_or_default();
            format!("{} ({detail})", t.get(&format!("reason-{code}")))
        })
        .collect()
}

fn queue_row(t: &Tr, entry: &QueueEntry) -> QueueRow {
    let review = &entry.item.review;
    let (spam_score, reasons) = match &entry.screening {
        Some(s) => (t.decimal(s.spam_score, 2), reason_lines(t, &s.reasons)),
        None => (String::new(), Vec::new()),
    };
    QueueRow {
        id: review.id.clone(),
        business: entry.item.business_slug.clone(),
        stars: stars(review.rating.get()),
        title: review.title.clone(),
        body: review.body.clone(),
        status: review.status.as_str().to_string(),
        spam_score,
        suspicion: suspicion_words(t, entry),
        reasons,
        flags: entry.item.open_flags,
    }
}

fn suspicion_words(t: &Tr, entry: &QueueEntry) -> String {
    let Some(s) = &entry.suspicion else {
        return String::new();
    };
    let score = t.decimal(s.review_score.max(s.reviewer_score), 2);
    match s.block {
        Some(block) => t.args(
            "moderation-suspicion-block",
            &[("score", score.clone()), ("block", block.to_string())],
        ),
        None => t.arg("moderation-suspicion", "score", score),
    }
}

pub(crate) fn reason_choices(t: &Tr) -> Vec<(String, String)> {
    candor_app::FLAG_REASONS
        .iter()
        .map(|r| (r.to_string(), t.get(&format!("flag-reason-{r}"))))
        .collect()
}

#[derive(Deserialize)]
pub struct QueueQuery {
    cursor: Option<String>,
    done: Option<i64>,
    failed: Option<i64>,
}

/// `GET /moderation`.
pub async fn queue(
    State(state): State<AppState>,
    Query(query): Query<QueueQuery>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    let (entries, next) = match state
        .app
        .moderation_queue(&user, query.cursor.as_deref())
        .await
    {
        Ok(found) => found,
        Err(e) => return error_page(&t, e),
    };
    let mut done = Vec::new();
    if let Some(count) = query.done.filter(|c| *c > 0) {
        done.push(t.count("moderation-done", count));
    }
    if let Some(count) = query.failed.filter(|c| *c > 0) {
        done.push(t.count("moderation-failed", count));
    }
    let page = QueuePage {
        title: t.get("moderation-title"),
        rows: entries.iter().map(|e| queue_row(&t, e)).collect(),
        reasons: reason_choices(&t),
        done: (!done.is_empty()).then(|| done.join(" ")),
        next_url: next.map(|c| format!("/moderation?cursor={c}")),
        t,
    };
    render(StatusCode::OK, &page)
}

/// `POST /moderation`: `id` repeated per checked review, `action`, `reason`.
pub async fn decide(
    State(state): State<AppState>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Some(refused) = super::staff::foreign_origin(&headers) {
        return refused;
    }
    let mut ids = Vec::new();
    let (mut action, mut reason) = (String::new(), String::new());
    for (key, value) in form_urlencoded::parse(&body) {
        match key.as_ref() {
            "id" => ids.push(value.into_owned()),
            "action" => action = value.into_owned(),
            "reason" => reason = value.into_owned(),
            _ => {}
        }
    }
    let action = match ModerationAction::parse(&action) {
        Ok(action) => action,
        Err(e) => return error_page(&t, AppError::from(e)),
    };
    match state.app.moderate_many(&user, &ids, action, &reason).await {
        Ok(results) => {
            let done = results.iter().filter(|(_, r)| r.is_ok()).count();
            let failed = results.len() - done;
            for (_, result) in &results {
                if let Ok(review) = result {
                    crate::api::invalidate_business_of(&state, &review.business_id).await;
                }
            }
            Redirect::to(&format!("/moderation?done={done}&failed={failed}")).into_response()
        }
        Err(e) => error_page(&t, e),
    }
}

#[derive(Deserialize)]
pub struct FlagForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: String,
}

/// `POST /r/{id}/flag`: a reader reports a review.
pub async fn flag(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Locale(t): Locale,
    visitor: Visitor,
    PageForm(form): PageForm<FlagForm>,
) -> Response {
    match state
        .app
        .flag_review(
            &id,
            &form.reason,
            &form.note,
            Raiser::Consumer(&visitor.key),
        )
        .await
    {
        Ok(_) => {
            let mut response = Redirect::to(&format!("/r/{id}?flagged=1#flag")).into_response();
            crate::cookies::remember_visitor(&mut response, &visitor, state.config.secure_cookies);
            response
        }
        Err(e) => error_page(&t, e),
    }
}
