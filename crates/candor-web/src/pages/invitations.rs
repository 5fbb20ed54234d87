//! The staff page of a business's invitations: figures, the CSV upload,
//! the delays and the newest invitations.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use candor_app::invitations::{InvitationFigures, InvitationSettings, customers_from_csv};
use candor_app::{AppError, User};
use serde::Deserialize;

use super::recovery::when;
use super::staff::foreign_origin;
use super::{error_page, problem_text, render};
use crate::extract::{Locale, PageForm, StaffPage};
use crate::i18n::Tr;
use crate::server::AppState;

pub struct InvitationRow {
    pub order_ref: String,
    pub name: String,
    pub email: String,
    pub state: String,
    pub state_label: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "invitations.html")]
struct InvitationsPage {
    t: Tr,
    title: String,
    slug: String,
    business_name: String,
    figures: Vec<(String, String)>,
    delay_hours: i64,
    reminder_hours: i64,
    recent: Vec<InvitationRow>,
    csv: String,
    notice: Option<String>,
    error: Option<String>,
}

fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "–".into(), |v| format!("{:.1} %", v * 100.0))
}

fn figure_rows(t: &Tr, f: &InvitationFigures) -> Vec<(String, String)> {
    let count = |id: &str, n: i64| (t.get(id), n.to_string());
    vec![
        count("invitations-uploaded-count", f.uploaded),
        count("invitations-sent", f.sent),
        count("invitations-opened", f.opened),
        count("invitations-reminded", f.reminded),
        count("invitations-reviewed", f.reviewed),
        count("invitations-unsubscribed-count", f.unsubscribed),
        count("invitations-bounced", f.bounced),
        (
            t.get("invitations-propensity-invited"),
            percent(f.invited_propensity),
        ),
        (
            t.get("invitations-propensity-organic"),
            percent(f.organic_propensity),
        ),
    ]
}

struct Shown<'a> {
    csv: String,
    notice: Option<String>,
    error: Option<&'a str>,
}

async fn show(state: &AppState, t: &Tr, user: &User, slug: &str, shown: Shown<'_>) -> Response {
    let loaded = async {
        let business = state.app.staff_business(user, slug).await?;
        let settings = state.app.invitation_settings(user, slug).await?;
        let figures = state.app.invitation_figures(user, slug, 90).await?;
        let recent = state.app.recent_invitations(user, slug, 50).await?;
        Ok::<_, AppError>((business, settings, figures, recent))
    };
    let (business, settings, figures, recent) = match loaded.await {
        Ok(found) => found,
        Err(e) => return error_page(t, e),
    };
    let recent = recent
        .into_iter()
        .map(|i| InvitationRow {
            state_label: t.get(&format!("invitations-state-{}", i.state)),
            when: when(i.sent_at.unwrap_or(i.send_at)),
            order_ref: i.order_ref,
            name: i.name,
            email: i.email,
            state: i.state,
        })
        .collect();
    let status = if shown.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render(
        status,
        &InvitationsPage {
            title: t.get("invitations-title"),
            slug: business.slug,
            business_name: business.name,
            figures: figure_rows(t, &figures),
            delay_hours: settings.delay_hours,
            reminder_hours: settings.reminder_hours,
            recent,
            csv: shown.csv,
            notice: shown.notice,
            error: shown.error.map(str::to_string),
            t: t.clone(),
        },
    )
}

/// `GET /dashboard/b/{slug}/invitations`
pub async fn page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    let shown = Shown {
        csv: "email,name,order_ref,order_date,language,product\n".into(),
        notice: None,
        error: None,
    };
    show(&state, &t, &user, &slug, shown).await
}

#[derive(Deserialize)]
pub struct UploadForm {
    #[serde(default)]
    csv: String,
}

/// `POST /dashboard/b/{slug}/invitations`: customers as CSV text.
pub async fn upload(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    headers: HeaderMap,
    PageForm(form): PageForm<UploadForm>,
) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    let outcome = match customers_from_csv(&form.csv) {
        Ok(customers) => state.app.upload_customers(&user, &slug, &customers).await,
        Err(e) => Err(e),
    };
    match outcome {
        Ok(done) => {
            let notice = t.args(
                "invitations-upload-done",
                &[
                    ("scheduled", done.scheduled.to_string()),
                    ("already", done.already_uploaded.to_string()),
                    ("unsubscribed", done.unsubscribed.to_string()),
                ],
            );
            show(
                &state,
                &t,
                &user,
                &slug,
                Shown {
                    csv: String::new(),
                    notice: Some(notice),
                    error: None,
                },
            )
            .await
        }
        Err(AppError::Invalid(problem)) => {
            let message = format!("{} {}", problem_text(&t, &problem), problem.message);
            show(
                &state,
                &t,
                &user,
                &slug,
                Shown {
                    csv: form.csv,
                    notice: None,
                    error: Some(&message),
                },
            )
            .await
        }
        Err(e) => error_page(&t, e),
    }
}

#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    delay_hours: String,
    #[serde(default)]
    reminder_hours: String,
}

/// `POST /dashboard/b/{slug}/invitation-settings`
pub async fn settings(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    headers: HeaderMap,
    PageForm(form): PageForm<SettingsForm>,
) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    // Unreadable numbers become out-of-range ones, reported as such.
    let hours = |text: &str| text.trim().parse().unwrap_or(-1);
    let settings = InvitationSettings {
        delay_hours: hours(&form.delay_hours),
        reminder_hours: hours(&form.reminder_hours),
    };
    match state
        .app
        .set_invitation_settings(&user, &slug, settings)
        .await
    {
        Ok(_) => Redirect::to(&format!("/dashboard/b/{slug}/invitations")).into_response(),
        Err(AppError::Invalid(problem)) => {
            let message = format!("{} {}", problem_text(&t, &problem), problem.message);
            show(
                &state,
                &t,
                &user,
                &slug,
                Shown {
                    csv: String::new(),
                    notice: None,
                    error: Some(&message),
                },
            )
            .await
        }
        Err(e) => error_page(&t, e),
    }
}
