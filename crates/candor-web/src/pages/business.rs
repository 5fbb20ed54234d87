//! The public directory, a business's page, its score explained, and the
//! review form's submission.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use candor_app::{AppError, BusinessSummary};
use candor_core::{Rating, ReviewQuery};

use super::forms::{ReviewFormData, ReviewFormView};
use super::listing::{aspect_choices, json_ld, list_reviews, list_url};
use super::{error_page, problem_text, render};
use crate::cache::Lookup;
use crate::extract::{Locale, PageForm, Sender};
use crate::format::{ReviewView, stars};
use crate::i18n::Tr;
use crate::server::AppState;

pub struct DirectoryRow {
    pub slug: String,
    pub name: String,
    pub score: String,
    pub stars: String,
    pub count: i64,
}

#[derive(Template)]
#[template(path = "directory.html")]
struct DirectoryPage {
    t: Tr,
    title: String,
    businesses: Vec<DirectoryRow>,
}

pub async fn directory(State(state): State<AppState>, Locale(t): Locale) -> Response {
    let summaries = match state.app.directory().await {
        Ok(s) => s,
        Err(e) => return error_page(&t, e),
    };
    let businesses = summaries.iter().map(|s| directory_row(&t, s)).collect();
    render(
        StatusCode::OK,
        &DirectoryPage {
            title: t.get("directory-title"),
            t,
            businesses,
        },
    )
}

pub fn directory_row(t: &Tr, s: &BusinessSummary) -> DirectoryRow {
    DirectoryRow {
        slug: s.business.slug.clone(),
        name: s.business.name.clone(),
        score: t.decimal(s.score.score, 1),
        stars: stars(s.score.score.round() as u8),
        count: i64::try_from(s.score.count).unwrap_or(i64::MAX),
    }
}

pub struct DistributionRow {
    pub stars: u8,
    pub count: u64,
    pub percent: u64,
}

#[derive(Template)]
#[template(path = "business.html")]
struct BusinessPage {
    t: Tr,
    title: String,
    slug: String,
    name: String,
    business_name: String,
    website: String,
    score: String,
    score_stars: String,
    mean: String,
    count: i64,
    distribution: Vec<DistributionRow>,
    critical: Option<ReviewView>,
    positive: Option<ReviewView>,
    reviews: Vec<ReviewView>,
    languages: Vec<String>,
    filter_stars: String,
    filter_language: String,
    filter_replied: String,
    filter_sort: String,
    /// Search words and aspect, and the answer's size (when searching).
    search_text: String,
    search_aspect: String,
    search_total: Option<i64>,
    aspects: Vec<(String, String)>,
    is_later_page: bool,
    first_page_url: String,
    next_page_url: Option<String>,
    json_ld: String,
    editing: bool,
    form: ReviewFormView,
}

