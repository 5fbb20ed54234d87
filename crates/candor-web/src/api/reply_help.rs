//! Staff endpoints for reply help (templates and suggested drafts) and for
//! incidents (bursts of negative reviews about one aspect, answered together).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use candor_app::{Incident, IncidentReply, ReplyTemplate, TemplateInput};
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::extract::{ApiJson, Staff};
use crate::format::{review_json, rfc3339};
use crate::server::AppState;

fn template_json(t: &ReplyTemplate) -> Value {
    json!({
        "id": t.id,
        "name": t.name,
        "language": t.language,
        "band": t.band,
        "body": t.body,
        "created_at": rfc3339(t.created_at),
        "updated_at": rfc3339(t.updated_at),
    })
}

/// `GET /api/v1/staff/businesses/{slug}/reply-templates`
pub async fn templates(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let items: Vec<Value> = state
        .app
        .reply_templates(&user, &slug)
        .await?
        .iter()
        .map(template_json)
        .collect();
    Ok(Json(
        json!({ "items": items, "placeholders": candor_app::PLACEHOLDERS }),
    ))
}

/// `POST /api/v1/staff/businesses/{slug}/reply-templates`
pub async fn create_template(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<TemplateInput>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let template = state
        .app
        .create_reply_template(&user, &slug, &input)
        .await?;
    Ok((StatusCode::CREATED, Json(template_json(&template))))
}

/// `PUT /api/v1/staff/reply-templates/{id}`
pub async fn update_template(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<TemplateInput>,
) -> Result<Json<Value>, ApiError> {
    let template = state.app.update_reply_template(&user, &id, &input).await?;
    Ok(Json(template_json(&template)))
}

/// `DELETE /api/v1/staff/reply-templates/{id}`
pub async fn delete_template(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.app.delete_reply_template(&user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/staff/reviews/{id}/reply-draft`
pub async fn draft(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let draft = state.app.reply_draft(&user, &id).await?;
    Ok(Json(json!({
        "body": draft.body,
        "language": draft.language,
        "template_id": draft.template_id,
        "source": if draft.template_id.is_some() { "template" } else { "built_in" },
    })))
}

fn incident_json(i: &Incident) -> Value {
    json!({
        "id": i.id,
        "aspect": i.aspect,
        "state": if i.open { "open" } else { "closed" },
        "reviews": i.observed,
        "baseline_per_day": i.baseline_milli as f64 / 1000.0,
        "remedy_policy": i.remedy_policy,
        "replied_at": i.replied_at.map(rfc3339),
        "opened_at": rfc3339(i.opened_at),
        "closed_at": i.closed_at.map(rfc3339),
    })
}

/// `GET /api/v1/staff/businesses/{slug}/incidents`
pub async fn incidents(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let items: Vec<Value> = state
        .app
        .incidents(&user, &slug)
        .await?
        .iter()
        .map(incident_json)
        .collect();
    Ok(Json(json!({ "items": items })))
}

/// `GET /api/v1/staff/incidents/{id}`: the incident with its reviews.
pub async fn incident(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let detail = state.app.incident_detail(&user, &id).await?;
    let mut body = incident_json(&detail.incident);
    body["items"] = detail
        .reviews
        .iter()
        .map(|r| review_json(&r.review, r.reply.as_ref()))
        .collect();
    Ok(Json(body))
}

/// `POST /api/v1/staff/incidents/{id}/reply` with
/// `{"bodies": {"de": "Hallo {name}, ...", "default": "Hello {name}, ..."}, "remedy_policy": "..."}`.
pub async fn reply(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<IncidentReply>,
) -> Result<Json<Value>, ApiError> {
    let answered = state.app.reply_to_incident(&user, &id, &input).await?;
    Ok(Json(json!({ "answered": answered })))
}

/// `POST /api/v1/staff/incidents/{id}/close`
pub async fn close(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let incident = state.app.close_incident(&user, &id).await?;
    Ok(Json(incident_json(&incident)))
}
