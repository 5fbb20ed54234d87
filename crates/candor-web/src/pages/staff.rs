//! The staff side: login, the dashboard, replies and API tokens. State
//! changes come only from forms of this site: SameSite=Lax keeps the session
//! cookie off cross-site posts, and a foreign `Origin` header is refused.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use candor_app::{AppError, SESSION_TTL_MS, User};
use candor_core::ReviewQuery;
use serde::Deserialize;

use super::business::directory_row;
use super::{error_page, render};
use crate::api::invalidate_business_of;
use crate::cookies;
use crate::extract::{Locale, PageForm, StaffPage};
use crate::format::{AnalysisBadges, ReviewView, ScreeningBadge, date};
use crate::i18n::Tr;
use crate::server::AppState;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    t: Tr,
    title: String,
    failed: bool,
    email: String,
}

pub async fn login_form(Locale(t): Locale) -> Response {
    render(
        StatusCode::OK,
        &LoginPage {
            title: t.get("login-title"),
            failed: false,
            email: String::new(),
            t,
        },
    )
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn login(
    State(state): State<AppState>,
    Locale(t): Locale,
    headers: HeaderMap,
    PageForm(form): PageForm<LoginForm>,
) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    match state.app.login(&form.email, &form.password).await {
        Ok((_, token)) => {
            let mut response = Redirect::to("/dashboard").into_response();
            let max_age = SESSION_TTL_MS / 1000;
            cookies::set(
                &mut response,
                cookies::SESSION,
                &token,
                max_age,
                state.config.secure_cookies,
            );
            response
        }
        Err(AppError::Unauthenticated) => render(
            StatusCode::UNAUTHORIZED,
            &LoginPage {
                title: t.get("login-title"),
                failed: true,
                email: form.email,
                t,
            },
        ),
        Err(e) => error_page(&t, e),
    }
}

pub async fn logout(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    if let Some(token) = cookies::get(&headers, cookies::SESSION)
        && let Err(error) = state.app.logout(token).await
    {
        tracing::warn!(%error, "logout failed");
    }
    let mut response = Redirect::to("/").into_response();
    cookies::set(
        &mut response,
        cookies::SESSION,
        "",
        0,
        state.config.secure_cookies,
    );
    response
}

/// Refuses a state-changing request whose `Origin` is another site.
pub(crate) fn foreign_origin(headers: &HeaderMap) -> Option<Response> {
    let origin = headers.get(header::ORIGIN)?.to_str().ok()?;
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let origin_host = origin.split("://").nth(1).unwrap_or(origin);
    (origin == "null" || origin_host != host)
        .then(|| (StatusCode::FORBIDDEN, "cross-site request refused").into_response())
}

pub struct DashboardBusinessRow {
    pub slug: String,
    pub name: String,
    pub score: String,
    pub count: i64,
    pub unanswered: i64,
    /// Imported reviews waiting in the queue for their screening.
    pub queued: i64,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    t: Tr,
    title: String,
    user_name: String,
    businesses: Vec<DashboardBusinessRow>,
    moderator: bool,
    notifications: Vec<super::respond::NotificationRow>,
    unread: i64,
}

pub async fn dashboard(
    State(state): State<AppState>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    let moderator = state.app.is_moderator(&user).await.unwrap_or(false);
    let (notifications, unread) = match super::respond::notification_rows(&state, &user).await {
        Ok(found) => found,
        Err(e) => return error_page(&t, e),
    };
    match dashboard_rows(&state, &t, &user).await {
        Ok(businesses) => render(
            StatusCode::OK,
            &DashboardPage {
                title: t.get("dashboard-title"),
                user_name: user.name.clone(),
                businesses,
                moderator,
                notifications,
                unread,
                t,
            },
        ),
        Err(e) => error_page(&t, e),
    }
}

async fn dashboard_rows(
    state: &AppState,
    t: &Tr,
    user: &User,
) -> Result<Vec<DashboardBusinessRow>, AppError> {
    let mut rows = Vec::new();
    for business in state.app.staff_businesses(user).await? {
        let (answered, total) = state.app.store().reply_counts(&business.id).await?;
        let queued = state.app.store().queued_import_count(&business.id).await?;
        let summary = state.app.summary(business).await?;
        let row = directory_row(t, &summary);
        rows.push(DashboardBusinessRow {
            slug: row.slug,
            name: row.name,
            score: row.score,
            count: row.count,
            unanswered: total - answered,
            queued,
        });
    }
    Ok(rows)
}

#[derive(Template)]
#[template(path = "dashboard_business.html")]
struct DashboardBusinessPage {
    t: Tr,
    title: String,
    slug: String,
    business_name: String,
    only_unanswered: bool,
    reviews: Vec<ReviewView>,
    next_page_url: Option<String>,
    responses: super::respond::ResponseView,
    cases: super::recovery::CasesView,
}

