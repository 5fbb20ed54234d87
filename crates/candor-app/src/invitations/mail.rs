//! The invitation e-mails: the first one when the delay is over, and one
//! reminder, each with a private link (only its hash is kept) and an
//! unsubscribe link (also as `List-Unsubscribe`, one click, RFC 8058).
//! A permanent refusal by the mail server is recorded as a bounce; a
//! passing failure is retried by the job queue.

use candor_mail::{Email, Mailbox};
use candor_store::{Business, Invitation, Job, NewJob, SentEmail, Tx};
use serde::{Deserialize, Serialize};

use crate::jobs::{JobFuture, JobHandler, Jobs, job_payload};
use crate::secrets::{new_token, token_hash};
use crate::{App, AppError, now_ms};

pub const SEND_JOB: &str = "invitation.send";
pub const REMIND_JOB: &str = "invitation.remind";
/// The prefix of invitation link tokens.
pub(super) const LINK_PREFIX: &str = "cnd_inv_";

#[derive(Debug, Serialize, Deserialize)]
struct InvitationJob {
    invitation_id: String,
}

fn job(kind: &'static str, invitation_id: &str, run_at: i64) -> Result<NewJob, AppError> {
    let payload = serde_json::to_string(&InvitationJob {
        invitation_id: invitation_id.to_string(),
    })
    .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(NewJob::new(kind, payload, run_at)
        .unique(format!("{kind}:{invitation_id}"))
        .max_attempts(8))
}

pub(super) async fn enqueue_send(
    tx: &mut Tx,
    invitation_id: &str,
    send_at: i64,
    now: i64,
) -> Result<(), AppError> {
    tx.enqueue_job(&job(SEND_JOB, invitation_id, send_at)?, now)
        .await?;
    Ok(())
}

impl Jobs {
    pub(crate) fn with_invitations(self) -> Self {
        self.register(Send).register(Remind)
    }
}

struct Send;
struct Remind;

impl JobHandler for Send {
    fn kind(&self) -> &'static str {
        SEND_JOB
    }

    fn run<'a>(&'a self, app: &'a App, job: &'a Job) -> JobFuture<'a> {
        Box::pin(async move {
            deliver(
                app,
                &job_payload::<InvitationJob>(job)?.invitation_id,
                false,
            )
            .await
        })
    }
}

impl JobHandler for Remind {
    fn kind(&self) -> &'static str {
        REMIND_JOB
    }

    fn run<'a>(&'a self, app: &'a App, job: &'a Job) -> JobFuture<'a> {
        Box::pin(async move {
            deliver(app, &job_payload::<InvitationJob>(job)?.invitation_id, true).await
        })
    }
}

/// Sends the invitation (or its reminder) if it is still due.
async fn deliver(app: &App, invitation_id: &str, reminder: bool) -> Result<Tx, AppError> {
    let nothing = || async { Ok::<Tx, AppError>(app.store().begin().await?) };
    let Some(invitation) = app.store().invitation_by_id(invitation_id).await? else {
        return nothing().await;
    };
    let due = if reminder {
        invitation.state == "sent" && invitation.reminded_at.is_none()
    } else {
        invitation.state == "scheduled"
    };
    let Some(business) = app.store().business_by_id(&invitation.business_id).await? else {
        return nothing().await;
    };
    if !due
        || app
            .store()
            .is_unsubscribed(&business.id, &invitation.email)
            .await?
    {
        return nothing().await;
    }
    if !app.mail_enabled() {
        return Err(AppError::Unavailable(
            "no SMTP server is configured; the invitation waits",
        ));
    }
    let kind = if reminder { "reminder" } else { "invitation" };
    let email_id = app.message_id(&format!("{kind}.{invitation_id}"));
    if app.store().email_sent(&email_id).await? {
        return nothing().await;
    }
    let token = new_token(LINK_PREFIX);
    let email = compose(app, &business, &invitation, &token, reminder)
        .with_header("Message-ID", email_id.clone());
    let now = now_ms();
    if let Err(error) = app.send_email(&email).await {
        if error.is_transient() {
            return Err(AppError::Internal(format!(
                "invitation not sent, will retry: {error}"
            )));
        }
        // The server refused the address for good: a bounce, never retried.
        let mut tx = app.store().begin().await?;
        tx.mark_invitation_bounced(invitation_id, &error.to_string())
            .await?;
        return Ok(tx);
    }
    let mut tx = app.store().begin().await?;
    let hash = token_hash(&token);
    let recorded = if reminder {
        tx.mark_invitation_reminded(invitation_id, &hash, now)
            .await?
    } else {
        tx.mark_invitation_sent(invitation_id, &hash, now).await?
    };
    let settings = app.settings_of(&business).await?;
    if recorded && !reminder && settings.reminder_hours > 0 {
        let at = now.saturating_add(settings.reminder_hours * 3_600_000);
        tx.enqueue_job(&job(REMIND_JOB, invitation_id, at)?, now)
            .await?;
    }
    let sent = SentEmail {
        message_id: &email_id,
        kind,
        user_id: None,
        subject: &email.subject,
        language: &email.language,
    };
    tx.record_sent_email(&sent, now).await?;
    Ok(tx)
}

/// The invitation in the customer's language (English where Candor has no
/// locale for it). It asks for an honest review, good or bad.
fn compose(
    app: &App,
    business: &Business,
    invitation: &Invitation,
    token: &str,
    reminder: bool,
) -> Email {
    let tr = app.translator(&invitation.language);
    let name = business.name.as_str();
    let subject_id = if reminder {
        "invite-email-reminder-subject"
    } else {
        "invite-email-subject"
    };
    let link = format!("{}/invite/{token}", app.public_url());
    let unsubscribe = format!("{link}/unsubscribe");
    let greeting = if invitation.name.is_empty() {
        tr.get("invite-email-greeting-anonymous")
    } else {
        tr.arg("email-greeting", "name", invitation.name.as_str())
    };
    let about = if invitation.product.is_empty() {
        tr.arg("invite-email-intro", "business", name)
    } else {
        tr.args(
            "invite-email-intro-product",
            &[
                ("business", name.to_string()),
                ("product", invitation.product.clone()),
            ],
        )
    };
    let lines = [
        greeting,
        String::new(),
        about,
        tr.get("invite-email-honest"),
        String::new(),
        link,
        String::new(),
        format!("--\n{}", tr.get("invite-email-footer")),
        tr.arg("invite-email-unsubscribe", "link", unsubscribe.as_str()),
    ];
    let to = Mailbox::named(invitation.email.clone(), invitation.name.clone());
    Email::new(
        to,
        tr.arg(subject_id, "business", name),
        lines.join("\n"),
        tr.locale,
    )
    .with_header("List-Unsubscribe", format!("<{unsubscribe}>"))
    .with_header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
}
