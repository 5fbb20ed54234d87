//! Incidents: when negative reviews about one aspect arrive well above their
//! usual rate, Candor groups them so staff answer them together.
//!
//! Detection (a job after each 1-2 star review): for each aspect, `x` = the
//! published 1-2 star reviews of the last 24 hours that mention it (without
//! praising it); the usual rate `λ` = the same count over the 28 days before,
//! per day, at least 0.25 (so a quiet aspect does not alarm on its second
//! mention). An incident opens when `x ≥ 3` and the Poisson upper tail
//! `P(X ≥ x | λ) < 0.001`: a burst that ordinary days would produce about
//! once in three years. Later negative reviews about the aspect join the open
//! incident until staff close it.
//!
//! The coordinated reply is one text per language with `{name}` and
//! `{business}`, filled in for each review, screened, and posted to every
//! unanswered review of the incident in one transaction, with the incident's
//! remedy policy kept beside it.

use std::collections::BTreeMap;

use candor_core::{FieldError, Language, ReviewStatus, validate};
use candor_store::{Incident, Job, NewJob, NewNotification, ReviewWithReply, Tx};
use candor_trust::Decision;
use serde::{Deserialize, Serialize};

use crate::jobs::{JobFuture, JobHandler, Jobs, job_payload};
use crate::replies::{screening_record, write_reply};
use crate::reply_help::{aspect_polarities, check_placeholders, fill};
use crate::{App, AppError, User, now_ms};

pub(crate) const INCIDENT_JOB: &str = "incident.detect";
const HOUR_MS: i64 = 3_600_000;
const DAY_MS: i64 = 24 * HOUR_MS;
const BASELINE_DAYS: i64 = 28;
const BASELINE_FLOOR_PER_DAY: f64 = 0.25;
const MIN_OBSERVED: usize = 3;
const MAX_P: f64 = 0.001;
/// Incidents listed per business.
const INCIDENT_LIST: i64 = 50;
const MAX_POLICY_CHARS: usize = 2_000;

#[derive(Debug, Serialize, Deserialize)]
struct DetectJob {
    business_id: String,
}

/// `P(X ≥ k)` for `X ~ Poisson(λ)`.
pub fn poisson_upper_tail(k: u64, lambda: f64) -> f64 {
    let mut term = (-lambda).exp();
    let mut below = 0.0;
    for i in 0..k {
        below += term;
        term *= lambda / (i + 1) as f64;
    }
    (1.0 - below).max(0.0)
}

/// Whether `observed` reviews in a day are a burst against `baseline_per_day`.
pub fn is_burst(observed: usize, baseline_per_day: f64) -> bool {
    let lambda = baseline_per_day.max(BASELINE_FLOOR_PER_DAY);
    observed >= MIN_OBSERVED && poisson_upper_tail(observed as u64, lambda) < MAX_P
}

/// An incident with its reviews.
#[derive(Debug, Clone)]
pub struct IncidentDetail {
    pub incident: Incident,
    pub reviews: Vec<ReviewWithReply>,
}

/// The coordinated reply: a text per review language (`default` for any
/// other) and the remedy policy that goes with it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct IncidentReply {
    #[serde(default)]
    pub bodies: BTreeMap<String, String>,
    #[serde(default)]
    pub remedy_policy: String,
}

impl Jobs {
    pub(crate) fn with_incidents(self) -> Self {
        self.register(Detect)
    }
}

/// Queues a detection run for the business (at most one per minute).
pub(crate) async fn enqueue_detection(
    tx: &mut Tx,
    business_id: &str,
    now: i64,
) -> Result<(), AppError> {
    let payload = serde_json::json!({ "business_id": business_id }).to_string();
    let minute = now / 60_000;
    let job =
        NewJob::new(INCIDENT_JOB, payload, now).unique(format!("incident:{business_id}:{minute}"));
    tx.enqueue_job(&job, now).await?;
    Ok(())
}

struct Detect;

impl JobHandler for Detect {
    fn kind(&self) -> &'static str {
        INCIDENT_JOB
    }

    fn run<'a>(&'a self, app: &'a App, job: &'a Job) -> JobFuture<'a> {
        Box::pin(async move { detect(app, &job_payload::<DetectJob>(job)?.business_id).await })
    }
}

