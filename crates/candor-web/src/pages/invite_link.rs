//! Behind an invitation e-mail's link: the review form (in the customer's
//! language, used once) and unsubscribing (a confirmation page for people,
//! and one-click `List-Unsubscribe-Post` for mail programs). Never indexed,
//! and the link is not passed on to other sites.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use candor_app::AppError;
use candor_app::invitations::InvitationPage;

use super::business::thanks;
use super::case_link::private;
use super::forms::ReviewFormData;
use super::{error_page, problem_text, render};
use crate::extract::{Locale, PageForm, Sender};
use crate::i18n::Tr;
use crate::server::AppState;

#[derive(Template)]
#[template(path = "invite.html")]
struct InvitePage {
    t: Tr,
    title: String,
    token: String,
    business_name: String,
    usable: bool,
    form: ReviewFormData,
    notice: Option<String>,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "invite_unsubscribe.html")]
struct UnsubscribePage {
    t: Tr,
    title: String,
    token: String,
    business_name: String,
    done: bool,
}

fn form_page(
    state: &AppState,
    token: &str,
    seen: &InvitationPage,
    form: ReviewFormData,
    error: Option<String>,
) -> Response {
    let t = state.app.translator(&seen.invitation.language);
    let notice = match seen.invitation.state.as_str() {
        "sent" => None,
        "reviewed" => Some(t.get("invite-used")),
        _ => Some(t.get("invite-unusable")),
    };
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    private(render(
        status,
        &InvitePage {
            title: t.arg("invite-page-title", "business", seen.business.name.as_str()),
            token: token.to_string(),
            business_name: seen.business.name.clone(),
            usable: seen.usable(),
            form,
            notice,
            error,
            t,
        },
    ))
}

/// The form as the invitation fills it in: the customer's name and language.
fn prefilled(seen: &InvitationPage) -> ReviewFormData {
    ReviewFormData {
        author_name: seen.invitation.name.clone(),
        language: seen.invitation.language.clone(),
        ..ReviewFormData::default()
    }
}

/// `GET /invite/{token}`
pub async fn page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Locale(t): Locale,
) -> Response {
    match state.app.open_invitation(&token).await {
        Ok(seen) => form_page(&state, &token, &seen, prefilled(&seen), None),
        Err(e) => private(error_page(&t, e)),
    }
}

/// `POST /invite/{token}`: the review, written through the invitation.
pub async fn submit(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Locale(t): Locale,
    Sender(mut origin): Sender,
    PageForm(data): PageForm<ReviewFormData>,
) -> Response {
    origin.honeypot = !data.website.trim().is_empty();
    let result = state
        .app
        .submit_invited_review(&token, &data.to_input(), &origin)
        .await;
    let retry = |error: Option<String>| async {
        match state.app.open_invitation(&token).await {
            Ok(seen) => form_page(&state, &token, &seen, data.clone(), error),
            Err(e) => private(error_page(&t, e)),
        }
    };
    match result {
        Ok(submitted) => {
            let language = submitted
                .review
                .language
                .as_ref()
                .map_or("en", |l| l.as_str());
            let t = state.app.translator(language);
            private(thanks(&state, t, submitted))
        }
        Err(AppError::Invalid(problem)) => retry(Some(problem_text(&t, &problem))).await,
        Err(AppError::Conflict(_)) => retry(None).await,
        Err(e) => private(error_page(&t, e)),
    }
}

async fn unsubscribe_page(state: &AppState, token: &str, t: &Tr, done: bool) -> Response {
    let seen = if done {
        state.app.unsubscribe_invitation(token).await
    } else {
        state.app.open_invitation(token).await
    };
    match seen {
        Ok(seen) => {
            let t = state.app.translator(&seen.invitation.language);
            private(render(
                StatusCode::OK,
                &UnsubscribePage {
                    title: t.get("invite-unsubscribe-title"),
                    token: token.to_string(),
                    business_name: seen.business.name.clone(),
                    done,
                    t,
                },
            ))
        }
        Err(e) => private(error_page(t, e)),
    }
}

/// `GET /invite/{token}/unsubscribe`: asks first (link scanners follow links).
pub async fn unsubscribe_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Locale(t): Locale,
) -> Response {
    unsubscribe_page(&state, &token, &t, false).await
}

/// `POST /invite/{token}/unsubscribe`: from the page, or one click from a
/// mail program (RFC 8058; its body is not needed).
pub async fn unsubscribe(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Locale(t): Locale,
) -> Response {
    unsubscribe_page(&state, &token, &t, true).await
}
