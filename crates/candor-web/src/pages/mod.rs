//! Server-rendered pages. Every page works without JavaScript; all text a
//! user wrote is escaped by the templates (askama escapes HTML by default).

mod business;
mod case_link;
mod forms;
mod incidents;
pub(crate) mod insight;
mod insights;
mod invitations;
mod invite_link;
mod listing;
mod moderation;
mod recovery;
mod respond;
mod review;
mod staff;
mod transparency;

use askama::Template;
use axum::Router;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use candor_app::AppError;

use crate::cookies;
use crate::i18n::{self, Tr};
use crate::server::AppState;

const STYLESHEET: &str = include_str!("../../../../static/candor.css");

/// The insight pages (#7).
fn insight_routes() -> Router<AppState> {
    use insight::*;
    Router::new()
        .route("/dashboard/insights", get(agency::page))
        .route("/dashboard/b/{slug}/insights", get(dashboard::page))
        .route("/dashboard/b/{slug}/economics", get(economics::page))
        .route(
            "/dashboard/b/{slug}/promises",
            get(promises::page).post(promises::add),
        )
        .route(
            "/dashboard/b/{slug}/promises/{id}/archive",
            post(promises::archive),
        )
        .route("/dashboard/b/{slug}/causes", get(causes::page))
        .route("/dashboard/b/{slug}/report", get(reports::page))
        .route("/dashboard/b/{slug}/report.pdf", get(reports::pdf))
        .route("/dashboard/b/{slug}/report/share", post(reports::share))
        .route(
            "/dashboard/b/{slug}/report/links/{id}/revoke",
            post(reports::revoke),
        )
        .route("/report/{token}", get(reports::shared))
        .route("/report/{token}/pdf", get(reports::shared_pdf))
        .route(
            "/dashboard/b/{slug}/testimonials",
            get(testimonials::page).post(testimonials::choose),
        )
        .route(
            "/dashboard/b/{slug}/testimonials.json",
            get(testimonials::export_json),
        )
        .route(
            "/dashboard/b/{slug}/testimonials.html",
            get(testimonials::export_html),
        )
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(business::directory))
        .route("/b/{slug}", get(business::page))
        .route("/b/{slug}/reviews", post(business::submit))
        .route("/b/{slug}/score", get(business::score))
        .route("/r/{id}", get(review::page))
        .route(
            "/r/{id}/edit",
            get(review::edit_form).post(review::edit_submit),
        )
        .route("/r/{id}/helpful", post(review::helpful))
        .route("/login", get(staff::login_form).post(staff::login))
        .route("/logout", post(staff::logout))
        .route("/dashboard", get(staff::dashboard))
        .route("/dashboard/b/{slug}", get(staff::business))
        .route("/dashboard/b/{slug}/topics", get(insights::topics))
        .merge(insight_routes())
        .route(
            "/moderation",
            get(moderation::queue).post(moderation::decide),
        )
        .route("/r/{id}/flag", post(moderation::flag))
        .route("/b/{slug}/transparency", get(transparency::page))
        .route("/dashboard/reviews/{id}/reply", post(staff::reply))
        .route("/dashboard/reviews/{id}/case", post(recovery::open))
        .route("/dashboard/reviews/{id}/draft", get(recovery::draft))
        .route("/dashboard/cases/{id}", get(recovery::page))
        .route("/dashboard/incidents/{id}", get(incidents::page))
        .route("/dashboard/incidents/{id}/reply", post(incidents::reply))
        .route("/dashboard/incidents/{id}/close", post(incidents::close))
        .route("/dashboard/cases/{id}/step", post(recovery::step))
        .route("/dashboard/cases/{id}/note", post(recovery::note))
        .route("/dashboard/cases/{id}/message", post(recovery::message))
        .route("/dashboard/cases/{id}/assign", post(recovery::assign))
        .route("/case/{token}", get(case_link::page))
        .route("/case/{token}/answer", post(case_link::answer))
        .route("/case/{token}/review", post(case_link::update))
        .route(
            "/dashboard/b/{slug}/invitations",
            get(invitations::page).post(invitations::upload),
        )
        .route(
            "/dashboard/b/{slug}/invitation-settings",
            post(invitations::settings),
        )
        .route(
            "/invite/{token}",
            get(invite_link::page).post(invite_link::submit),
        )
        .route(
            "/invite/{token}/unsubscribe",
            get(invite_link::unsubscribe_form).post(invite_link::unsubscribe),
        )
        .route(
            "/dashboard/tokens",
            get(staff::tokens).post(staff::create_token),
        )
        .route("/dashboard/tokens/{id}/revoke", post(staff::revoke_token))
        .route("/static/candor.css", get(stylesheet))
        .route("/favicon.ico", get(|| async { StatusCode::NO_CONTENT }))
        .layer(middleware::from_fn(remember_locale))
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLESHEET,
    )
}

/// A `?locale=` choice is remembered in a cookie for the next pages.
async fn remember_locale(request: Request, next: Next) -> Response {
    let chosen = request.uri().query().and_then(|q| {
        q.split('&')
            .find_map(|pair| pair.strip_prefix("locale="))
            .and_then(i18n::supported)
    });
    let mut response = next.run(request).await;
    if let Some(locale) = chosen {
        cookies::set(&mut response, cookies::LOCALE, locale, 365 * 86_400, false);
    }
    response
}

/// Renders a template into an HTML response; a render failure is a 500.
pub(crate) fn render(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal server error").into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    t: Tr,
    title: String,
    message: String,
}

/// The page for a use-case error, in the visitor's language.
pub(crate) fn error_page(t: &Tr, error: AppError) -> Response {
    let (status, title, message) = match error {
        AppError::NotFound(_) => (
            StatusCode::NOT_FOUND,
            t.get("error-not-found-title"),
            t.get("error-not-found"),
        ),
        AppError::Forbidden(_) | AppError::Unauthenticated => (
            StatusCode::FORBIDDEN,
            t.get("error-forbidden"),
            t.get("error-forbidden"),
        ),
        // What is wrong, as the use case said it (the field and an English
        // sentence): clearer than a bare "bad request".
        AppError::Invalid(e) => (
            StatusCode::BAD_REQUEST,
            t.get("error-bad-request"),
            format!("{}: {}", e.field, e.message),
        ),
        AppError::Conflict(message) => {
            (StatusCode::BAD_REQUEST, t.get("error-bad-request"), message)
        }
        AppError::RateLimited { .. } => (
            StatusCode::TOO_MANY_REQUESTS,
            t.get("error-rate-limited"),
            t.get("error-rate-limited"),
        ),
        AppError::Unavailable(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            t.get("error-internal"),
            t.get("error-internal"),
        ),
        AppError::Internal(details) => {
            tracing::error!(%details, "internal error");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                t.get("error-internal"),
                t.get("error-internal"),
            )
        }
    };
    render(
        status,
        &ErrorPage {
            t: t.clone(),
            title,
            message,
        },
    )
}

/// A field problem in the visitor's language: "the review text is missing."
pub(crate) fn problem_text(t: &Tr, error: &candor_core::FieldError) -> String {
    let field = t.get(&format!("problem-field-{}", error.field));
    let id = format!("problem-{}", error.code);
    let known = i18n::Catalog::message_ids("en").contains(&id);
    t.arg(if known { &id } else { "problem-other" }, "field", field)
}
