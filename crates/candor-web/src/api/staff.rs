//! Staff endpoints: a token or session of one organisation acts on that
//! organisation's businesses only; anything else answers 404.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use candor_core::ReviewQuery;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::api::public::invalidate_business_of;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiQuery, Staff};
use crate::format::{analysis_json, reply_json, review_json, rfc3339};
use crate::server::AppState;

pub async fn me(Staff(user): Staff) -> Json<Value> {
    Json(json!({
        "id": user.id,
        "email": user.email,
        "name": user.name,
        "role": user.role,
        "locale": user.locale,
    }))
}

pub async fn businesses(
    State(state): State<AppState>,
    Staff(user): Staff,
) -> Result<Json<Value>, ApiError> {
    let businesses = state.app.staff_businesses(&user).await?;
    let items: Vec<_> = businesses
        .iter()
        .map(|b| json!({ "slug": b.slug, "name": b.name, "website": b.website }))
        .collect();
    Ok(Json(json!({ "items": items })))
}

pub async fn reviews(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<ReviewQuery>,
) -> Result<Json<Value>, ApiError> {
    let (_, page) = state.app.staff_reviews(&user, &slug, &query).await?;
    let analyses = state.app.analyses_of(&page).await?;
    let items: Vec<_> = page
        .items
        .iter()
        .map(|i| {
            let mut item = review_json(&i.review, i.reply.as_ref());
            let analysis = analyses.iter().find(|a| a.review_id == i.review.id);
            item["analysis"] = analysis.map_or(Value::Null, analysis_json);
            item
        })
        .collect();
    Ok(Json(
        json!({ "items": items, "next_cursor": page.next_cursor.map(|c| c.encode()) }),
    ))
}

pub async fn review(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let item = state.app.staff_review(&user, &id).await?;
    Ok(Json(review_json(&item.review, item.reply.as_ref())))
}

#[derive(Deserialize)]
pub struct ReplyBody {
    body: String,
}

pub async fn put_reply(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ReplyBody>,
) -> Result<Response, ApiError> {
    let (reply, created) = state.app.reply(&user, &id, &body.body).await?;
    invalidate_business_of(&state, &reply.business_id).await;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(reply_json(&reply))).into_response())
}

pub async fn tokens(
    State(state): State<AppState>,
    Staff(user): Staff,
) -> Result<Json<Value>, ApiError> {
    let tokens = state.app.api_tokens(&user).await?;
    let items: Vec<_> = tokens
        .iter()
        .map(|t| {
            json!({
                "id": t.id,
                "name": t.name,
                "created_at": rfc3339(t.created_at),
                "revoked_at": t.revoked_at.map(rfc3339),
            })
        })
        .collect();
    Ok(Json(json!({ "items": items })))
}

#[derive(Deserialize)]
pub struct TokenBody {
    name: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    Staff(user): Staff,
    ApiJson(body): ApiJson<TokenBody>,
) -> Result<Response, ApiError> {
    let (record, token) = state.app.create_api_token(&user, &body.name).await?;
    let body = json!({ "id": record.id, "name": record.name, "token": token });
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

pub async fn revoke_token(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.app.revoke_api_token(&user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/staff/businesses/{slug}/topics`: what sets critical reviews apart.
pub async fn topics(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let (business, report) = state.app.business_topics(&user, &slug).await?;
    Ok(Json(json!({
        "business": business.slug,
        "languages": report.languages,
        "aspects": report.aspects,
    })))
}

/// `GET /api/v1/staff/businesses/{slug}/aspects`: built-in and own aspects.
pub async fn aspects(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let (business, custom) = state.app.business_aspects(&user, &slug).await?;
    Ok(Json(json!({
        "business": business.slug,
        "built_in": candor_app::ASPECTS,
        "custom": custom,
    })))
}

#[derive(Deserialize)]
pub struct AspectBody {
    keywords: std::collections::BTreeMap<String, Vec<String>>,
}

/// `PUT /api/v1/staff/businesses/{slug}/aspects/{aspect}`: creates or
/// replaces an aspect; the business's reviews are re-analysed before the answer.
pub async fn put_aspect(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path((slug, aspect)): Path<(String, String)>,
    ApiJson(body): ApiJson<AspectBody>,
) -> Result<Json<Value>, ApiError> {
    let reanalysed = state
        .app
        .set_business_aspect(&user, &slug, &aspect, &body.keywords)
        .await?;
    state.cache.invalidate(&slug);
    Ok(Json(json!({
        "aspect": aspect,
        "keywords": body.keywords,
        "reanalysed": reanalysed,
    })))
}

pub async fn delete_aspect(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path((slug, aspect)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let reanalysed = state
        .app
        .delete_business_aspect(&user, &slug, &aspect)
        .await?;
    state.cache.invalidate(&slug);
    Ok(Json(json!({ "deleted": aspect, "reanalysed": reanalysed })))
}
