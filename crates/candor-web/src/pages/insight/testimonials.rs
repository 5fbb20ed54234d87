//! `/dashboard/b/{slug}/testimonials`: choose, among the reviews whose
//! authors agreed to be quoted, the ones for the business's own site, and
//! export them as an HTML snippet or JSON.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use candor_store::Review;
use serde::Serialize;

use crate::extract::{Locale, StaffPage};
use crate::i18n::Tr;
use crate::pages::{error_page, render};
use crate::server::AppState;

pub struct Candidate {
    pub id: String,
    pub stars: String,
    pub title: String,
    pub body: String,
    pub author: String,
    pub chosen: bool,
}

#[derive(Template)]
#[template(path = "testimonials.html")]
struct TestimonialsPage {
    t: Tr,
    title: String,
    slug: String,
    candidates: Vec<Candidate>,
    chosen: usize,
}

#[derive(Template)]
#[template(path = "testimonials_snippet.html")]
struct Snippet {
    business: String,
    quotes: Vec<Testimonial>,
}

/// One testimonial as exported.
#[derive(Debug, Serialize)]
pub struct Testimonial {
    pub id: String,
    pub rating: u8,
    pub title: String,
    pub body: String,
    pub author: String,
    pub date: String,
    pub url: String,
}

pub fn exported(public_url: &str, reviews: &[Review]) -> Vec<Testimonial> {
    reviews
        .iter()
        .map(|r| Testimonial {
            id: r.id.clone(),
            rating: r.rating.get(),
            title: r.title.clone(),
            body: r.body.clone(),
            author: r.author_name.clone(),
            date: candor_app::insights::iso(r.created_at.div_euclid(candor_store::DAY_MS)),
            url: format!("{public_url}/r/{}", r.id),
        })
        .collect()
}

pub async fn page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    let (business, candidates, chosen) = match state.app.testimonial_candidates(&user, &slug).await
    {
        Ok(found) => found,
        Err(e) => return error_page(&t, e),
    };
    let chosen_ids: Vec<&str> = chosen.iter().map(|r| r.id.as_str()).collect();
    let page = TestimonialsPage {
        title: t.arg("testimonials-title", "business", business.name.as_str()),
        slug: business.slug.clone(),
        chosen: chosen.len(),
        candidates: candidates
            .iter()
            .map(|r| Candidate {
                id: r.id.clone(),
                stars: "★".repeat(usize::from(r.rating.get())),
                title: r.title.clone(),
                body: r.body.chars().take(400).collect(),
                author: r.author_name.clone(),
                chosen: chosen_ids.contains(&r.id.as_str()),
            })
            .collect(),
        t,
    };
    render(StatusCode::OK, &page)
}

/// The form posts `review_id` once per ticked box.
pub async fn choose(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
    body: String,
) -> Response {
    let ids: Vec<String> = form_urlencoded::parse(body.as_bytes())
        .filter(|(k, _)| k == "review_id")
        .map(|(_, v)| v.into_owned())
        .collect();
    match state.app.choose_testimonials(&user, &slug, &ids).await {
        Ok(_) => Redirect::to(&format!("/dashboard/b/{slug}/testimonials")).into_response(),
        Err(e) => error_page(&t, e),
    }
}

fn download(body: String, content_type: &'static str, name: String) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

pub async fn export_json(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    match state.app.testimonial_candidates(&user, &slug).await {
        Ok((_, _, chosen)) => {
            let list = exported(state.app.public_url(), &chosen);
            let json = serde_json::to_string_pretty(&list).unwrap_or_else(|_| "[]".into());
            download(
                json,
                "application/json",
                format!("{slug}-testimonials.json"),
            )
        }
        Err(e) => error_page(&t, e),
    }
}

pub async fn export_html(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Locale(t): Locale,
    StaffPage(user): StaffPage,
) -> Response {
    match state.app.testimonial_candidates(&user, &slug).await {
        Ok((business, _, chosen)) => {
            let snippet = Snippet {
                business: business.name,
                quotes: exported(state.app.public_url(), &chosen),
            };
            match snippet.render() {
                Ok(html) => download(
                    html,
                    "text/html; charset=utf-8",
                    format!("{slug}-testimonials.html"),
                ),
                Err(_) => {
                    (StatusCode::INTERNAL_SERVER_ERROR, "internal server error").into_response()
                }
            }
        }
        Err(e) => error_page(&t, e),
    }
}
