//! The staff page of an incident: the reviews it groups and the form of the
//! coordinated reply, one text per language of the unanswered reviews, each
//! pre-filled from Candor's draft lines in that language with `{name}` left
//! for every reviewer's own name.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use candor_app::{AppError, IncidentDetail, IncidentReply, User};
use candor_core::ReviewStatus;

use super::recovery::when;
use super::staff::foreign_origin;
use super::{error_page, problem_text, render};
use crate::extract::{Locale, PageForm, StaffPage};
use crate::format::stars;
use crate::i18n::Tr;
use crate::server::AppState;

pub struct IncidentReview {
    pub id: String,
    pub stars: String,
    pub author: String,
    pub language: String,
    pub body: String,
    pub reply: Option<String>,
}

pub struct LanguageText {
    pub language: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "incident.html")]
struct IncidentPage {
    t: Tr,
    title: String,
    id: String,
    slug: String,
    aspect: String,
    open: bool,
    summary: String,
    remedy_policy: String,
    reviews: Vec<IncidentReview>,
    texts: Vec<LanguageText>,
    error: Option<String>,
}

/// The language key of a review in the reply form (`default` without one).
fn language_key(language: Option<&str>) -> String {
    language.unwrap_or("default").to_string()
}

fn starting_text(state: &AppState, language: &str, business: &str) -> String {
    let tr = state.app.translator(if language == "default" {
        "en"
    } else {
        language
    });
    [
        tr.arg("draft-greeting", "name", "{name}"),
        tr.get("draft-negative"),
        tr.get("draft-make-right"),
        tr.arg("draft-closing", "business", business),
    ]
    .join("\n\n")
}

fn page_of(
    state: &AppState,
    t: &Tr,
    detail: &IncidentDetail,
    slug: &str,
    business: &str,
) -> IncidentPage {
    let incident = &detail.incident;
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    let reviews = detail
        .reviews
        .iter()
        .map(|item| {
            let r = &item.review;
            let language = language_key(r.language.as_ref().map(|l| l.as_str()));
            if item.reply.is_none() && r.status != ReviewStatus::Removed {
                texts
                    .entry(language.clone())
                    .or_insert_with(|| starting_text(state, &language, business));
            }
            IncidentReview {
                id: r.id.clone(),
                stars: stars(r.rating.get()),
                author: r.author_name.clone(),
                language,
                body: r.body.clone(),
                reply: item.reply.as_ref().map(|p| p.body.clone()),
            }
        })
        .collect();
    let aspect = t.get(&format!("aspect-{}", incident.aspect));
    IncidentPage {
        title: t.get("incident-title"),
        id: incident.id.clone(),
        slug: slug.to_string(),
        summary: t.args(
            "incident-row",
            &[
                ("aspect", aspect.clone()),
                ("count", incident.observed.to_string()),
                ("date", when(incident.opened_at)),
            ],
        ),
        aspect,
        open: incident.open,
        remedy_policy: incident.remedy_policy.clone(),
        reviews,
        texts: texts
            .into_iter()
            .map(|(language, text)| LanguageText { language, text })
            .collect(),
        error: None,
        t: t.clone(),
    }
}

async fn show(state: &AppState, t: &Tr, user: &User, id: &str, error: Option<String>) -> Response {
    let detail = match state.app.incident_detail(user, id).await {
        Ok(found) => found,
        Err(e) => return error_page(t, e),
    };
    let business = match state
        .app
        .store()
        .business_by_id(&detail.incident.business_id)
        .await
    {
        Ok(Some(b)) => b,
        Ok(None) => return error_page(t, AppError::NotFound("business")),
        Err(e) => return error_page(t, e.into()),
    };
    let mut page = page_of(state, t, &detail, &business.slug, &business.name);
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    page.error = error;
    render(status, &page)
}

/// `GET /dashboard/incidents/{id}`
pub async fn page(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    show(&state, &t, &user, &id, None).await
}

/// `POST /dashboard/incidents/{id}/reply`: fields `body_<language>` and `remedy_policy`.
pub async fn reply(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    headers: HeaderMap,
    PageForm(form): PageForm<HashMap<String, String>>,
) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    let input = IncidentReply {
        bodies: form
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix("body_")?.to_string(), v.clone())))
            .collect(),
        remedy_policy: form.get("remedy_policy").cloned().unwrap_or_default(),
    };
    match state.app.reply_to_incident(&user, &id, &input).await {
        Ok(_) => {
            if let Ok(detail) = state.app.incident_detail(&user, &id).await {
                crate::api::invalidate_business_of(&state, &detail.incident.business_id).await;
            }
            Redirect::to(&format!("/dashboard/incidents/{id}")).into_response()
        }
        Err(AppError::Invalid(problem)) => {
            let message = format!("{} {}", problem_text(&t, &problem), problem.message);
            show(&state, &t, &user, &id, Some(message)).await
        }
        Err(e) => error_page(&t, e),
    }
}

/// `POST /dashboard/incidents/{id}/close`
pub async fn close(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    match state.app.close_incident(&user, &id).await {
        Ok(_) | Err(AppError::Conflict(_)) => {
            Redirect::to(&format!("/dashboard/incidents/{id}")).into_response()
        }
        Err(e) => error_page(&t, e),
    }
}
