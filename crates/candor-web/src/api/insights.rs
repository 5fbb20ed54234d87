//! Staff endpoints for insights (#7): the dashboard, the organisation's
//! businesses side by side, recovery economics, promises, root causes,
//! reports and share links, testimonials. Formulas: docs/insights.md.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use candor_app::insights::{BusinessRow, Dashboard, NewPromise, PromiseReport, Report, iso};
use candor_insights::segments::reach;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::api::recovery::recovery_json;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiQuery, Staff};
use crate::format::rfc3339;
use crate::pages::insight::FilterQuery;
use crate::pages::insight::dashboard::DashboardQuery;
use crate::pages::insight::economics::EconomicsParams;
use crate::pages::insight::testimonials::exported;
use crate::server::AppState;

fn filter_json(d: &Dashboard) -> Value {
    json!({
        "from": iso(d.filter.from_day), "to": iso(d.filter.to_day),
        "language": d.filter.language, "period": d.filter.period.as_str(),
    })
}

fn dashboard_json(d: &Dashboard) -> Value {
    let trend: Vec<Value> = d
        .trend
        .iter()
        .map(|p| {
            json!({
                "start": iso(p.start_day), "reviews": p.reviews, "mean": p.mean,
                "score": p.score, "stars": p.stars,
                "ambassadors": p.ambassadors, "detractors": p.detractors,
            })
        })
        .collect();
    let aspects: Vec<Value> = d
        .aspects
        .iter()
        .map(|a| {
            json!({
                "aspect": a.aspect, "mentions": a.mentions, "negative": a.negative,
                "negative_share": a.share, "previous_negative_share": a.previous_share,
            })
        })
        .collect();
    let incidents: Vec<Value> = d
        .open_incidents
        .iter()
        .map(|i| json!({"id": i.id, "aspect": i.aspect, "reviews": i.observed, "opened_at": rfc3339(i.opened_at)}))
        .collect();
    json!({
        "business": d.business.slug,
        "filter": filter_json(d),
        "languages": d.languages,
        "score": d.score,
        "range": {"reviews": d.range.reviews, "stars": d.range.stars, "mean": d.range.mean, "replied": d.range.replied},
        "trend": trend,
        "aspects": aspects,
        "segments": d.segments,
        "perfection": d.perfection,
        "recovery": recovery_json(&d.recovery),
        "open_incidents": incidents,
        "backlog": d.backlog,
    })
}

/// `GET /api/v1/staff/businesses/{slug}/insights`.
pub async fn dashboard(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<DashboardQuery>,
) -> Result<Json<Value>, ApiError> {
    let filter = query.filter().parse()?;
    let params = query.reach_params();
    params
        .validate()
        .map_err(|e| invalid("reach", e.to_string()))?;
    let d = state.app.dashboard(&user, &slug, &filter).await?;
    let mut body = dashboard_json(&d);
    body["reach"] = json!({
        "params": params,
        "estimate": reach(&d.segments, &params).map_err(|e| invalid("reach", e.to_string()))?,
    });
    Ok(Json(body))
}

fn invalid(field: &'static str, message: String) -> ApiError {
    candor_app::AppError::from(candor_core::FieldError::new(field, "invalid", message)).into()
}

fn row_json(r: &BusinessRow) -> Value {
    json!({
        "business": r.business.as_ref().map(|b| b.slug.clone()),
        "name": r.business.as_ref().map(|b| b.name.clone()),
        "score": r.score, "reviews": r.reviews, "mean": r.mean,
        "negative_share": r.negative_share, "replied_share": r.replied_share,
        "ambassadors": r.ambassadors, "detractors": r.detractors,
        "zone": r.zone, "open_incidents": r.open_incidents, "monthly_means": r.monthly_means,
    })
}

/// `GET /api/v1/staff/insights`: every business of the organisation.
pub async fn organisation(
    State(state): State<AppState>,
    Staff(user): Staff,
    ApiQuery(query): ApiQuery<FilterQuery>,
) -> Result<Json<Value>, ApiError> {
    let filter = query.parse()?;
    let org = state.app.organisation_dashboard(&user, &filter).await?;
    let rows: Vec<Value> = org.rows.iter().map(row_json).collect();
    Ok(Json(json!({
        "from": iso(org.filter.from_day), "to": iso(org.filter.to_day),
        "businesses": rows, "total": row_json(&org.total), "backlog": org.backlog,
    })))
}

