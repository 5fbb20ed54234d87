//! `GET /b/{slug}/transparency`: what was removed from a business's page
//! and why, and what readers and the business reported.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::{error_page, render};
use crate::extract::Locale;
use crate::i18n::Tr;
use crate::server::AppState;

pub struct RemovalView {
    pub reason: String,
    pub by_star: [i64; 5],
    pub total: i64,
}

pub struct FlagView {
    pub reason: String,
    pub raised_by: String,
    pub outcome: String,
    pub count: i64,
}

#[derive(Template)]
#[template(path = "transparency.html")]
struct TransparencyPage {
    t: Tr,
    title: String,
    slug: String,
    business_name: String,
    removals: Vec<RemovalView>,
    flags: Vec<FlagView>,
}

/// A removal or report reason in words: a known code, automatic
/// rejections, or the free text an administrator gave.
fn reason_label(t: &Tr, reason: &str) -> String {
    if reason == "automatic" {
        t.get("transparency-automatic")
    } else if candor_app::FLAG_REASONS.contains(&reason) {
        t.get(&format!("flag-reason-{reason}"))
    } else {
        reason.to_string()
    }
}

pub async fn page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Locale(t): Locale,
) -> Response {
    let (business, figures) = match state.app.business(&slug).await {
        Ok(business) => match state.app.transparency(&slug).await {
            Ok(figures) => (business, figures),
            Err(e) => return error_page(&t, e),
        },
        Err(e) => return error_page(&t, e),
    };
    let removals = figures
        .removals
        .iter()
        .map(|r| RemovalView {
            reason: reason_label(&t, &r.reason),
            by_star: r.by_star,
            total: r.total,
        })
        .collect();
    let flags = figures
        .flags
        .iter()
        .map(|f| FlagView {
            reason: reason_label(&t, &f.reason),
            raised_by: t.get(&format!("transparency-raised-{}", f.raised_by)),
            outcome: t.get(&format!("transparency-status-{}", f.status)),
            count: f.count,
        })
        .collect();
    render(
        StatusCode::OK,
        &TransparencyPage {
            title: t.arg("transparency-title", "business", business.name.as_str()),
            slug: business.slug.clone(),
            business_name: business.name.clone(),
            removals,
            flags,
            t,
        },
    )
}
