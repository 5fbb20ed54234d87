//! The JSON API under `/api/v1`, plus `/healthz` and `/metrics`.

mod akismet;
mod insights;
mod invitations;
mod moderation;
pub(crate) mod public;
mod recovery;
mod reply_help;
pub(crate) mod respond;
mod staff;

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{delete, get, post, put};

pub(crate) use public::invalidate_business_of;

use crate::error::ApiError;
use crate::server::AppState;

const OPENAPI: &str = include_str!("../../openapi.json");

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route("/api/v1/openapi.json", get(openapi))
        .route("/api/v1/businesses", get(public::list_businesses))
        .route("/api/v1/businesses/{slug}", get(public::get_business))
        .route(
            "/api/v1/businesses/{slug}/reviews",
            get(public::list_reviews).post(public::submit_review),
        )
        .route(
            "/api/v1/reviews/{id}",
            get(public::get_review).put(public::edit_review),
        )
        .route("/api/v1/search", get(public::search))
        .route(
            "/api/v1/businesses/{slug}/transparency",
            get(moderation::transparency),
        )
        .route(
            "/api/v1/reviews/{id}/flags",
            post(moderation::flag_as_consumer),
        )
        .route(
            "/api/v1/staff/reviews/{id}/flags",
            post(moderation::flag_as_business),
        )
        .route("/api/v1/moderation/queue", get(moderation::queue))
        .route("/api/v1/moderation/reviews/{id}", post(moderation::decide))
        .route("/api/v1/moderation/bulk", post(moderation::bulk))
        .route("/api/v1/moderation/suspicion", get(moderation::suspicion))
        .route("/api/v1/reviews/{id}/helpful", post(public::vote_helpful))
        .route("/api/v1/reviews/{id}/reply", put(staff::put_reply))
        .route("/api/v1/staff/me", get(staff::me))
        .route("/api/v1/staff/me/locale", put(respond::put_locale))
        .route("/api/v1/staff/notifications", get(respond::notifications))
        .route(
            "/api/v1/staff/notifications/{id}/read",
            post(respond::mark_read),
        )
        .route(
            "/api/v1/staff/businesses/{slug}/responses",
            get(respond::figures),
        )
        .route(
            "/api/v1/staff/businesses/{slug}/unanswered",
            get(respond::unanswered),
        )
        .route(
            "/api/v1/staff/businesses/{slug}/deadlines",
            get(respond::deadlines),
        )
        .route(
            "/api/v1/staff/businesses/{slug}/deadlines/{band}",
            put(respond::put_deadline),
        )
        .route("/api/v1/staff/businesses/{slug}/cases", get(recovery::list))
        .route(
            "/api/v1/staff/businesses/{slug}/recovery",
            get(recovery::figures),
        )
        .route(
            "/api/v1/staff/businesses/{slug}/recovery-settings",
            get(recovery::settings).put(recovery::put_settings),
        )
        .route("/api/v1/staff/reviews/{id}/case", post(recovery::open))
        .merge(insight_routes())
        .route(
            "/api/v1/staff/businesses/{slug}/invitations",
            get(invitations::list).post(invitations::upload),
        )
        .route(
            "/api/v1/staff/businesses/{slug}/invitations/figures",
            get(invitations::figures),
        )
        .route(
            "/api/v1/staff/businesses/{slug}/invitation-settings",
            get(invitations::settings).put(invitations::put_settings),
        )
        .route(
            "/api/v1/staff/businesses/{slug}/reply-templates",
            get(reply_help::templates).post(reply_help::create_template),
        )
        .route(
            "/api/v1/staff/reply-templates/{id}",
            put(reply_help::update_template).delete(reply_help::delete_template),
        )
        .route(
            "/api/v1/staff/reviews/{id}/reply-draft",
            get(reply_help::draft),
        )
        .route(
            "/api/v1/staff/businesses/{slug}/incidents",
            get(reply_help::incidents),
        )
        .route("/api/v1/staff/incidents/{id}", get(reply_help::incident))
        .route(
            "/api/v1/staff/incidents/{id}/reply",
            post(reply_help::reply),
        )
        .route(
            "/api/v1/staff/incidents/{id}/close",
            post(reply_help::close),
        )
        .route("/api/v1/staff/cases/{id}", get(recovery::get_case))
        .route("/api/v1/staff/cases/{id}/steps", post(recovery::step))
        .route("/api/v1/staff/cases/{id}/messages", post(recovery::message))
        .route("/api/v1/staff/cases/{id}/notes", post(recovery::note))
        .route("/api/v1/staff/cases/{id}/assignee", put(recovery::assign))
        .route("/api/v1/staff/businesses", get(staff::businesses))
        .route(
            "/api/v1/staff/businesses/{slug}/reviews",
            get(staff::reviews),
        )
        .route("/api/v1/staff/businesses/{slug}/topics", get(staff::topics))
        .route(
            "/api/v1/staff/businesses/{slug}/aspects",
            get(staff::aspects),
        )
        .route(
            "/api/v1/staff/businesses/{slug}/aspects/{aspect}",
            put(staff::put_aspect).delete(staff::delete_aspect),
        )
        .route("/api/v1/staff/reviews/{id}", get(staff::review))
        .route(
            "/api/v1/staff/tokens",
            get(staff::tokens).post(staff::create_token),
        )
        .route("/api/v1/staff/tokens/{id}", delete(staff::revoke_token))
        .route("/api/v1/{*rest}", axum::routing::any(api_not_found))
        .route("/api/akismet/1.1/verify-key", post(akismet::verify_key))
        .route(
            "/api/akismet/1.1/comment-check",
            post(akismet::comment_check),
        )
        .route("/api/akismet/1.1/submit-spam", post(akismet::submit_spam))
        .route("/api/akismet/1.1/submit-ham", post(akismet::submit_ham))
}

