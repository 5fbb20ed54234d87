//! Telling staff: deadline checks that escalate unanswered reviews, in-app
//! notifications, e-mail alerts and the daily digest, all as jobs.
//!
//! Each e-mail is a job of its own with a fixed Message-ID, recorded in
//! `sent_emails` in the job's transaction: a retried job whose e-mail went out
//! finds it there and does not send it again; a worker dying between the send
//! and the commit sends it once more with the same Message-ID, which mail
//! clients treat as the same message.

use candor_core::respond::due_at;
use candor_store::{Job, NewJob, NewNotification, Review, SentEmail, Tx, User};
use serde::{Deserialize, Serialize};

use crate::emails;
use crate::jobs::{JobFuture, JobHandler, Jobs, job_payload};
use crate::{App, AppError, now_ms};

pub(crate) const DEADLINE_JOB: &str = "response.deadline";
pub(crate) const ARRIVED_JOB: &str = "review.arrived";
pub(crate) const EMAIL_JOB: &str = "email.staff";
pub(crate) const DIGEST_PLAN_JOB: &str = "digest.plan";
pub(crate) const DAY_MS: i64 = 86_400_000;
/// Digests go out at 07:00 UTC.
pub(crate) const DIGEST_HOUR_MS: i64 = 7 * 3_600_000;
/// A held review's deadline check looks again this much later.
const HELD_RECHECK_MS: i64 = 3_600_000;
/// Users read per query when planning the digests.
const USER_BATCH: i64 = 500;

/// The kinds of job this module runs.
pub fn job_kinds() -> [&'static str; 10] {
    [
        DEADLINE_JOB,
        ARRIVED_JOB,
        EMAIL_JOB,
        DIGEST_PLAN_JOB,
        crate::recovery_relay::RELAY_JOB,
        crate::incidents::INCIDENT_JOB,
        crate::bulk_import::IMPORT_ANALYSIS_JOB,
        crate::bulk_import::IMPORT_MATERIALIZE_JOB,
        crate::invitations::SEND_JOB,
        crate::invitations::REMIND_JOB,
    ]
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ReviewJob {
    pub review_id: String,
}

/// Which e-mail a staff e-mail job sends.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum StaffEmail {
    Escalation { user_id: String, review_id: String },
    Digest { user_id: String, day: i64 },
}

impl StaffEmail {
    fn user_id(&self) -> &str {
        match self {
            Self::Escalation { user_id, .. } | Self::Digest { user_id, .. } => user_id,
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Self::Escalation { .. } => "escalation",
            Self::Digest { .. } => "digest",
        }
    }

