//! Request extractors: JSON and form bodies with our error format, the staff
//! member behind a token or session, the interface locale, the visitor key.

use std::net::SocketAddr;

use axum::extract::rejection::{FormRejection, JsonRejection};
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use candor_app::User;
use serde::de::DeserializeOwned;

use crate::cookies;
use crate::error::ApiError;
use crate::i18n::{self, Tr};
use crate::server::AppState;

/// A JSON body; a bad one answers 400, 413 or 415 in the API's error format.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(Self(value)),
            Err(rejection) => Err(json_rejection(rejection)),
        }
    }
}

fn json_rejection(rejection: JsonRejection) -> ApiError {
    let status = rejection.status();
    let code = match rejection {
        JsonRejection::MissingJsonContentType(_) => "unsupported_media_type",
        JsonRejection::JsonSyntaxError(_) => "malformed_json",
        JsonRejection::JsonDataError(_) => "invalid_json_fields",
        _ if status == StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
        _ => "bad_request",
    };
    ApiError::new(status, code, rejection.body_text())
}

/// Query parameters; unparsable ones answer 400 in the API's error format.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned> FromRequestParts<AppState> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(Self(value)),
            Err(rejection) => Err(ApiError::new(
                rejection.status(),
                "invalid_query",
                rejection.body_text(),
            )),
        }
    }
}

/// A form body; a bad one answers 400, 413 or 415 as plain text.
pub struct PageForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for PageForm<T> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        match axum::Form::<T>::from_request(req, state).await {
            Ok(axum::Form(value)) => Ok(Self(value)),
            Err(rejection) => Err(form_rejection(rejection)),
        }
    }
}

fn form_rejection(rejection: FormRejection) -> Response {
    (rejection.status(), rejection.body_text()).into_response()
}

/// The staff member behind `Authorization: Bearer` or the session cookie.
pub struct Staff(pub User);

impl FromRequestParts<AppState> for Staff {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let bearer = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        let user = match bearer {
            Some(token) => state.app.token_user(token.trim()).await?,
            None => session_user(parts, state).await?,
        };
        user.map(Staff)
            .ok_or_else(|| candor_app::AppError::Unauthenticated.into())
    }
}

/// A logged-in staff member for dashboard pages; others go to the login page.
pub struct StaffPage(pub User);

impl FromRequestParts<AppState> for StaffPage {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match session_user(parts, state).await {
            Ok(Some(user)) => Ok(Self(user)),
            Ok(None) => Err(Redirect::to("/login").into_response()),
            Err(error) => Err(ApiError::from(error).into_response()),
        }
    }
}

async fn session_user(
    parts: &Parts,
    state: &AppState,
) -> Result<Option<User>, candor_app::AppError> {
    match cookies::get(&parts.headers, cookies::SESSION) {
        Some(token) => state.app.session_user(token).await,
        None => Ok(None),
    }
}

/// The interface locale of this request.
pub struct Locale(pub Tr);

impl FromRequestParts<AppState> for Locale {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let from_query = parts.uri.query().and_then(|q| {
            q.split('&')
                .find_map(|pair| pair.strip_prefix("locale="))
                .and_then(i18n::supported)
        });
        let from_cookie =
            || cookies::get(&parts.headers, cookies::LOCALE).and_then(i18n::supported);
        let from_header = || {
            parts
                .headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(i18n::from_accept_language)
        };
        let locale = from_query
            .or_else(from_cookie)
            .or_else(from_header)
            .unwrap_or("en");
        Ok(Self(Tr::new(state.catalog.clone(), locale)))
    }
}

/// Who is voting: the visitor cookie, or, for clients without cookies, a
/// hash of address and user agent (so a cookie-less script still gets one vote).
pub struct Visitor {
    pub key: String,
    /// True when the key must be set as a cookie on the answer.
    pub is_new: bool,
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(key) = cookies::get(&parts.headers, cookies::VISITOR)
            .filter(|k| k.len() == 64 && k.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            return Ok(Self {
                key: key.to_string(),
                is_new: false,
            });
        }
        let address = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip().to_string())
            .unwrap_or_default();
        let agent = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let key = candor_app::fingerprint(&format!("{address}|{agent}"));
        Ok(Self { key, is_new: true })
    }
}

/// Where a submission comes from: the peer address and, when the visitor
/// has one, the visitor cookie (hashed by the app before it is stored).
pub struct Sender(pub candor_app::Origin);

impl FromRequestParts<AppState> for Sender {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip().to_string())
            .unwrap_or_default();
        let device = cookies::get(&parts.headers, cookies::VISITOR)
            .unwrap_or_default()
            .to_string();
        Ok(Self(candor_app::Origin {
            ip,
            device,
            honeypot: false,
        }))
    }
}
