//! Staff pages for recovery cases: the cases section of a business's
//! dashboard and the page of one case, with its forms. The reviewer's e-mail
//! address is never rendered: only what the public page shows of the review.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use candor_app::insights::percent;
use candor_app::{AppError, CaseCommand, CaseDetail, RemedyInput, User};
use candor_core::recovery::{CaseAction, CaseState};
use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::staff::foreign_origin;
use super::{error_page, problem_text, render};
use crate::extract::{Locale, PageForm, StaffPage};
use crate::format::stars;
use crate::i18n::Tr;
use crate::server::AppState;

/// Cases shown on a business's dashboard.
const DASHBOARD_CASES: usize = 20;

pub(crate) fn when(ms: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .format("%Y-%m-%d %H:%M UTC")
        .to_string()
}

fn state_label(t: &Tr, state: CaseState) -> String {
    t.get(&format!("case-state-{}", state.as_str()))
}

pub struct CaseRow {
    pub id: String,
    pub state: String,
    pub opened: String,
    pub rating: String,
}

/// The cases section of a business's dashboard.
pub struct CasesView {
    pub summary: String,
    pub threshold: String,
    pub rows: Vec<CaseRow>,
    /// Open incidents: id and one line each.
    pub incidents: Vec<(String, String)>,
}

