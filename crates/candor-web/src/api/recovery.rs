//! Staff endpoints for recovery cases: the list, a case with its history and
//! private conversation, steps, messages, notes, assignment, the automatic
//! opening threshold and the recovery figures. No answer carries the
//! reviewer's e-mail address.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use candor_app::{CaseCommand, CaseDetail, RecoveryFigures};
use candor_app::{CaseEvent, CaseMessage, RecoveryCase};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::api::respond::figures_json;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiQuery, Staff};
use crate::format::{review_json, rfc3339};
use crate::server::AppState;

pub(crate) fn case_json(case: &RecoveryCase) -> Value {
    json!({
        "id": case.id,
        "review_id": case.review_id,
        "state": case.state.as_str(),
        "rating_at_open": case.rating_at_open,
        "opened_by": case.opened_by,
        "assignee_id": case.assignee_id,
        "remedy": case.remedy.as_ref().map(|r| json!({
            "type": r.kind.as_str(),
            "value_cents": r.value_cents,
            "order_value_cents": r.order_value_cents,
            "currency": r.currency,
        })),
        "opened_at": rfc3339(case.opened_at),
        "updated_at": rfc3339(case.updated_at),
        "closed_at": case.closed_at.map(rfc3339),
    })
}

fn event_json(event: &CaseEvent) -> Value {
    json!({
        "kind": event.kind,
        "from_state": event.from_state,
        "to_state": event.to_state,
        "actor_id": event.actor_id,
        "body": event.body,
        "created_at": rfc3339(event.created_at),
    })
}

fn message_json(message: &CaseMessage) -> Value {
    json!({
        "id": message.id,
        "direction": message.direction.as_str(),
        "author_id": message.author_id,
        "body": message.body,
        "language": message.language,
        "sent_at": message.sent_at.map(rfc3339),
        "created_at": rfc3339(message.created_at),
    })
}

fn detail_json(detail: &CaseDetail) -> Value {
    let mut body = case_json(&detail.case);
    body["business"] = json!(detail.business.slug);
    body["review"] = review_json(&detail.review, None);
    body["events"] = detail.events.iter().map(event_json).collect();
    body["messages"] = detail.messages.iter().map(message_json).collect();
    body["reviewer_language"] = json!(detail.reviewer_language);
    body["suggested_question"] = json!(detail.suggested_question);
    body["staff"] = detail
        .staff
        .iter()
        .map(|u| json!({ "id": u.id, "name": u.name }))
        .collect();
    body
}

#[derive(Deserialize)]
pub struct CasesQuery {
    state: Option<String>,
    cursor: Option<String>,
}

/// `GET /api/v1/staff/businesses/{slug}/cases?state=open`: newest first.
pub async fn list(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<CasesQuery>,
) -> Result<Json<Value>, ApiError> {
    let (cases, next) = state
        .app
        .cases(
            &user,
            &slug,
            query.state.as_deref(),
            query.cursor.as_deref(),
        )
        .await?;
    let items: Vec<Value> = cases.iter().map(case_json).collect();
    Ok(Json(json!({ "items": items, "next_cursor": next })))
}

/// `POST /api/v1/staff/reviews/{id}/case`: opens a case by hand.
pub async fn open(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(review_id): Path<String>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let case = state.app.open_case(&user, &review_id).await?;
    Ok((StatusCode::CREATED, Json(case_json(&case))))
}

/// `GET /api/v1/staff/cases/{id}`
pub async fn get_case(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(detail_json(&state.app.case_detail(&user, &id).await?)))
}

/// `POST /api/v1/staff/cases/{id}/steps` with `{"action": "contact", "message": "..."}`.
pub async fn step(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    ApiJson(command): ApiJson<CaseCommand>,
) -> Result<Json<Value>, ApiError> {
    let case = state.app.act_on_case(&user, &id, &command).await?;
    Ok(Json(case_json(&case)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextBody {
    #[serde(default)]
    body: String,
}

/// `POST /api/v1/staff/cases/{id}/messages` with `{"body": "..."}`.
pub async fn message(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<TextBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let message_id = state.app.message_reviewer(&user, &id, &body.body).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": message_id }))))
}

/// `POST /api/v1/staff/cases/{id}/notes` with `{"body": "..."}`.
pub async fn note(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<TextBody>,
) -> Result<StatusCode, ApiError> {
    state.app.note_case(&user, &id, &body.body).await?;
    Ok(StatusCode::CREATED)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssigneeBody {
    assignee_id: Option<String>,
}

/// `PUT /api/v1/staff/cases/{id}/assignee` with `{"assignee_id": "..."}` or null.
pub async fn assign(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AssigneeBody>,
) -> Result<Json<Value>, ApiError> {
    let case = state
        .app
        .assign_case(&user, &id, body.assignee_id.as_deref())
        .await?;
    Ok(Json(case_json(&case)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsBody {
    open_at_or_below: i64,
}

/// `GET /api/v1/staff/businesses/{slug}/recovery-settings`
pub async fn settings(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let value = state.app.staff_recovery_threshold(&user, &slug).await?;
    Ok(Json(json!({ "open_at_or_below": value })))
}

/// `PUT /api/v1/staff/businesses/{slug}/recovery-settings` (owners and managers).
pub async fn put_settings(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<SettingsBody>,
) -> Result<Json<Value>, ApiError> {
    let value = state
        .app
        .set_recovery_threshold(&user, &slug, body.open_at_or_below)
        .await?;
    Ok(Json(json!({ "open_at_or_below": value })))
}

#[derive(Deserialize)]
pub struct DaysQuery {
    pub(crate) days: Option<i64>,
}

pub(crate) fn recovery_json(f: &RecoveryFigures) -> Value {
    let costs: Vec<Value> = f
        .remedy_costs
        .iter()
        .map(|c| {
            json!({
                "currency": c.currency,
                "remedies": c.remedies,
                "total_cents": c.total_cents,
                "per_recovered_customer_cents": c.per_recovered_cents,
            })
        })
        .collect();
    let cases = &f.cases;
    json!({
        "since": rfc3339(f.since),
        "cases_opened": cases.opened,
        "cases_contacted": cases.contacted,
        "cases_resolved": cases.resolved,
        "cases_not_resolved": cases.not_resolved,
        "cases_closed_without_contact": cases.closed_without_contact,
        "cases_in_progress": cases.in_progress,
        "recovery_rate": f.recovery_rate,
        "median_resolution_hours": f.median_resolution_ms.map(|ms| (ms / 360_000.0).round() / 10.0),
        "remedy_costs": costs,
        "updated_reviews": f.updated_reviews,
        "mean_rating_change": f.mean_rating_change,
        "updated_reviews_improved": f.improved,
        "updated_reviews_worsened": f.worsened,
        "responses": figures_json(&f.responses),
    })
}

/// `GET /api/v1/staff/businesses/{slug}/recovery?days=90`
pub async fn figures(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<DaysQuery>,
) -> Result<Json<Value>, ApiError> {
    let figures = state
        .app
        .recovery_figures(&user, &slug, query.days.unwrap_or(90))
        .await?;
    Ok(Json(recovery_json(&figures)))
}