/// Per aspect: the review ids of the last day, and the count before it.
fn aspect_counts(
    mentions: &[candor_store::NegativeMention],
    window_start: i64,
) -> BTreeMap<String, (Vec<String>, i64)> {
    let mut counts: BTreeMap<String, (Vec<String>, i64)> = BTreeMap::new();
    for mention in mentions {
        for (aspect, polarity) in aspect_polarities(&mention.aspects) {
            if polarity > 0.0 {
                continue;
            }
            let entry = counts.entry(aspect).or_default();
            if mention.created_at >= window_start {
                entry.0.push(mention.review_id.clone());
            } else {
                entry.1 += 1;
            }
        }
    }
    counts
}

async fn detect(app: &App, business_id: &str) -> Result<Tx, AppError> {
    let now = now_ms();
    let window_start = now - DAY_MS;
    let mentions = app
        .store()
        .negative_mentions(business_id, window_start - BASELINE_DAYS * DAY_MS)
        .await?;
    let open = app
        .store()
        .incidents_of_business(business_id, true, INCIDENT_LIST)
        .await?;
    let Some(business) = app.store().business_by_id(business_id).await? else {
        return Ok(app.store().begin().await?);
    };
    let mut tx = app.store().begin().await?;
    for (aspect, (recent, before)) in aspect_counts(&mentions, window_start) {
        let baseline = before as f64 / BASELINE_DAYS as f64;
        let existing = open.iter().any(|i| i.aspect == aspect);
        if !existing && !is_burst(recent.len(), baseline) {
            continue;
        }
        let baseline_milli = (baseline * 1000.0).round() as i64;
        let (incident, opened) = tx
            .open_incident(business_id, &aspect, baseline_milli, now)
            .await?;
        tx.add_incident_reviews(&incident, &recent, now).await?;
        if opened {
            tracing::info!(business = %business.slug, %aspect, reviews = recent.len(), "incident opened");
            for user in app.store().users_of_org(&business.org_id).await? {
                let dedupe = format!("incident:{}:{}", incident.id, user.id);
                let note = NewNotification {
                    user_id: &user.id,
                    business_id,
                    kind: "incident",
                    review_id: recent.first().map(String::as_str),
                    dedupe_key: &dedupe,
                };
                tx.insert_notification(&note, now).await?;
            }
        }
    }
    Ok(tx)
}

impl App {
    pub async fn incidents(&self, actor: &User, slug: &str) -> Result<Vec<Incident>, AppError> {
        let business = self.staff_business(actor, slug).await?;
        Ok(self
            .store()
            .incidents_of_business(&business.id, false, INCIDENT_LIST)
            .await?)
    }

    pub async fn incident_detail(
        &self,
        actor: &User,
        id: &str,
    ) -> Result<IncidentDetail, AppError> {
        let not_found = || AppError::NotFound("incident");
        let incident = self
            .store()
            .incident_by_id(id)
            .await?
            .ok_or_else(not_found)?;
        match self.store().business_by_id(&incident.business_id).await? {
            Some(b) if b.org_id == actor.org_id => {}
            _ => return Err(not_found()),
        }
        let reviews = self.store().incident_reviews(&incident.id).await?;
        Ok(IncidentDetail { incident, reviews })
    }

    pub async fn close_incident(&self, actor: &User, id: &str) -> Result<Incident, AppError> {
        let detail = self.incident_detail(actor, id).await?;
        let mut tx = self.store().begin().await?;
        if !tx.close_incident(&detail.incident.id, now_ms()).await? {
            return Err(AppError::Conflict("the incident is already closed".into()));
        }
        tx.commit().await?;
        self.store()
            .incident_by_id(id)
            .await?
            .ok_or(AppError::NotFound("incident"))
    }