pub async fn cases_view(
    state: &AppState,
    t: &Tr,
    user: &User,
    slug: &str,
) -> Result<CasesView, AppError> {
    let figures = state.app.recovery_figures(user, slug, 90).await?;
    let (cases, _) = state.app.cases(user, slug, None, None).await?;
    let threshold = state.app.staff_recovery_threshold(user, slug).await?;
    let ended = figures.cases.resolved + figures.cases.not_resolved;
    let summary = if ended == 0 {
        t.get("recovery-summary-empty")
    } else {
        let hours = figures
            .median_resolution_ms
            .map_or_else(|| "–".into(), |ms| t.decimal(ms / 3_600_000.0, 1));
        t.args(
            "recovery-summary",
            &[
                ("rate", percent(t, figures.recovery_rate)),
                ("resolved", figures.cases.resolved.to_string()),
                ("ended", ended.to_string()),
                ("hours", hours),
                ("updated", figures.updated_reviews.to_string()),
            ],
        )
    };
    let threshold = if threshold == 0 {
        t.get("cases-threshold-never")
    } else {
        t.arg("cases-threshold", "stars", threshold)
    };
    let rows = cases
        .iter()
        .take(DASHBOARD_CASES)
        .map(|c| CaseRow {
            id: c.id.clone(),
            state: state_label(t, c.state),
            opened: when(c.opened_at),
            rating: stars(u8::try_from(c.rating_at_open).unwrap_or(0)),
        })
        .collect();
    let incidents = state
        .app
        .incidents(user, slug)
        .await?
        .iter()
        .filter(|i| i.open)
        .map(|i| {
            let line = t.args(
                "incident-row",
                &[
                    ("aspect", t.get(&format!("aspect-{}", i.aspect))),
                    ("count", i.observed.to_string()),
                    ("date", crate::format::date(i.opened_at)),
                ],
            );
            (i.id.clone(), line)
        })
        .collect();
    Ok(CasesView {
        summary,
        threshold,
        rows,
        incidents,
    })
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct EventRow {
    pub when: String,
    pub text: String,
    pub actor: String,
    pub body: String,
}

pub struct MessageRow {
    pub when: String,
    pub from_reviewer: bool,
    pub author: String,
    pub body: String,
    /// A staff message whose e-mail has not gone out yet.
    pub pending: bool,
}

#[derive(Template)]
#[template(path = "case.html")]
struct CasePage {
    t: Tr,
    title: String,
    case_id: String,
    slug: String,
    business_name: String,
    state: String,
    ended: bool,
    in_contact: bool,
    rating: String,
    rating_at_open: String,
    review_id: String,
    review_title: String,
    review_body: String,
    author_name: String,
    remedy: Option<String>,
    staff: Vec<Choice>,
    actions: Vec<Choice>,
    remedy_kinds: Vec<Choice>,
    events: Vec<EventRow>,
    messages: Vec<MessageRow>,
    suggested_question: String,
    error: Option<String>,
}

fn name_of(detail: &CaseDetail, t: &Tr, user_id: Option<&str>) -> String {
    match user_id {
        None => t.get("case-automatic"),
        Some(id) => detail
            .staff
            .iter()
            .find(|u| u.id == id)
            .map_or_else(String::new, |u| u.name.clone()),
    }
}

fn event_rows(t: &Tr, detail: &CaseDetail) -> Vec<EventRow> {
    detail
        .events
        .iter()
        .map(|e| {
            let mut text = t.get(&format!("case-event-{}", e.kind));
            if let (Some(from), Some(to)) = (&e.from_state, &e.to_state)
                && let (Some(from), Some(to)) = (CaseState::parse(from), CaseState::parse(to))
            {
                text = format!("{text}: {} → {}", state_label(t, from), state_label(t, to));
            }
            let body = if e.kind == "assigned" {
                let assignee = (!e.body.is_empty()).then_some(e.body.as_str());
                assignee.map_or_else(|| t.get("case-nobody"), |id| name_of(detail, t, Some(id)))
            } else {
                e.body.clone()
            };
            let actor = if e.kind == "answer" {
                detail.review.author_name.clone()
            } else {
                name_of(detail, t, e.actor_id.as_deref())
            };
            EventRow {
                when: when(e.created_at),
                text,
                actor,
                body,
            }
        })
        .collect()
}

fn case_page(t: &Tr, detail: &CaseDetail, error: Option<String>) -> CasePage {
    let case = &detail.case;
    let actions = CaseAction::ALL
        .into_iter()
        .filter(|a| case.state.after(*a).is_ok())
        .map(|a| Choice {
            value: a.as_str().into(),
            label: t.get(&format!("case-action-{}", a.as_str())),
            selected: false,
        })
        .collect();
    let staff = detail
        .staff
        .iter()
        .map(|u| Choice {
            value: u.id.clone(),
            label: u.name.clone(),
            selected: case.assignee_id.as_deref() == Some(u.id.as_str()),
        })
        .collect();
    let remedy_kinds = candor_core::remedy::RemedyKind::ALL
        .into_iter()
        .map(|k| Choice {
            value: k.as_str().into(),
            label: t.get(&format!("remedy-{}", k.as_str())),
            selected: false,
        })
        .collect();
    let messages = detail
        .messages
        .iter()
        .map(|m| {
            let from_reviewer = m.direction == candor_app::MessageDirection::FromReviewer;
            MessageRow {
                when: when(m.created_at),
                from_reviewer,
                author: if from_reviewer {
                    detail.review.author_name.clone()
                } else {
                    name_of(detail, t, m.author_id.as_deref())
                },
                body: m.body.clone(),
                pending: !from_reviewer && m.sent_at.is_none(),
            }
        })
        .collect();
    let remedy = case.remedy.as_ref().map(|r| {
        let value = t.decimal(r.value_cents as f64 / 100.0, 2);
        format!(
            "{} · {value} {}",
            t.get(&format!("remedy-{}", r.kind.as_str())),
            r.currency
        )
    });
    CasePage {
        t: t.clone(),
        title: t.get("case-title"),
        case_id: case.id.clone(),
        slug: detail.business.slug.clone(),
        business_name: detail.business.name.clone(),
        state: state_label(t, case.state),
        ended: case.state.is_final(),
        in_contact: matches!(case.state, CaseState::Contacted | CaseState::RemedyOffered),
        rating: stars(detail.review.rating.get()),
        rating_at_open: t.arg("case-rating-at-open", "stars", case.rating_at_open),
        review_id: detail.review.id.clone(),
        review_title: detail.review.title.clone(),
        review_body: detail.review.body.clone(),
        author_name: detail.review.author_name.clone(),
        remedy,
        staff,
        actions,
        remedy_kinds,
        events: event_rows(t, detail),
        messages,
        suggested_question: detail.suggested_question.clone(),
        error,
    }
}

async fn show(state: &AppState, t: &Tr, user: &User, id: &str, error: Option<String>) -> Response {
    match state.app.case_detail(user, id).await {
        Ok(detail) => {
            let status = if error.is_some() {
                StatusCode::UNPROCESSABLE_ENTITY
            } else {
                StatusCode::OK
            };
            render(status, &case_page(t, &detail, error))
        }
        Err(e) => error_page(t, e),
    }
}

/// `GET /dashboard/cases/{id}`
pub async fn page(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    show(&state, &t, &user, &id, None).await
}

/// After a form: back to the case, or the case page with the problem.
async fn after(
    state: &AppState,
    t: &Tr,
    user: &User,
    id: &str,
    done: Result<(), AppError>,
) -> Response {
    match done {
        Ok(()) => Redirect::to(&format!("/dashboard/cases/{id}")).into_response(),
        Err(AppError::Invalid(problem)) => {
            let message = format!("{} {}", problem_text(t, &problem), problem.message);
            show(state, t, user, id, Some(message)).await
        }
        Err(AppError::Conflict(message)) => show(state, t, user, id, Some(message)).await,
        Err(e) => error_page(t, e),
    }
}

#[derive(Deserialize)]
pub struct StepForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    remedy_type: String,
    #[serde(default)]
    remedy_value: String,
    #[serde(default)]
    order_value: String,
    #[serde(default)]
    currency: String,
}

