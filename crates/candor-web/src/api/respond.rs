//! Staff endpoints for responding: response figures, the unanswered list,
//! deadlines per star band, notifications and the user's e-mail language.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use candor_app::WEEK_MS;
use candor_app::{DeadlineSetting, ResponseFigures};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::extract::{ApiJson, ApiQuery, Staff};
use crate::format::{review_json, rfc3339};
use crate::server::AppState;

/// Hours, rounded to one decimal, from milliseconds.
fn hours(ms: Option<f64>) -> Value {
    ms.map_or(Value::Null, |ms| json!((ms / 360_000.0).round() / 10.0))
}

fn rate(answered: i64, reviews: i64) -> Value {
    if reviews == 0 {
        Value::Null
    } else {
        json!(answered as f64 / reviews as f64)
    }
}

pub(crate) fn figures_json(f: &ResponseFigures) -> Value {
    let weeks: Vec<Value> = f
        .weeks
        .iter()
        .map(|w| {
            json!({
                "week_start": rfc3339(w.week * WEEK_MS),
                "reviews": w.reviews,
                "answered": w.answered,
                "response_rate": rate(w.answered, w.reviews),
                "negative_reviews": w.negative,
                "negative_answered": w.negative_answered,
                "negative_response_rate": rate(w.negative_answered, w.negative),
            })
        })
        .collect();
    json!({
        "since": rfc3339(f.since),
        "reviews": f.all.reviews,
        "answered": f.all.answered,
        "response_rate": f.all.rate(),
        "negative_reviews": f.negative.reviews,
        "negative_answered": f.negative.answered,
        "negative_response_rate": f.negative.rate(),
        "median_first_reply_hours": hours(f.median_first_reply_ms),
        "negative_median_first_reply_hours": hours(f.negative_median_first_reply_ms),
        "open_escalations": f.open_escalations,
        "weeks": weeks,
    })
}

#[derive(Deserialize)]
pub struct FiguresQuery {
    days: Option<i64>,
}

/// `GET /api/v1/staff/businesses/{slug}/responses?days=90`
pub async fn figures(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<FiguresQuery>,
) -> Result<Json<Value>, ApiError> {
    let figures = state
        .app
        .response_figures(&user, &slug, query.days.unwrap_or(90))
        .await?;
    Ok(Json(figures_json(&figures)))
}

#[derive(Deserialize)]
pub struct CursorQuery {
    cursor: Option<String>,
}

/// `GET /api/v1/staff/businesses/{slug}/unanswered`: 1-2 stars first, then oldest.
pub async fn unanswered(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<CursorQuery>,
) -> Result<Json<Value>, ApiError> {
    let (items, next) = state
        .app
        .unanswered(&user, &slug, query.cursor.as_deref())
        .await?;
    let items: Vec<Value> = items
        .iter()
        .map(|u| {
            let mut item = review_json(&u.review, None);
            item["due_at"] = json!(rfc3339(u.due_at));
            item["overdue"] = json!(u.overdue);
            item
        })
        .collect();
    Ok(Json(json!({ "items": items, "next_cursor": next })))
}

fn deadlines_json(deadlines: &[DeadlineSetting]) -> Json<Value> {
    let items: Vec<Value> = deadlines
        .iter()
        .map(|d| json!({ "band": d.band.as_str(), "hours": d.hours, "custom": d.custom }))
        .collect();
    Json(json!({ "items": items }))
}

/// `GET /api/v1/staff/businesses/{slug}/deadlines`
pub async fn deadlines(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
) -> Result<Json<Value>, ApiError> {
    Ok(deadlines_json(
        &state.app.staff_deadlines(&user, &slug).await?,
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlineBody {
    hours: i64,
}

/// `PUT /api/v1/staff/businesses/{slug}/deadlines/{band}` with `{"hours": 24}`.
pub async fn put_deadline(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path((slug, band)): Path<(String, String)>,
    ApiJson(body): ApiJson<DeadlineBody>,
) -> Result<Json<Value>, ApiError> {
    let deadlines = state
        .app
        .set_deadline(&user, &slug, &band, body.hours)
        .await?;
    Ok(deadlines_json(&deadlines))
}

#[derive(Deserialize)]
pub struct NotificationsQuery {
    unread: Option<bool>,
}

/// `GET /api/v1/staff/notifications?unread=true`: newest first.
pub async fn notifications(
    State(state): State<AppState>,
    Staff(user): Staff,
    ApiQuery(query): ApiQuery<NotificationsQuery>,
) -> Result<Json<Value>, ApiError> {
    let items = state
        .app
        .notifications(&user, query.unread.unwrap_or(false))
        .await?;
    let unread = state.app.unread_notifications(&user).await?;
    let items: Vec<Value> = items
        .iter()
        .map(|n| {
            json!({
                "id": n.id,
                "kind": n.kind,
                "business": n.business_slug,
                "review_id": n.review_id,
                "text": n.text,
                "created_at": rfc3339(n.created_at),
                "read": n.read,
            })
        })
        .collect();
    Ok(Json(json!({ "items": items, "unread": unread })))
}

/// `POST /api/v1/staff/notifications/{id}/read`
pub async fn mark_read(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.app.mark_notification_read(&user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleBody {
    locale: String,
}

/// `PUT /api/v1/staff/me/locale` with `{"locale": "sw"}`: the language of
/// the user's e-mails and notifications.
pub async fn put_locale(
    State(state): State<AppState>,
    Staff(user): Staff,
    ApiJson(body): ApiJson<LocaleBody>,
) -> Result<Json<Value>, ApiError> {
    state.app.set_locale(&user, &body.locale).await?;
    Ok(Json(json!({ "locale": body.locale })))
}