pub async fn business(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<ReviewQuery>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    let (business, page) = match state.app.staff_reviews(&user, &slug, &query).await {
        Ok(found) => found,
        Err(e) => return error_page(&t, e),
    };
    let analyses = match state.app.analyses_of(&page).await {
        Ok(found) => found,
        Err(e) => return error_page(&t, e),
    };
    let screenings = match state.app.screenings_of(&page).await {
        Ok(found) => found,
        Err(e) => return error_page(&t, e),
    };
    let responses = match super::respond::response_view(&state, &t, &user, &slug).await {
        Ok(found) => found,
        Err(e) => return error_page(&t, e),
    };
    let cases = match super::recovery::cases_view(&state, &t, &user, &slug).await {
        Ok(found) => found,
        Err(e) => return error_page(&t, e),
    };
    let reviews = page
        .items
        .iter()
        .map(|item| {
            let mut view = ReviewView::from_item(item);
            view.analysis = analyses
                .iter()
                .find(|a| a.review_id == item.review.id)
                .map(|a| AnalysisBadges::new(&t, a));
            view.screening = screenings
                .iter()
                .find(|s| s.review_id == item.review.id)
                .map(|s| ScreeningBadge {
                    text: t.arg(
                        &format!("screening-{}", s.decision),
                        "score",
                        t.decimal(s.spam_score, 2),
                    ),
                    decision: s.decision.clone(),
                    reasons: super::moderation::reason_lines(&t, &s.reasons),
                });
            view
        })
        .collect();
    let only_unanswered = query.replied.as_deref() == Some("no");
    let replied = if only_unanswered { "replied=no&" } else { "" };
    let page_view = DashboardBusinessPage {
        title: business.name.clone(),
        slug: business.slug.clone(),
        business_name: business.name.clone(),
        only_unanswered,
        reviews,
        responses,
        cases,
        next_page_url: page.next_cursor.map(|c| {
            format!(
                "/dashboard/b/{}?{replied}cursor={}",
                business.slug,
                c.encode()
            )
        }),
        t,
    };
    render(StatusCode::OK, &page_view)
}

#[derive(Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    body: String,
}

pub async fn reply(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    headers: HeaderMap,
    PageForm(form): PageForm<ReplyForm>,
) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    match state.app.reply(&user, &id, &form.body).await {
        Ok((reply, _)) => {
            invalidate_business_of(&state, &reply.business_id).await;
            match state.app.store().business_by_id(&reply.business_id).await {
                Ok(Some(b)) => {
                    Redirect::to(&format!("/dashboard/b/{}#review-{id}", b.slug)).into_response()
                }
                Ok(None) => error_page(&t, AppError::NotFound("business")),
                Err(e) => error_page(&t, e.into()),
            }
        }
        Err(e) => error_page(&t, e),
    }
}

pub struct TokenRow {
    pub id: String,
    pub name: String,
    pub created: String,
    pub revoked: bool,
}

#[derive(Template)]
#[template(path = "tokens.html")]
struct TokensPage {
    t: Tr,
    title: String,
    new_token: Option<String>,
    tokens: Vec<TokenRow>,
}

async fn tokens_page(state: &AppState, t: Tr, user: &User, new_token: Option<String>) -> Response {
    let tokens = match state.app.api_tokens(user).await {
        Ok(tokens) => tokens,
        Err(e) => return error_page(&t, e),
    };
    let tokens = tokens
        .into_iter()
        .map(|tok| TokenRow {
            id: tok.id,
            name: tok.name,
            created: date(tok.created_at),
            revoked: tok.revoked_at.is_some(),
        })
        .collect();
    let mut response = render(
        StatusCode::OK,
        &TokensPage {
            title: t.get("tokens-title"),
            new_token,
            tokens,
            t,
        },
    );
    cookies::no_store(&mut response);
    response
}

pub async fn tokens(
    State(state): State<AppState>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    tokens_page(&state, t, &user, None).await
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    name: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    headers: HeaderMap,
    PageForm(form): PageForm<TokenForm>,
) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    match state.app.create_api_token(&user, &form.name).await {
        Ok((_, token)) => tokens_page(&state, t, &user, Some(token)).await,
        Err(e) => error_page(&t, e),
    }
}

pub async fn revoke_token(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = foreign_origin(&headers) {
        return refused;
    }
    match state.app.revoke_api_token(&user, &id).await {
        Ok(()) => Redirect::to("/dashboard/tokens").into_response(),
        Err(e) => error_page(&t, e),
    }
}