/// An amount typed as "25" or "25.50" (major units) in minor units; an
/// unreadable one becomes -1 so the use case reports it as out of range.
fn minor_units(raw: &str) -> Option<i64> {
    let raw = raw.trim().replace(',', ".");
    if raw.is_empty() {
        return None;
    }
    Some(
        raw.parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && *v >= 0.0 && *v < 1e12)
            .map_or(-1, |v| (v * 100.0).round() as i64),
    )
}

impl StepForm {
    fn command(&self) -> CaseCommand {
        let remedy =
            (self.action == "offer_remedy" || !self.remedy_type.is_empty()).then(|| RemedyInput {
                kind: self.remedy_type.clone(),
                value_cents: minor_units(&self.remedy_value),
                order_value_cents: minor_units(&self.order_value),
                currency: self.currency.clone(),
            });
        CaseCommand {
            action: self.action.clone(),
            message: Some(self.message.clone()),
            note: Some(self.note.clone()),
            remedy,
        }
    }
}

/// `POST /dashboard/cases/{id}/step`
pub async fn step(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    headers: HeaderMap,
    PageForm(form): PageForm<StepForm>,
) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    let done = state.app.act_on_case(&user, &id, &form.command()).await;
    after(&state, &t, &user, &id, done.map(|_| ())).await
}

#[derive(Deserialize)]
pub struct TextForm {
    #[serde(default)]
    body: String,
}

/// `POST /dashboard/cases/{id}/note`
pub async fn note(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    headers: HeaderMap,
    PageForm(form): PageForm<TextForm>,
) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    let done = state.app.note_case(&user, &id, &form.body).await;
    after(&state, &t, &user, &id, done).await
}

/// `POST /dashboard/cases/{id}/message`
pub async fn message(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    headers: HeaderMap,
    PageForm(form): PageForm<TextForm>,
) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    let done = state.app.message_reviewer(&user, &id, &form.body).await;
    after(&state, &t, &user, &id, done.map(|_| ())).await
}

#[derive(Deserialize)]
pub struct AssignForm {
    #[serde(default)]
    assignee_id: String,
}

/// `POST /dashboard/cases/{id}/assign`
pub async fn assign(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    headers: HeaderMap,
    PageForm(form): PageForm<AssignForm>,
) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    let done = state
        .app
        .assign_case(&user, &id, Some(form.assignee_id.as_str()))
        .await;
    after(&state, &t, &user, &id, done.map(|_| ())).await
}

/// `POST /dashboard/reviews/{id}/case`: opens a case, or goes to the one in progress.
pub async fn open(
    State(state): State<AppState>,
    Path(review_id): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    match state.app.open_case(&user, &review_id).await {
        Ok(case) => Redirect::to(&format!("/dashboard/cases/{}", case.id)).into_response(),
        Err(AppError::Conflict(_)) => match state.app.store().cases_of_review(&review_id).await {
            Ok(cases) => match cases.iter().find(|c| c.closed_at.is_none()) {
                Some(case) => {
                    Redirect::to(&format!("/dashboard/cases/{}", case.id)).into_response()
                }
                None => error_page(&t, AppError::NotFound("case")),
            },
            Err(e) => error_page(&t, e.into()),
        },
        Err(e) => error_page(&t, e),
    }
}

#[derive(Template)]
#[template(path = "draft.html")]
struct DraftPage {
    t: Tr,
    title: String,
    review_id: String,
    slug: String,
    stars: String,
    review_body: String,
    draft: String,
}

/// `GET /dashboard/reviews/{id}/draft`: the reply form filled with a suggestion.
pub async fn draft(
    State(state): State<AppState>,
    Path(review_id): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    let suggested = match state.app.reply_draft(&user, &review_id).await {
        Ok(found) => found,
        Err(e) => return error_page(&t, e),
    };
    let review = match state.app.staff_review(&user, &review_id).await {
        Ok(item) => item.review,
        Err(e) => return error_page(&t, e),
    };
    let slug = match state.app.store().business_by_id(&review.business_id).await {
        Ok(Some(b)) => b.slug,
        Ok(None) => return error_page(&t, AppError::NotFound("business")),
        Err(e) => return error_page(&t, e.into()),
    };
    let page = DraftPage {
        title: t.get("draft-title"),
        review_id,
        slug,
        stars: stars(review.rating.get()),
        review_body: review.body,
        draft: suggested.body,
        t,
    };
    render(StatusCode::OK, &page)
}

#[cfg(test)]
mod tests {
    use super::minor_units;

    #[test]
    fn amounts_are_read_in_major_units() {
        assert_eq!(minor_units(""), None);
        assert_eq!(minor_units("25"), Some(2_500));
        assert_eq!(minor_units("25,50"), Some(2_550));
        assert_eq!(minor_units("0.1"), Some(10));
        assert_eq!(minor_units("-3"), Some(-1));
        assert_eq!(minor_units("ten"), Some(-1));
    }
}
