//! Moderation endpoints: the queue and decisions (platform moderators),
//! flags (consumers and businesses), and a business's transparency figures.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use candor_app::{ModerationAction, QueueEntry, Raiser, Transparency};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::cookies;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiQuery, Staff, Visitor};
use crate::format::review_json;
use crate::server::AppState;

#[derive(Deserialize)]
pub struct QueueQuery {
    cursor: Option<String>,
}

pub(crate) fn entry_json(entry: &QueueEntry) -> Value {
    let mut item = review_json(&entry.item.review, None);
    item["business"] = json!(entry.item.business_slug);
    item["open_flags"] = json!(entry.item.open_flags);
    item["screening"] = entry.screening.as_ref().map_or(Value::Null, |s| {
        json!({
            "decision": s.decision,
            "spam_score": s.spam_score,
            "reasons": serde_json::from_str::<Value>(&s.reasons).unwrap_or(Value::Null),
        })
    });
    item["suspicion"] = entry.suspicion.as_ref().map_or(Value::Null, |s| {
        json!({
            "review_score": s.review_score,
            "reviewer_score": s.reviewer_score,
            "block": s.block,
        })
    });
    item
}

/// `GET /api/v1/moderation/queue`: held and flagged reviews, oldest first.
pub async fn queue(
    State(state): State<AppState>,
    Staff(user): Staff,
    ApiQuery(query): ApiQuery<QueueQuery>,
) -> Result<Json<Value>, ApiError> {
    let (entries, next) = state
        .app
        .moderation_queue(&user, query.cursor.as_deref())
        .await?;
    let items: Vec<Value> = entries.iter().map(entry_json).collect();
    Ok(Json(json!({ "items": items, "next_cursor": next })))
}

#[derive(Deserialize)]
pub struct DecisionBody {
    action: String,
    #[serde(default)]
    reason: String,
}

/// `POST /api/v1/moderation/reviews/{id}`: approve or reject one review.
pub async fn decide(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<DecisionBody>,
) -> Result<Json<Value>, ApiError> {
    let action = ModerationAction::parse(&body.action).map_err(candor_app::AppError::from)?;
    let review = state.app.moderate(&user, &id, action, &body.reason).await?;
    crate::api::invalidate_business_of(&state, &review.business_id).await;
    Ok(Json(review_json(&review, None)))
}

#[derive(Deserialize)]
pub struct BulkBody {
    ids: Vec<String>,
    action: String,
    #[serde(default)]
    reason: String,
}

/// `POST /api/v1/moderation/bulk`: one decision on many reviews.
pub async fn bulk(
    State(state): State<AppState>,
    Staff(user): Staff,
    ApiJson(body): ApiJson<BulkBody>,
) -> Result<Json<Value>, ApiError> {
    let action = ModerationAction::parse(&body.action).map_err(candor_app::AppError::from)?;
    let results = state
        .app
        .moderate_many(&user, &body.ids, action, &body.reason)
        .await?;
    let mut items = Vec::new();
    for (id, result) in results {
        items.push(match result {
            Ok(review) => {
                crate::api::invalidate_business_of(&state, &review.business_id).await;
                json!({ "id": id, "status": review.status.as_str() })
            }
            Err(error) => json!({ "id": id, "error": ApiError::from(error).body() }),
        });
    }
    Ok(Json(json!({ "results": items })))
}

#[derive(Deserialize)]
pub struct FlagBody {
    reason: String,
    #[serde(default)]
    note: String,
}

fn flag_answer(added: bool) -> Response {
    let status = if added {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    (status, Json(json!({ "flagged": true, "new": added }))).into_response()
}

/// `POST /api/v1/reviews/{id}/flags`: a reader flags a review.
pub async fn flag_as_consumer(
    State(state): State<AppState>,
    Path(id): Path<String>,
    visitor: Visitor,
    ApiJson(body): ApiJson<FlagBody>,
) -> Result<Response, ApiError> {
    let added = state
        .app
        .flag_review(
            &id,
            &body.reason,
            &body.note,
            Raiser::Consumer(&visitor.key),
        )
        .await?;
    let mut response = flag_answer(added);
    cookies::remember_visitor(&mut response, &visitor, state.config.secure_cookies);
    Ok(response)
}

/// `POST /api/v1/staff/reviews/{id}/flags`: the business flags one of its reviews.
pub async fn flag_as_business(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<FlagBody>,
) -> Result<Response, ApiError> {
    let added = state
        .app
        .flag_review(&id, &body.reason, &body.note, Raiser::Business(&user))
        .await?;
    Ok(flag_answer(added))
}

pub(crate) fn transparency_json(t: &Transparency) -> Value {
    let removals: Vec<Value> = t
        .removals
        .iter()
        .map(|r| json!({ "reason": r.reason, "total": r.total, "by_star": {
            "1": r.by_star[0], "2": r.by_star[1], "3": r.by_star[2], "4": r.by_star[3], "5": r.by_star[4] } }))
        .collect();
    let flags: Vec<Value> = t
        .flags
        .iter()
        .map(|f| json!({ "reason": f.reason, "raised_by": f.raised_by, "status": f.status, "count": f.count }))
        .collect();
    json!({ "removals": removals, "flags": flags })
}

/// `GET /api/v1/businesses/{slug}/transparency`.
pub async fn transparency(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let figures = state.app.transparency(&slug).await?;
    Ok(Json(transparency_json(&figures)))
}

#[derive(Deserialize)]
pub struct SuspicionQuery {
    limit: Option<i64>,
}

/// `GET /api/v1/moderation/suspicion`: the graph job's most suspicious reviews.
pub async fn suspicion(
    State(state): State<AppState>,
    Staff(user): Staff,
    ApiQuery(query): ApiQuery<SuspicionQuery>,
) -> Result<Json<Value>, ApiError> {
    let rows = state
        .app
        .suspicious_reviews(&user, query.limit.unwrap_or(50))
        .await?;
    let items: Vec<Value> = rows
        .iter()
        .map(|s| {
            json!({ "review_id": s.review_id, "business_id": s.business_id,
                    "review_score": s.review_score, "reviewer_score": s.reviewer_score, "block": s.block })
        })
        .collect();
    Ok(Json(json!({ "items": items })))
}