    /// The key naming this e-mail: its job's unique key and its Message-ID.
    fn key(&self) -> String {
        match self {
            Self::Escalation { user_id, review_id } => format!("escalation.{review_id}.{user_id}"),
            Self::Digest { user_id, day } => format!("digest.{day}.{user_id}"),
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct DigestPlan {
    day: i64,
}

/// An in-app notification as a staff member sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationItem {
    pub id: String,
    pub kind: String,
    pub business_slug: String,
    pub review_id: Option<String>,
    /// The notification in the user's language.
    pub text: String,
    pub created_at: i64,
    pub read: bool,
}

impl Jobs {
    /// The handlers every server runs.
    pub fn builtin() -> Self {
        Self::default()
            .register(Deadline)
            .register(Arrived)
            .register(StaffEmailJob)
            .register(DigestPlanner)
            .with_recovery()
            .with_incidents()
            .with_imports()
            .with_invitations()
    }
}

impl App {
    /// Queues, in the review's own transaction, what a new review sets off:
    /// its deadline check, and for 1-2 stars an in-app alert to the staff.
    pub(crate) async fn schedule_review_jobs(
        &self,
        tx: &mut Tx,
        review: &Review,
        deadline_hours: i64,
    ) -> Result<(), AppError> {
        self.schedule_deadline(tx, review, deadline_hours).await?;
        if review.rating.get() <= 2 {
            let payload = serde_json::json!({ "review_id": review.id }).to_string();
            let job = NewJob::new(ARRIVED_JOB, payload, now_ms())
                .unique(format!("arrived:{}", review.id));
            tx.enqueue_job(&job, now_ms()).await?;
            crate::incidents::enqueue_detection(tx, &review.business_id, now_ms()).await?;
        }
        Ok(())
    }

    /// Queues the next daily digest round (idempotent: one per day).
    pub async fn schedule_digests(&self) -> Result<(), AppError> {
        if !self.mail_enabled() {
            return Ok(());
        }
        let mut tx = self.store().begin().await?;
        enqueue_plan(&mut tx, next_digest_day(now_ms())).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A staff member's notifications, newest first, in their language.
    pub async fn notifications(
        &self,
        actor: &User,
        unread_only: bool,
    ) -> Result<Vec<NotificationItem>, AppError> {
        let tr = self.translator(&actor.locale);
        let rows = self
            .store()
            .notifications(&actor.id, unread_only, 100)
            .await?;
        let businesses = self.store().businesses_of_org(&actor.org_id).await?;
        Ok(rows
            .into_iter()
            .filter_map(|n| {
                let business = businesses.iter().find(|b| b.id == n.business_id)?;
                Some(NotificationItem {
                    text: tr.arg(
                        &format!("notification-{}", n.kind),
                        "business",
                        business.name.as_str(),
                    ),
                    business_slug: business.slug.clone(),
                    id: n.id,
                    kind: n.kind,
                    review_id: n.review_id,
                    created_at: n.created_at,
                    read: n.read_at.is_some(),
                })
            })
            .collect())
    }

    pub async fn unread_notifications(&self, actor: &User) -> Result<i64, AppError> {
        Ok(self.store().unread_notifications(&actor.id).await?)
    }

    pub async fn mark_notification_read(&self, actor: &User, id: &str) -> Result<(), AppError> {
        let mut tx = self.store().begin().await?;
        if !tx.mark_notification_read(id, &actor.id, now_ms()).await? {
            return Err(AppError::NotFound("notification"));
        }
        tx.commit().await?;
        Ok(())
    }

    /// Sets the language of a staff member's e-mails and notifications.
    pub async fn set_locale(&self, actor: &User, locale: &str) -> Result<(), AppError> {
        let Some(code) = candor_i18n::supported(locale).filter(|c| *c == locale) else {
            return Err(candor_core::FieldError::new(
                "locale",
                "unsupported_locale",
                format!(
                    "locale must be one of: {}",
                    candor_i18n::LOCALES.map(|(c, _)| c).join(", ")
                ),
            )
            .into());
        };
        let mut tx = self.store().begin().await?;
        tx.set_user_locale(&actor.id, code).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// The first digest day whose send time (07:00 UTC) is still ahead of `now`.
fn next_digest_day(now: i64) -> i64 {
    let today = now.div_euclid(DAY_MS);
    if today * DAY_MS + DIGEST_HOUR_MS > now {
        today
    } else {
        today + 1
    }
}

async fn enqueue_plan(tx: &mut Tx, day: i64) -> Result<(), AppError> {
    let payload = serde_json::to_string(&DigestPlan { day })
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let job = NewJob::new(DIGEST_PLAN_JOB, payload, day * DAY_MS + DIGEST_HOUR_MS)
        .unique(format!("digest-plan:{day}"));
    tx.enqueue_job(&job, now_ms()).await?;
    Ok(())
}

async fn enqueue_email(tx: &mut Tx, email: &StaffEmail) -> Result<(), AppError> {
    let payload = serde_json::to_string(email).map_err(|e| AppError::Internal(e.to_string()))?;
    let job = NewJob::new(EMAIL_JOB, payload, now_ms())
        .unique(format!("email:{}", email.key()))
        .max_attempts(8);
    tx.enqueue_job(&job, now_ms()).await?;
    Ok(())
}

/// Owners and managers of the organisation: who an escalation reaches.
async fn managers(app: &App, org_id: &str) -> Result<Vec<User>, AppError> {
    let users = app.store().users_of_org(org_id).await?;
    Ok(users.into_iter().filter(|u| u.role.can_manage()).collect())
}

struct Deadline;

impl JobHandler for Deadline {
    fn kind(&self) -> &'static str {
        DEADLINE_JOB
    }

    fn run<'a>(&'a self, app: &'a App, job: &'a Job) -> JobFuture<'a> {
        Box::pin(check_deadline(
            app,
            job_payload::<ReviewJob>(job),
            job.run_at,
        ))
    }
}

/// Escalates the review if its deadline has passed without a reply; looks
/// again later if the deadline moved or the review is still held.
///
/// The deadline is compared with `run_at`, the time the job was due, not
/// the clock: a check that runs late (a worker was down) still escalates,
/// and a deadline moved later is checked again at the new time.
async fn check_deadline(
    app: &App,
    payload: Result<ReviewJob, AppError>,
    run_at: i64,
) -> Result<Tx, AppError> {
    let payload = payload?;
    let Some(found) = app.store().review_by_id(&payload.review_id).await? else {
        return Ok(app.store().begin().await?);
    };
    let review = found.review;
    let status = review.status.as_str();
    if found.reply.is_some() || status == "removed" {
        return Ok(app.store().begin().await?);
    }
    let Some(business) = app.store().business_by_id(&review.business_id).await? else {
        return Ok(app.store().begin().await?);
    };
    let due = due_at(
        review.created_at,
        app.deadline_hours(&business, review.rating.get()).await?,
    );
    let now = now_ms();
    if due > run_at || status == "pending" {
        let at = if due > run_at {
            due
        } else {
            run_at.max(now) + HELD_RECHECK_MS
        };
        let payload =
            serde_json::to_string(&payload).map_err(|e| AppError::Internal(e.to_string()))?;
        let job = NewJob::new(DEADLINE_JOB, payload, at)
            .unique(format!("deadline:{}:at:{at}", review.id));
        let mut tx = app.store().begin().await?;
        tx.enqueue_job(&job, now).await?;
        return Ok(tx);
    }
    let recipients = managers(app, &business.org_id).await?;
    let mut tx = app.store().begin().await?;
    if !tx.insert_escalation(&review, due, now).await? {
        return Ok(tx);
    }
    for user in &recipients {
        let dedupe = format!("escalation:{}:{}", review.id, user.id);
        let note = NewNotification {
            user_id: &user.id,
            business_id: &business.id,
            kind: "escalation",
            review_id: Some(&review.id),
            dedupe_key: &dedupe,
        };
        tx.insert_notification(&note, now).await?;
        if app.mail_enabled() {
            let email = StaffEmail::Escalation {
                user_id: user.id.clone(),
                review_id: review.id.clone(),
            };
            enqueue_email(&mut tx, &email).await?;
        }
    }
    tracing::info!(review = %review.id, business = %business.slug, "review escalated");
    Ok(tx)
}

struct Arrived;

impl JobHandler for Arrived {
    fn kind(&self) -> &'static str {
        ARRIVED_JOB
    }

    fn run<'a>(&'a self, app: &'a App, job: &'a Job) -> JobFuture<'a> {
        Box::pin(async move {
            let payload: ReviewJob = job_payload(job)?;
            let Some(found) = app.store().review_by_id(&payload.review_id).await? else {
                return Ok(app.store().begin().await?);
            };
            let Some(business) = app
                .store()
                .business_by_id(&found.review.business_id)
                .await?
            else {
                return Ok(app.store().begin().await?);
            };
            let staff = app.store().users_of_org(&business.org_id).await?;
            let mut tx = app.store().begin().await?;
            for user in &staff {
                let dedupe = format!("negative:{}:{}", found.review.id, user.id);
                let note = NewNotification {
                    user_id: &user.id,
                    business_id: &business.id,
                    kind: "negative_review",
                    review_id: Some(&found.review.id),
                    dedupe_key: &dedupe,
                };
                tx.insert_notification(&note, now_ms()).await?;
            }
            Ok(tx)
        })
    }
}