/// `GET /api/v1/staff/businesses/{slug}/economics`.
pub async fn economics(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiQuery(params): ApiQuery<EconomicsParams>,
) -> Result<Json<Value>, ApiError> {
    let filter = params.filter().parse()?;
    let report = state
        .app
        .economics(&user, &slug, &filter, &params.query())
        .await?;
    Ok(Json(json!(report)))
}

fn promise_json(p: &PromiseReport) -> Value {
    let examples = |list: &[candor_store::PromiseMatch]| -> Vec<Value> {
        list.iter()
            .map(|m| json!({"review_id": m.review_id, "sentence": m.sentence, "created_at": rfc3339(m.created_at)}))
            .collect()
    };
    let months: Vec<Value> = p
        .months
        .iter()
        .map(|(d, k, b, u)| json!({"month": iso(*d), "kept": k, "broken": b, "unclear": u}))
        .collect();
    let keywords: Value = serde_json::from_str(&p.promise.keywords).unwrap_or(json!({}));
    json!({
        "id": p.promise.id, "text": p.promise.text, "language": p.promise.language,
        "keywords": keywords, "concepts": p.concepts, "created_at": rfc3339(p.promise.created_at),
        "kept": p.kept, "broken": p.broken, "unclear": p.unclear, "kept_share": p.kept_share,
        "months": months, "kept_examples": examples(&p.kept_examples),
        "broken_examples": examples(&p.broken_examples), "scanning": p.scanning,
    })
}

/// `GET /api/v1/staff/businesses/{slug}/promises`.
pub async fn promises(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<FilterQuery>,
) -> Result<Json<Value>, ApiError> {
    let filter = query.parse()?;
    let (_, reports) = state.app.promise_reports(&user, &slug, &filter).await?;
    let items: Vec<Value> = reports.iter().map(promise_json).collect();
    Ok(Json(json!({"items": items})))
}

/// `POST /api/v1/staff/businesses/{slug}/promises`.
pub async fn add_promise(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewPromise>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let p = state.app.add_promise(&user, &slug, &body).await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"id": p.id, "text": p.text, "language": p.language})),
    ))
}

