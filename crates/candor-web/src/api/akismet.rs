//! `POST /api/akismet/1.1/...`: Akismet's comment spam API, answered by
//! Candor's screening. Answers are plain text as Akismet's are (`true`,
//! `false`, `valid`, `invalid`), so existing Akismet clients work with only
//! the address changed. The instance key goes in `api_key` (or `key`).

use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use candor_app::{AkismetComment, AppError};
use serde::Deserialize;

use crate::server::AppState;

const THANKS: &str = "Thanks for making the web a better place.";

#[derive(Debug, Default, Deserialize)]
pub struct AkismetForm {
    api_key: Option<String>,
    key: Option<String>,
    blog: Option<String>,
    user_ip: Option<String>,
    #[serde(default)]
    comment_content: String,
    #[serde(default)]
    comment_author: String,
    #[serde(default)]
    comment_author_email: String,
    #[serde(default)]
    comment_author_url: String,
}

impl AkismetForm {
    fn key(&self) -> &str {
        self.api_key
            .as_deref()
            .or(self.key.as_deref())
            .unwrap_or_default()
    }

    /// Akismet requires `blog` and `user_ip` on every comment call.
    fn missing(&self) -> Option<&'static str> {
        let empty = |v: &Option<String>| v.as_deref().is_none_or(|s| s.trim().is_empty());
        if empty(&self.blog) {
            Some("blog")
        } else if empty(&self.user_ip) {
            Some("user_ip")
        } else {
            None
        }
    }

    fn comment(&self) -> AkismetComment {
        AkismetComment {
            content: self.comment_content.clone(),
            author: self.comment_author.clone(),
            author_email: self.comment_author_email.clone(),
            author_url: self.comment_author_url.clone(),
        }
    }
}

fn text(status: StatusCode, body: &'static str, headers: &[(&'static str, String)]) -> Response {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        if let Ok(value) = HeaderValue::from_str(value) {
            map.insert(*name, value);
        }
    }
    (status, map, body).into_response()
}

fn invalid_key() -> Response {
    let help = "The API key is not this Candor instance's Akismet key (candor admin akismet-key).";
    text(
        StatusCode::OK,
        "invalid",
        &[("x-akismet-debug-help", help.to_string())],
    )
}

fn missing(field: &'static str) -> Response {
    let help = format!("Missing required field: {field}.");
    text(
        StatusCode::BAD_REQUEST,
        "Missing required field",
        &[("x-akismet-debug-help", help)],
    )
}

fn failed(error: AppError) -> Response {
    match error {
        AppError::Unauthenticated => invalid_key(),
        other => crate::error::ApiError::from(other).into_response(),
    }
}

pub async fn verify_key(State(state): State<AppState>, Form(form): Form<AkismetForm>) -> Response {
    match state.app.akismet_key_valid(form.key()).await {
        Ok(true) => text(StatusCode::OK, "valid", &[]),
        Ok(false) => invalid_key(),
        Err(e) => failed(e),
    }
}

pub async fn comment_check(
    State(state): State<AppState>,
    Form(form): Form<AkismetForm>,
) -> Response {
    if let Some(field) = form.missing() {
        return missing(field);
    }
    match state.app.akismet_check(form.key(), &form.comment()).await {
        Ok(verdict) => {
            let codes: Vec<&str> = verdict.screening.reasons.iter().map(|r| r.code).collect();
            let mut headers = vec![("x-candor-reasons", codes.join(", "))];
            if verdict.discard {
                headers.push(("x-akismet-pro-tip", "discard".to_string()));
            }
            text(
                StatusCode::OK,
                if verdict.spam { "true" } else { "false" },
                &headers,
            )
        }
        Err(e) => failed(e),
    }
}

async fn report(state: AppState, form: AkismetForm, spam: bool) -> Response {
    if let Some(field) = form.missing() {
        return missing(field);
    }
    match state
        .app
        .akismet_report(form.key(), &form.comment(), spam)
        .await
    {
        Ok(()) => text(StatusCode::OK, THANKS, &[]),
        Err(e) => failed(e),
    }
}

pub async fn submit_spam(State(state): State<AppState>, Form(form): Form<AkismetForm>) -> Response {
    report(state, form, true).await
}

pub async fn submit_ham(State(state): State<AppState>, Form(form): Form<AkismetForm>) -> Response {
    report(state, form, false).await
}