async fn healthz(axum::extract::State(state): axum::extract::State<AppState>) -> impl IntoResponse {
    if state.app.store().ping().await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
    }
}

async fn metrics(axum::extract::State(state): axum::extract::State<AppState>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

async fn api_not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such API endpoint")
}

/// The insight endpoints (#7).
fn insight_routes() -> Router<AppState> {
    const B: &str = "/api/v1/staff/businesses/{slug}";
    Router::new()
        .route("/api/v1/staff/insights", get(insights::organisation))
        .route(&format!("{B}/insights"), get(insights::dashboard))
        .route(&format!("{B}/economics"), get(insights::economics))
        .route(
            &format!("{B}/promises"),
            get(insights::promises).post(insights::add_promise),
        )
        .route(
            &format!("{B}/promises/{{id}}"),
            delete(insights::archive_promise),
        )
        .route(&format!("{B}/root-causes"), get(insights::root_causes))
        .route(&format!("{B}/report"), get(insights::report))
        .route(&format!("{B}/report/pdf"), get(insights::report_pdf))
        .route(
            &format!("{B}/report-links"),
            get(insights::report_links).post(insights::share_report),
        )
        .route(
            &format!("{B}/report-links/{{id}}"),
            delete(insights::revoke_report_link),
        )
        .route(
            &format!("{B}/testimonials"),
            get(insights::testimonials).put(insights::choose_testimonials),
        )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_openapi_document_is_json_and_documents_every_route() {
        let doc: serde_json::Value = serde_json::from_str(super::OPENAPI).expect("valid JSON");
        assert_eq!(doc["openapi"], "3.1.0");
        let paths = doc["paths"].as_object().expect("paths");
        let source = include_str!("mod.rs");
        for line in source
            .lines()
            .filter(|l| l.contains(".route(\"/api/v1/") && !l.contains("{*rest}"))
        {
            let path = line.split('"').nth(1).expect("quoted path");
            let documented = path.trim_start_matches("/api/v1");
            assert!(
                paths.contains_key(documented),
                "{documented} is not in openapi.json"
            );
        }
    }
}