struct StaffEmailJob;

impl JobHandler for StaffEmailJob {
    fn kind(&self) -> &'static str {
        EMAIL_JOB
    }

    fn run<'a>(&'a self, app: &'a App, job: &'a Job) -> JobFuture<'a> {
        Box::pin(async move { send_staff_email(app, &job_payload::<StaffEmail>(job)?).await })
    }
}

/// Sends one staff e-mail unless it went out before; an e-mail with nothing
/// to say (an empty digest) is not sent.
async fn send_staff_email(app: &App, email: &StaffEmail) -> Result<Tx, AppError> {
    let message_id = app.message_id(&email.key());
    let Some(user) = app.store().user_by_id(email.user_id()).await? else {
        return Ok(app.store().begin().await?);
    };
    if app.store().email_sent(&message_id).await? {
        return Ok(app.store().begin().await?);
    }
    let composed = match email {
        StaffEmail::Escalation { review_id, .. } => {
            emails::escalation(app, &user, review_id).await?
        }
        StaffEmail::Digest { day, .. } => emails::digest(app, &user, *day).await?,
    };
    let Some(outgoing) = composed else {
        return Ok(app.store().begin().await?);
    };
    let outgoing = outgoing.with_header("Message-ID", message_id.clone());
    if let Err(error) = app.send_email(&outgoing).await {
        if error.is_transient() {
            return Err(AppError::Internal(format!(
                "e-mail not sent, will retry: {error}"
            )));
        }
        // A permanent refusal (bad address, rejected): retrying cannot help.
        tracing::warn!(kind = email.kind(), %error, "e-mail refused; not retried");
        return Ok(app.store().begin().await?);
    }
    let mut tx = app.store().begin().await?;
    let sent = SentEmail {
        message_id: &message_id,
        kind: email.kind(),
        user_id: Some(&user.id),
        subject: &outgoing.subject,
        language: &outgoing.language,
    };
    tx.record_sent_email(&sent, now_ms()).await?;
    Ok(tx)
}

