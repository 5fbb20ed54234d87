//! Staff endpoints for review invitations: upload customers (JSON or CSV),
//! the delays, the recent invitations and the figures.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use candor_app::AppError;
use candor_app::invitations::{
    CustomerInput, InvitationFigures, InvitationSettings, customers_from_csv,
};
use candor_core::FieldError;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::api::recovery::DaysQuery;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiQuery, Staff};
use crate::format::rfc3339;
use crate::server::AppState;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UploadBody {
    customers: Vec<CustomerInput>,
}

fn invalid(code: &'static str, message: String) -> ApiError {
    AppError::from(FieldError::new("body", code, message)).into()
}

/// The customers of an upload: `text/csv` (a header row naming the
/// columns), else JSON `{"customers": [...]}`.
fn customers_of(headers: &HeaderMap, body: &[u8]) -> Result<Vec<CustomerInput>, ApiError> {
    let is_csv = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("text/csv"));
    if is_csv {
        let text = std::str::from_utf8(body)
            .map_err(|_| invalid("invalid_csv", "the CSV is not UTF-8".into()))?;
        return Ok(customers_from_csv(text)?);
    }
    serde_json::from_slice::<UploadBody>(body)
        .map(|b| b.customers)
        .map_err(|e| {
            invalid(
                "invalid_json",
                format!("expected {{\"customers\": [...]}}: {e}"),
            )
        })
}

/// `POST /api/v1/staff/businesses/{slug}/invitations` (owners and managers).
pub async fn upload(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let customers = customers_of(&headers, &body)?;
    let outcome = state.app.upload_customers(&user, &slug, &customers).await?;
    Ok((StatusCode::CREATED, Json(json!(outcome))))
}

/// `GET /api/v1/staff/businesses/{slug}/invitations`: the newest 200.
pub async fn list(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let invitations = state.app.recent_invitations(&user, &slug, 200).await?;
    let items: Vec<Value> = invitations
        .iter()
        .map(|i| {
            json!({
                "id": i.id, "email": i.email, "name": i.name, "order_ref": i.order_ref,
                "ordered_at": i.ordered_at.map(rfc3339), "language": i.language,
                "product": i.product, "state": i.state, "send_at": rfc3339(i.send_at),
                "sent_at": i.sent_at.map(rfc3339), "reminded_at": i.reminded_at.map(rfc3339),
                "opened_at": i.opened_at.map(rfc3339), "reviewed_at": i.reviewed_at.map(rfc3339),
                "review_id": i.review_id, "bounce_reason": i.bounce_reason,
                "created_at": rfc3339(i.created_at),
            })
        })
        .collect();
    Ok(Json(json!({ "invitations": items })))
}

/// `GET /api/v1/staff/businesses/{slug}/invitation-settings`
pub async fn settings(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
) -> Result<Json<InvitationSettings>, ApiError> {
    Ok(Json(state.app.invitation_settings(&user, &slug).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsBody {
    delay_hours: i64,
    reminder_hours: i64,
}

/// `PUT /api/v1/staff/businesses/{slug}/invitation-settings` (owners and managers).
pub async fn put_settings(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<SettingsBody>,
) -> Result<Json<InvitationSettings>, ApiError> {
    let settings = InvitationSettings {
        delay_hours: body.delay_hours,
        reminder_hours: body.reminder_hours,
    };
    Ok(Json(
        state
            .app
            .set_invitation_settings(&user, &slug, settings)
            .await?,
    ))
}

/// `GET /api/v1/staff/businesses/{slug}/invitations/figures?days=90`
pub async fn figures(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<DaysQuery>,
) -> Result<Json<InvitationFigures>, ApiError> {
    let days = query.days.unwrap_or(90);
    Ok(Json(
        state.app.invitation_figures(&user, &slug, days).await?,
    ))
}
