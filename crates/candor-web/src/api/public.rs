//! Public endpoints: anyone may read, write a review and vote.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;

use candor_app::{AppError, SearchResults};
use candor_core::{FieldError, ReviewInput, ReviewQuery};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::cookies;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiQuery, Sender, Visitor};
use crate::format::{BusinessJson, analysis_json, review_json, rfc3339};
use crate::server::AppState;

pub async fn list_businesses(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    let summaries = state.app.directory().await?;
    let items: Vec<_> = summaries.iter().map(BusinessJson::from_summary).collect();
    Ok(Json(json!({ "items": items })))
}

pub async fn get_business(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<BusinessJson>, ApiError> {
    let summary = state.app.summary_by_slug(&slug).await?;
    Ok(Json(BusinessJson::from_summary(&summary)))
}

pub async fn list_reviews(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<ReviewQuery>,
) -> Result<Json<Value>, ApiError> {
    let business = state.app.business(&slug).await?;
    if let Some(found) = state.app.search_reviews(Some(&business), &query).await? {
        return Ok(Json(search_json(&found, |_| Some(slug.clone()))));
    }
    let (_, page) = state.app.public_reviews(&business, &query).await?;
    let items: Vec<_> = page
        .items
        .iter()
        .map(|i| review_json(&i.review, i.reply.as_ref()))
        .collect();
    Ok(Json(json!({
        "items": items,
        "next_cursor": page.next_cursor.map(|c| c.encode()),
    })))
}

/// `GET /api/v1/search`: reviews of every business (or of `business`).
#[derive(Deserialize)]
pub struct SearchParams {
    business: Option<String>,
    #[serde(flatten)]
    review: ReviewQuery,
}

pub async fn search(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Json<Value>, ApiError> {
    let business = match params.business.as_deref().filter(|b| !b.is_empty()) {
        Some(slug) => Some(state.app.business(slug).await?),
        None => None,
    };
    let found = state
        .app
        .search_reviews(business.as_ref(), &params.review)
        .await?
        .ok_or_else(|| {
            AppError::from(FieldError::new(
                "q",
                "required",
                "give words to search for (q) or an aspect",
            ))
        })?;
    let slugs: HashMap<String, String> = state
        .app
        .store()
        .all_businesses()
        .await
        .map_err(AppError::from)?
        .into_iter()
        .map(|b| (b.id, b.slug))
        .collect();
    Ok(Json(search_json(&found, |id| slugs.get(id).cloned())))
}

/// A page of search results; `slug_of` names each review's business.
fn search_json(found: &SearchResults, slug_of: impl Fn(&str) -> Option<String>) -> Value {
    let items: Vec<_> = found
        .items
        .iter()
        .map(|i| {
            let mut item = review_json(&i.review, i.reply.as_ref());
            item["business"] = json!(slug_of(&i.review.business_id));
            item
        })
        .collect();
    json!({
        "items": items,
        "total": found.total,
        "page": found.search.page,
        "next_page": found.has_next.then_some(found.search.page + 1),
    })
}

pub async fn submit_review(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Sender(origin): Sender,
    ApiJson(input): ApiJson<ReviewInput>,
) -> Result<Response, ApiError> {
    let submitted = state
        .app
        .submit_review_from(&slug, &input, "organic", &origin)
        .await?;
    state.cache.invalidate(&slug);
    let review = &submitted.review;
    let body = json!({
        "id": review.id,
        "status": review.status.as_str(),
        "edit_token": submitted.edit_token,
        "edit_url": format!("/r/{}/edit?token={}", review.id, submitted.edit_token),
        "screening": {
            "decision": submitted.screening.decision,
            "spam_score": submitted.screening.spam_score,
            "reasons": submitted.screening.reasons,
        },
    });
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

pub async fn get_review(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let detail = state.app.review_detail(&id).await?;
    let mut body = review_json(&detail.item.review, detail.item.reply.as_ref());
    let removed = detail.item.review.status == candor_core::ReviewStatus::Removed;
    body["business"] = json!(detail.business.slug);
    body["analysis"] = detail
        .analysis
        .as_ref()
        .filter(|_| !removed)
        .map_or(Value::Null, analysis_json);
    body["revisions"] = if removed {
        json!([])
    } else {
        detail
            .revisions
            .iter()
            .map(|r| {
                json!({
                    "revision": r.revision,
                    "rating": r.rating.get(),
                    "title": r.title,
                    "body": r.body,
                    "author_name": r.author_name,
                    "language": r.language.as_ref().map(|l| l.as_str()),
                    "experienced_on": r.experienced_on,
                    "created_at": rfc3339(r.created_at),
                })
            })
            .collect()
    };
    if let Some(reply) = body.get_mut("reply").filter(|r| !r.is_null()) {
        reply["revisions"] = detail
            .reply_revisions
            .iter()
            .map(|r| json!({ "revision": r.revision, "body": r.body, "created_at": rfc3339(r.created_at) }))
            .collect();
    }
    Ok(Json(body))
}

/// A new revision through the API: the review's fields plus its edit token.
#[derive(Deserialize)]
pub struct EditBody {
    edit_token: String,
    #[serde(flatten)]
    review: ReviewInput,
}

pub async fn edit_review(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<EditBody>,
) -> Result<Json<Value>, ApiError> {
    let review = state
        .app
        .edit_review(&id, &body.edit_token, &body.review)
        .await?;
    invalidate_business_of(&state, &review.business_id).await;
    Ok(Json(review_json(&review, None)))
}

pub async fn vote_helpful(
    State(state): State<AppState>,
    Path(id): Path<String>,
    visitor: Visitor,
) -> Result<Response, ApiError> {
    let (review, counted) = state.app.vote_helpful(&id, &visitor.key).await?;
    if counted {
        invalidate_business_of(&state, &review.business_id).await;
    }
    let helpful = review.helpful_count + i64::from(counted);
    let mut response =
        Json(json!({ "counted": counted, "helpful_count": helpful })).into_response();
    cookies::remember_visitor(&mut response, &visitor, state.config.secure_cookies);
    Ok(response)
}

/// Drops this node's cached pages of the business a review belongs to.
pub(crate) async fn invalidate_business_of(state: &AppState, business_id: &str) {
    if let Ok(Some(business)) = state.app.store().business_by_id(business_id).await {
        state.cache.invalidate(&business.slug);
    }
}
