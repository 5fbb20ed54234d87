//! Reports: `/dashboard/b/{slug}/report` (HTML) and `report.pdf` for staff,
//! share links made and revoked there, and `/report/{token}` (HTML) and
//! `/report/{token}/pdf` for whoever holds a link (no index, no referrer).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use candor_app::insights::{Report, aspect_line, iso, report_pdf, response_lines, summary_line};

use super::{FilterQuery, FilterView, charts};
use crate::extract::{Locale, StaffPage};
use crate::i18n::Tr;
use crate::pages::case_link::private;
use crate::pages::{error_page, render};
use crate::server::AppState;

pub struct Quote {
    pub id: String,
    pub stars: String,
    pub title: String,
    pub body: String,
    pub author: String,
}

pub struct LinkRow {
    pub id: String,
    pub period: String,
    pub created: String,
    pub revoked: bool,
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    t: Tr,
    title: String,
    slug: String,
    filter: FilterView,
    /// Shown through a share link: no staff controls.
    shared: bool,
    pdf_url: String,
    summary: String,
    trend_svg: String,
    distribution_svg: String,
    responses: Vec<String>,
    praise: Vec<String>,
    complaints: Vec<String>,
    positive: Vec<Quote>,
    critical: Vec<Quote>,
    links: Vec<LinkRow>,
    new_link: Option<String>,
}

fn quotes(reviews: &[candor_store::Review]) -> Vec<Quote> {
    reviews
        .iter()
        .map(|r| Quote {
            id: r.id.clone(),
            stars: "★".repeat(usize::from(r.rating.get())),
            title: r.title.clone(),
            body: r.body.chars().take(600).collect(),
            author: r.author_name.clone(),
        })
        .collect()
}

fn title(t: &Tr, report: &Report) -> String {
    let d = &report.dashboard;
    t.args(
        "report-title",
        &[
            ("business", d.business.name.clone()),
            ("from", iso(d.filter.from_day)),
            ("to", iso(d.filter.to_day)),
        ],
    )
}

fn view(t: Tr, report: &Report, shared: bool, pdf_url: String) -> ReportPage {
    let d = &report.dashboard;
    ReportPage {
        title: title(&t, report),
        slug: d.business.slug.clone(),
        filter: FilterView::new(&d.filter, Vec::new()),
        shared,
        pdf_url,
        summary: summary_line(report, &t),
        trend_svg: charts::trend(&t, d),
        distribution_svg: charts::distribution(&t, d),
        responses: response_lines(report, &t),
        praise: report.praise.iter().map(|a| aspect_line(a, &t)).collect(),
        complaints: report
            .complaints
            .iter()
            .map(|a| aspect_line(a, &t))
            .collect(),
        positive: quotes(&report.top_positive),
        critical: quotes(&report.top_critical),
        links: Vec::new(),
        new_link: None,
        t,
    }
}

fn pdf_response(bytes: Vec<u8>, name: &str) -> Response {
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    let disposition = format!("attachment; filename=\"{name}.pdf\"");
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

#[derive(Debug, serde::Deserialize)]
pub struct ReportQuery {
    pub from: Option<String>,
    pub to: Option<String>,
    /// The token of a link just made, shown once.
    pub shared: Option<String>,
}

impl ReportQuery {
    fn filter(&self) -> FilterQuery {
        FilterQuery {
            from: self.from.clone(),
            to: self.to.clone(),
            language: None,
            period: None,
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<ReportQuery>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    let result = match query.filter().parse() {
        Ok(filter) => state.app.report(&user, &slug, &filter).await,
        Err(e) => Err(e),
    };
    let report = match result {
        Ok(r) => r,
        Err(e) => return error_page(&t, e),
    };
    let links = match state.app.report_links(&user, &slug).await {
        Ok(links) => links,
        Err(e) => return error_page(&t, e),
    };
    let pdf_url = format!(
        "/dashboard/b/{slug}/report.pdf?{}",
        FilterView::new(&report.dashboard.filter, Vec::new()).query
    );
    let mut page = view(t, &report, false, pdf_url);
    page.links = links
        .iter()
        .map(|l| LinkRow {
            id: l.id.clone(),
            period: format!("{} – {}", iso(l.period_from), iso(l.period_to)),
            created: iso(l.created_at.div_euclid(candor_store::DAY_MS)),
            revoked: l.revoked_at.is_some(),
        })
        .collect();
    page.new_link = query
        .shared
        .filter(|t| t.starts_with("rp_") && t.len() < 100)
        .map(|token| format!("{}/report/{token}", state.app.public_url()));
    // The URL may carry a new link's token: keep it out of referrers.
    private(render(StatusCode::OK, &page))
}

pub async fn pdf(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<FilterQuery>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    let result = match query.parse() {
        Ok(filter) => state.app.report(&user, &slug, &filter).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(report) => pdf_response(report_pdf(&report, &t), &slug),
        Err(e) => error_page(&t, e),
    }
}

pub async fn share(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    axum::Form(query): axum::Form<FilterQuery>,
) -> Response {
    let result = match query.parse() {
        Ok(filter) => state.app.share_report(&user, &slug, &filter).await,
        Err(e) => Err(e),
    };
    match result {
        // The token goes back in the redirect once; only its hash is stored.
        Ok(share) => Redirect::to(&format!(
            "/dashboard/b/{slug}/report?from={}&to={}&shared={}",
            iso(share.link.period_from),
            iso(share.link.period_to),
            share.token
        ))
        .into_response(),
        Err(e) => error_page(&t, e),
    }
}

pub async fn revoke(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, String)>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    match state.app.revoke_report_link(&user, &slug, &id).await {
        Ok(()) => Redirect::to(&format!("/dashboard/b/{slug}/report")).into_response(),
        Err(e) => error_page(&t, e),
    }
}

pub async fn shared(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Locale(t): Locale,
) -> Response {
    match state.app.shared_report(&token).await {
        Ok(report) => {
            let pdf_url = format!("/report/{token}/pdf");
            private(render(StatusCode::OK, &view(t, &report, true, pdf_url)))
        }
        Err(e) => private(error_page(&t, e)),
    }
}

pub async fn shared_pdf(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Locale(t): Locale,
) -> Response {
    match state.app.shared_report(&token).await {
        Ok(report) => {
            let slug = report.dashboard.business.slug.clone();
            private(pdf_response(report_pdf(&report, &t), &slug))
        }
        Err(e) => private(error_page(&t, e)),
    }
}