struct DigestPlanner;

impl JobHandler for DigestPlanner {
    fn kind(&self) -> &'static str {
        DIGEST_PLAN_JOB
    }

    fn run<'a>(&'a self, app: &'a App, job: &'a Job) -> JobFuture<'a> {
        Box::pin(async move {
            let plan: DigestPlan = job_payload(job)?;
            let mut users = Vec::new();
            let mut after = String::new();
            loop {
                let batch = app.store().users_after(&after, USER_BATCH).await?;
                let Some(last) = batch.last() else { break };
                after = last.id.clone();
                users.extend(batch);
            }
            let mut tx = app.store().begin().await?;
            if app.mail_enabled() {
                for user in users {
                    let email = StaffEmail::Digest {
                        user_id: user.id,
                        day: plan.day,
                    };
                    enqueue_email(&mut tx, &email).await?;
                }
            }
            enqueue_plan(&mut tx, plan.day + 1).await?;
            Ok(tx)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_digest_is_at_seven_utc() {
        let day = 20_000;
        assert_eq!(next_digest_day(day * DAY_MS), day);
        assert_eq!(next_digest_day(day * DAY_MS + DIGEST_HOUR_MS - 1), day);
        assert_eq!(next_digest_day(day * DAY_MS + DIGEST_HOUR_MS), day + 1);
    }

    #[test]
    fn e_mail_keys_name_the_event() {
        let escalation = StaffEmail::Escalation {
            user_id: "u1".into(),
            review_id: "r1".into(),
        };
        assert_eq!(escalation.key(), "escalation.r1.u1");
        let json = serde_json::to_string(&escalation).expect("json");
        assert!(json.contains("\"kind\":\"escalation\""), "{json}");
        let digest = StaffEmail::Digest {
            user_id: "u1".into(),
            day: 3,
        };
        assert_eq!(digest.key(), "digest.3.u1");
    }
}