/// `DELETE /api/v1/staff/businesses/{slug}/promises/{id}`: archives it.
pub async fn archive_promise(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path((slug, id)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    state.app.archive_promise(&user, &slug, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/staff/businesses/{slug}/root-causes`.
pub async fn root_causes(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<FilterQuery>,
) -> Result<Json<Value>, ApiError> {
    let filter = query.parse()?;
    let r = state.app.root_causes(&user, &slug, &filter).await?;
    let stages: Vec<Value> = r
        .stages
        .iter()
        .map(|s| json!({"stage": s.stage, "complaints": s.complaints, "previous": s.previous}))
        .collect();
    let paths: Vec<Value> = r
        .paths
        .iter()
        .map(|p| json!({"start": p.start, "end": p.end, "complaints": p.complaints}))
        .collect();
    let causes: Vec<Value> = r
        .causes
        .iter()
        .map(|c| json!({"aspect": c.aspect, "stage": c.stage, "complaints": c.complaints}))
        .collect();
    let gaps: Vec<Value> = r
        .education
        .iter()
        .map(|g| {
            let examples: Vec<Value> = g.examples.iter().map(|(id, s, stars)| json!({"review_id": id, "sentence": s, "rating": stars})).collect();
            json!({"kind": g.kind, "aspect": g.aspect, "complaints": g.complaints, "examples": examples})
        })
        .collect();
    Ok(Json(json!({
        "from": iso(r.filter.from_day), "to": iso(r.filter.to_day), "complaints": r.complaints,
        "stages": stages, "paths": paths, "causes": causes, "education_gaps": gaps,
    })))
}

fn report_json(r: &Report) -> Value {
    let quote = |list: &[candor_store::Review]| -> Vec<Value> {
        list.iter()
            .map(|q| json!({"id": q.id, "rating": q.rating.get(), "title": q.title, "body": q.body, "author_name": q.author_name}))
            .collect()
    };
    let aspects = |list: &[candor_app::insights::AspectShare]| -> Vec<Value> {
        list.iter()
            .map(|a| json!({"aspect": a.aspect, "mentions": a.mentions, "negative_share": a.share}))
            .collect()
    };
    let mut body = dashboard_json(&r.dashboard);
    body["praise"] = json!(aspects(&r.praise));
    body["complaints"] = json!(aspects(&r.complaints));
    body["top_positive"] = json!(quote(&r.top_positive));
    body["top_critical"] = json!(quote(&r.top_critical));
    body
}

/// `GET /api/v1/staff/businesses/{slug}/report`.
pub async fn report(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<FilterQuery>,
) -> Result<Json<Value>, ApiError> {
    let filter = query.parse()?;
    let r = state.app.report(&user, &slug, &filter).await?;
    Ok(Json(report_json(&r)))
}

#[derive(Debug, Deserialize)]
pub struct PdfQuery {
    pub from: Option<String>,
    pub to: Option<String>,
    pub locale: Option<String>,
}

/// `GET /api/v1/staff/businesses/{slug}/report/pdf`.
pub async fn report_pdf(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<PdfQuery>,
) -> Result<Response, ApiError> {
    let filter = FilterQuery {
        from: query.from,
        to: query.to,
        language: None,
        period: None,
    }
    .parse()?;
    let r = state.app.report(&user, &slug, &filter).await?;
    let t = state
        .app
        .translator(query.locale.as_deref().unwrap_or("en"));
    let mut response = (StatusCode::OK, candor_app::insights::report_pdf(&r, &t)).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    Ok(response)
}

fn link_json(l: &candor_store::ReportLink) -> Value {
    json!({
        "id": l.id, "from": iso(l.period_from), "to": iso(l.period_to),
        "created_at": rfc3339(l.created_at), "revoked_at": l.revoked_at.map(rfc3339),
    })
}

/// `GET /api/v1/staff/businesses/{slug}/report-links`.
pub async fn report_links(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let links = state.app.report_links(&user, &slug).await?;
    let items: Vec<Value> = links.iter().map(link_json).collect();
    Ok(Json(json!({"items": items})))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkBody {
    pub from: Option<String>,
    pub to: Option<String>,
}

/// `POST /api/v1/staff/businesses/{slug}/report-links`: the token is in
/// this answer only.
pub async fn share_report(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<LinkBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let filter = FilterQuery {
        from: body.from,
        to: body.to,
        language: None,
        period: None,
    }
    .parse()?;
    let share = state.app.share_report(&user, &slug, &filter).await?;
    let mut out = link_json(&share.link);
    out["url"] = json!(format!("{}/report/{}", state.app.public_url(), share.token));
    Ok((StatusCode::CREATED, Json(out)))
}

/// `DELETE /api/v1/staff/businesses/{slug}/report-links/{id}`.
pub async fn revoke_report_link(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path((slug, id)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    state.app.revoke_report_link(&user, &slug, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/staff/businesses/{slug}/testimonials`: the choice and the
/// candidates (consented, published reviews).
pub async fn testimonials(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let (_, candidates, chosen) = state.app.testimonial_candidates(&user, &slug).await?;
    let url = state.app.public_url();
    Ok(Json(json!({
        "chosen": exported(url, &chosen),
        "candidates": exported(url, &candidates),
    })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChooseBody {
    pub review_ids: Vec<String>,
}

/// `PUT /api/v1/staff/businesses/{slug}/testimonials`: replaces the choice.
pub async fn choose_testimonials(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<ChooseBody>,
) -> Result<Json<Value>, ApiError> {
    let chosen = state
        .app
        .choose_testimonials(&user, &slug, &body.review_ids)
        .await?;
    Ok(Json(
        json!({"chosen": exported(state.app.public_url(), &chosen)}),
    ))
}