    /// Answers every unanswered review of the incident with the text for its
    /// language, personalised; all or nothing. Returns how many were answered.
    pub async fn reply_to_incident(
        &self,
        actor: &User,
        id: &str,
        input: &IncidentReply,
    ) -> Result<usize, AppError> {
        let detail = self.incident_detail(actor, id).await?;
        let bodies = parse_bodies(&input.bodies)?;
        let policy = validate::text(
            "remedy_policy",
            &input.remedy_policy,
            false,
            MAX_POLICY_CHARS,
        )?;
        let business = self
            .store()
            .business_by_id(&detail.incident.business_id)
            .await?
            .ok_or(AppError::NotFound("business"))?;
        let pending: Vec<_> = detail
            .reviews
            .iter()
            .filter(|r| r.reply.is_none() && r.review.status != ReviewStatus::Removed)
            .map(|r| &r.review)
            .collect();
        let mut missing: Vec<String> = Vec::new();
        let mut prepared = Vec::new();
        for review in &pending {
            let language = review.language.as_ref().map_or("", |l| l.as_str());
            let Some(template) = bodies.get(language).or_else(|| bodies.get("default")) else {
                missing.push(if language.is_empty() {
                    "unknown".into()
                } else {
                    language.to_string()
                });
                continue;
            };
            let body = candor_core::ReplyDraft::parse(&fill(
                template,
                &review.author_name,
                &business.name,
            ))?
            .body;
            let screening = self.screen_reply(&body).await?;
            if screening.decision == Decision::Reject {
                return Err(FieldError::new(
                    "bodies",
                    "reply_refused",
                    format!("the reply to review {} was refused by screening", review.id),
                )
                .into());
            }
            prepared.push((*review, screening_record(review, actor, &body, &screening)));
        }
        if !missing.is_empty() {
            missing.sort();
            missing.dedup();
            return Err(FieldError::new(
                "bodies",
                "missing_language",
                format!(
                    "no text for the languages {}; add them or a \"default\" text",
                    missing.join(", ")
                ),
            )
            .into());
        }
        let mut tx = self.store().begin().await?;
        for (review, mut record) in prepared.iter().cloned() {
            write_reply(&mut tx, review, actor, &mut record).await?;
        }
        tx.set_incident_replied(&detail.incident.id, &policy, now_ms())
            .await?;
        tx.bump_business_version(&business.id).await?;
        tx.commit().await?;
        self.search_changed();
        Ok(prepared.len())
    }
}

/// Language codes (or `default`) to checked reply texts.
fn parse_bodies(raw: &BTreeMap<String, String>) -> Result<BTreeMap<String, String>, FieldError> {
    if raw.is_empty() {
        return Err(FieldError::new(
            "bodies",
            "required",
            "bodies needs at least one text",
        ));
    }
    let mut bodies = BTreeMap::new();
    for (language, body) in raw {
        let key = if language == "default" {
            language.clone()
        } else {
            Language::parse(language)?.as_str().to_string()
        };
        let body = validate::text("bodies", body, true, candor_core::review::MAX_REPLY_CHARS)?;
        check_placeholders("bodies", &body)?;
        bodies.insert(key, body);
    }
    Ok(bodies)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poisson_tail_matches_hand_computed_values() {
        // P(X ≥ 1 | 1) = 1 - e^-1; P(X ≥ 3 | 0.25) = 1 - e^-0.25 (1 + 0.25 + 0.03125)
        assert!((poisson_upper_tail(1, 1.0) - (1.0 - (-1.0f64).exp())).abs() < 1e-12);
        let expected = 1.0 - (-0.25f64).exp() * (1.0 + 0.25 + 0.031_25);
        assert!((poisson_upper_tail(3, 0.25) - expected).abs() < 1e-12);
        assert_eq!(poisson_upper_tail(0, 5.0), 1.0);
    }

    #[test]
    fn bursts_need_both_count_and_surprise() {
        assert!(!is_burst(2, 0.0), "two are never an incident");
        assert!(is_burst(4, 0.0), "four on a quiet aspect are");
        assert!(
            !is_burst(3, 0.0),
            "three against the floor of 0.25/day: p = 0.0022"
        );
        assert!(
            !is_burst(6, 2.0),
            "six on an aspect with two a day are ordinary"
        );
        assert!(is_burst(12, 2.0));
    }
}