/// `GET /b/{slug}`: served from the page cache while the business is unchanged.
pub async fn page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    RawQuery(raw): RawQuery,
    Locale(t): Locale,
) -> Response {
    let key = format!("{slug}|{}|{}", t.locale, raw.as_deref().unwrap_or_default());
    match state.cache.lookup(&key) {
        Lookup::Fresh(html) => return Html(html).into_response(),
        Lookup::Check { version } => {
            if let Ok(Some(current)) = state.app.page_version(&slug).await
                && current == version
                && let Some(html) = state.cache.confirm(&key)
            {
                return Html(html).into_response();
            }
        }
        Lookup::Miss => {}
    }
    let query = parse_query(raw.as_deref());
    let form = ReviewFormView::new(
        format!("/b/{slug}/reviews"),
        ReviewFormData::default(),
        None,
    );
    match build_page(&state, &slug, &query, t.clone(), form).await {
        Ok((version, page)) => match page.render() {
            Ok(html) => {
                state.cache.store(key, version, html.clone());
                Html(html).into_response()
            }
            Err(error) => {
                tracing::error!(%error, "template failed");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        },
        Err(e) => error_page(&t, e),
    }
}

fn parse_query(raw: Option<&str>) -> ReviewQuery {
    serde_urlencoded_query(raw.unwrap_or_default())
}

/// Reads the list parameters; unknown ones (like `locale`) are ignored.
fn serde_urlencoded_query(raw: &str) -> ReviewQuery {
    axum::extract::Query::<ReviewQuery>::try_from_uri(
        &format!("/?{raw}").parse().unwrap_or_default(),
    )
    .map(|q| q.0)
    .unwrap_or_default()
}

async fn build_page(
    state: &AppState,
    slug: &str,
    query: &ReviewQuery,
    t: Tr,
    form: ReviewFormView,
) -> Result<(i64, BusinessPage), AppError> {
    let summary = state.app.summary_by_slug(slug).await?;
    let business = &summary.business;
    let listing = list_reviews(state, business, query).await?;
    let filter = listing.filter;
    let (critical, positive) = state.app.spotlights(business).await?;
    let languages = state.app.review_languages(business).await?;
    let own_aspects = state.app.custom_aspect_list(&business.id).await?;
    let s = &summary.score;
    let distribution = Rating::ALL
        .iter()
        .rev()
        .map(|r| DistributionRow {
            stars: r.get(),
            count: s.distribution.count(*r),
            percent: s.distribution.percent(*r),
        })
        .collect();
    let views: Vec<ReviewView> = listing.items.iter().map(ReviewView::from_item).collect();
    let json_ld = json_ld(&summary, &listing.items);
    let built = BusinessPage {
        title: business.name.clone(),
        slug: business.slug.clone(),
        name: business.name.clone(),
        business_name: business.name.clone(),
        website: business.website.clone(),
        score: t.decimal(s.score, 1),
        score_stars: stars(s.score.round() as u8),
        mean: s.mean.map(|m| t.decimal(m, 2)).unwrap_or_default(),
        count: i64::try_from(s.count).unwrap_or(i64::MAX),
        distribution,
        critical: critical.as_ref().map(ReviewView::from_item),
        positive: positive.as_ref().map(ReviewView::from_item),
        reviews: views,
        languages,
        filter_stars: filter
            .stars
            .iter()
            .map(|r| r.get().to_string())
            .collect::<Vec<_>>()
            .join(","),
        filter_language: filter
            .language
            .as_ref()
            .map(|l| l.as_str().to_string())
            .unwrap_or_default(),
        filter_replied: match filter.replied {
            Some(true) => "yes".into(),
            Some(false) => "no".into(),
            None => String::new(),
        },
        filter_sort: listing.sort.into(),
        search_text: query.q.clone().unwrap_or_default(),
        search_aspect: query.aspect.clone().unwrap_or_default(),
        search_total: listing.total,
        aspects: aspect_choices(&t, &own_aspects),
        is_later_page: listing.is_later_page,
        first_page_url: list_url(slug, query, None),
        next_page_url: listing.next.map(|next| list_url(slug, query, Some(next))),
        json_ld,
        editing: false,
        form,
        t,
    };
    Ok((business.version, built))
}

/// What became of a submitted review, with the reasons in the visitor's words.
pub enum Outcome {
    Published,
    Held(String),
    Rejected(String),
}

impl Outcome {
    fn of(t: &Tr, screening: &candor_app::Screening) -> Self {
        let mut reasons: Vec<String> = Vec::new();
        for finding in &screening.reasons {
            let reason = t.get(&format!("reason-{}", finding.code));
            if !reasons.contains(&reason) {
                reasons.push(reason);
            }
        }
        let reasons = reasons.join("; ");
        match screening.decision {
            candor_app::Decision::Publish => Self::Published,
            candor_app::Decision::Hold => Self::Held(reasons),
            candor_app::Decision::Reject => Self::Rejected(reasons),
        }
    }
}

#[derive(Template)]
#[template(path = "thanks.html")]
struct ThanksPage {
    t: Tr,
    title: String,
    slug: String,
    business_name: String,
    edit_url: String,
    outcome: Outcome,
}

/// The thank-you page after a review is stored, with its private edit link.
pub(crate) fn thanks(state: &AppState, t: Tr, submitted: candor_app::SubmittedReview) -> Response {
    let slug = submitted.business.slug.clone();
    state.cache.invalidate(&slug);
    let business_name = submitted.business.name.clone();
    let edit_url = format!(
        "/r/{}/edit?token={}",
        submitted.review.id, submitted.edit_token
    );
    render(
        StatusCode::CREATED,
        &ThanksPage {
            title: t.get("thanks-title"),
            slug,
            business_name,
            edit_url,
            outcome: Outcome::of(&t, &submitted.screening),
            t,
        },
    )
}

/// `POST /b/{slug}/reviews`: the review form. Errors re-render the page with the message.
pub async fn submit(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Locale(t): Locale,
    Sender(mut origin): Sender,
    PageForm(data): PageForm<ReviewFormData>,
) -> Response {
    origin.honeypot = !data.website.trim().is_empty();
    match state
        .app
        .submit_review_from(&slug, &data.to_input(), "organic", &origin)
        .await
    {
        Ok(submitted) => thanks(&state, t, submitted),
        Err(AppError::Invalid(problem)) => {
            let message = problem_text(&t, &problem);
            let form = ReviewFormView::new(format!("/b/{slug}/reviews"), data, Some(message));
            match build_page(&state, &slug, &ReviewQuery::default(), t.clone(), form).await {
                Ok((_, page)) => render(StatusCode::UNPROCESSABLE_ENTITY, &page),
                Err(e) => error_page(&t, e),
            }
        }
        Err(e) => error_page(&t, e),
    }
}

pub struct ScoreRow {
    pub stars: u8,
    pub count: u64,
    pub weight: String,
}

#[derive(Template)]
#[template(path = "score.html")]
struct ScorePage {
    t: Tr,
    title: String,
    slug: String,
    business_name: String,
    half_life: String,
    prior_count: String,
    prior_mean: String,
    rows: Vec<ScoreRow>,
    working: String,
    count: i64,
    mean: String,
}

/// `GET /b/{slug}/score`: the computation with this business's own numbers.
pub async fn score(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Locale(t): Locale,
) -> Response {
    let summary = match state.app.summary_by_slug(&slug).await {
        Ok(s) => s,
        Err(e) => return error_page(&t, e),
    };
    let s = &summary.score;
    let p = s.params;
    let rows = s
        .contributions
        .iter()
        .rev()
        .map(|c| ScoreRow {
            stars: c.stars,
            count: c.count,
            weight: t.decimal(c.weight, 2),
        })
        .collect();
    let working = t.args(
        "score-working",
        &[
            ("prior_count", t.decimal(p.prior_count, 0)),
            ("prior_mean", t.decimal(p.prior_mean, 1)),
            ("weighted_sum", t.decimal(s.weighted_sum, 2)),
            ("weighted_count", t.decimal(s.weighted_count, 2)),
            ("score", t.decimal(s.score, 2)),
        ],
    );
    let page = ScorePage {
        title: t.arg(
            "score-page-title",
            "business",
            summary.business.name.as_str(),
        ),
        slug,
        business_name: summary.business.name.clone(),
        half_life: t.decimal(p.half_life_days, 0),
        prior_count: t.decimal(p.prior_count, 0),
        prior_mean: t.decimal(p.prior_mean, 1),
        rows,
        working,
        count: i64::try_from(s.count).unwrap_or(i64::MAX),
        mean: s.mean.map(|m| t.decimal(m, 2)).unwrap_or_default(),
        t,
    };
    render(StatusCode::OK, &page)
}
