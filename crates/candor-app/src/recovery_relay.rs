//! The private conversation between staff and a reviewer, relayed by Candor.
//!
//! Staff never see the reviewer's address: each staff message goes out as an
//! e-mail job, in the reviewer's language, carrying a private answer link.
//! The link's 256-bit token is made when the e-mail is sent and only its hash
//! is kept, next to the message. The reviewer reads the conversation, answers,
//! and may (never must) update their review through that link.

use candor_core::ReviewInput;
use candor_core::validate;
use candor_mail::{Email, Mailbox};
use candor_store::{
    Business, CaseMessage, Job, MessageDirection, NewCaseEvent, NewJob, NewNotification,
    RecoveryCase, Review, SentEmail, Tx,
};
use serde::{Deserialize, Serialize};

use crate::jobs::{JobFuture, JobHandler, Jobs, job_payload};
use crate::recovery::MAX_MESSAGE_CHARS;
use crate::secrets::{new_token, token_hash};
use crate::{App, AppError, now_ms};

pub(crate) const RELAY_JOB: &str = "email.reviewer";
/// The prefix of answer-link tokens.
const LINK_PREFIX: &str = "cnd_case_";

#[derive(Debug, Serialize, Deserialize)]
struct RelayJob {
    message_id: String,
}

/// What the reviewer sees behind their private link: their review and the
/// conversation, the business named but no staff member's address.
#[derive(Debug, Clone)]
pub struct ReviewerCase {
    pub case: RecoveryCase,
    pub business: Business,
    pub review: Review,
    pub messages: Vec<CaseMessage>,
    /// The reviewer's language, for the page.
    pub language: String,
}

impl ReviewerCase {
    /// Whether the reviewer can still answer (the case has not ended).
    pub fn open(&self) -> bool {
        !self.case.state.is_final()
    }
}

impl Jobs {
    pub(crate) fn with_recovery(self) -> Self {
        self.register(Relay)
    }
}

/// Queues the e-mail of staff message `message_id` (once per message).
pub(crate) async fn enqueue_relay(tx: &mut Tx, message_id: &str, now: i64) -> Result<(), AppError> {
    let payload = serde_json::to_string(&RelayJob {
        message_id: message_id.to_string(),
    })
    .map_err(|e| AppError::Internal(e.to_string()))?;
    let job = NewJob::new(RELAY_JOB, payload, now)
        .unique(format!("relay:{message_id}"))
        .max_attempts(8);
    tx.enqueue_job(&job, now).await?;
    Ok(())
}

impl App {
    /// The case behind an answer link, as the reviewer sees it.
    pub async fn reviewer_case(&self, token: &str) -> Result<ReviewerCase, AppError> {
        let not_found = || AppError::NotFound("conversation");
        if !token.starts_with(LINK_PREFIX) {
            return Err(not_found());
        }
        let case = self
            .store()
            .case_by_link(&token_hash(token))
            .await?
            .ok_or_else(not_found)?;
        let review = self
            .store()
            .review_by_id(&case.review_id)
            .await?
            .ok_or_else(not_found)?
            .review;
        let business = self
            .store()
            .business_by_id(&case.business_id)
            .await?
            .ok_or_else(not_found)?;
        let messages = self.store().case_messages(&case.id).await?;
        Ok(ReviewerCase {
            language: crate::recovery::reviewer_language(&review),
            case,
            business,
            review,
            messages,
        })
    }

    /// Keeps the reviewer's answer and tells the case's assignee (or, when
    /// nobody is assigned, the organisation's staff) in the app.
    pub async fn answer_case(&self, token: &str, body: &str) -> Result<ReviewerCase, AppError> {
        let seen = self.reviewer_case(token).await?;
        if !seen.open() {
            return Err(AppError::Conflict(
                "this conversation has ended; the business can open a new one".into(),
            ));
        }
        let body = validate::text("body", body, true, MAX_MESSAGE_CHARS)?;
        let case = &seen.case;
        let now = now_ms();
        let mut tx = self.store().begin().await?;
        let language = seen.language.clone();
        let id = tx
            .insert_case_message(
                case,
                MessageDirection::FromReviewer,
                None,
                &body,
                &language,
                now,
            )
            .await?;
        let event = NewCaseEvent {
            kind: "answer",
            ..NewCaseEvent::default()
        };
        tx.insert_case_event(&case.id, &case.business_id, &event, now)
            .await?;
        let recipients = match &case.assignee_id {
            Some(user) => vec![user.clone()],
            None => self
                .store()
                .users_of_org(&seen.business.org_id)
                .await?
                .into_iter()
                .map(|u| u.id)
                .collect(),
        };
        for user_id in &recipients {
            let dedupe = format!("case_answer:{id}:{user_id}");
            let note = NewNotification {
                user_id,
                business_id: &case.business_id,
                kind: "case_answer",
                review_id: Some(&case.review_id),
                dedupe_key: &dedupe,
            };
            tx.insert_notification(&note, now).await?;
        }
        tx.commit().await?;
        self.reviewer_case(token).await
    }

    /// The reviewer's own update of their review, through the answer link.
    /// It is labelled "updated after the company responded"; the earlier
    /// versions stay in the review's history.
    pub async fn update_review_through_case(
        &self,
        token: &str,
        input: &ReviewInput,
    ) -> Result<Review, AppError> {
        let seen = self.reviewer_case(token).await?;
        self.revise_by_author(seen.review, input).await
    }
}

struct Relay;

impl JobHandler for Relay {
    fn kind(&self) -> &'static str {
        RELAY_JOB
    }

    fn run<'a>(&'a self, app: &'a App, job: &'a Job) -> JobFuture<'a> {
        Box::pin(async move { relay(app, &job_payload::<RelayJob>(job)?.message_id).await })
    }
}

/// Sends one staff message to the reviewer unless it went out before.
async fn relay(app: &App, message_id: &str) -> Result<Tx, AppError> {
    let nothing = || async { Ok::<Tx, AppError>(app.store().begin().await?) };
    let Some(message) = app.store().case_message(message_id).await? else {
        return nothing().await;
    };
    let email_id = app.message_id(&format!("case-message.{message_id}"));
    if message.sent_at.is_some() || app.store().email_sent(&email_id).await? {
        return nothing().await;
    }
    let Some(case) = app.store().case_by_id(&message.case_id).await? else {
        return nothing().await;
    };
    let (Some(found), Some(business)) = (
        app.store().review_by_id(&case.review_id).await?,
        app.store().business_by_id(&case.business_id).await?,
    ) else {
        return nothing().await;
    };
    let token = new_token(LINK_PREFIX);
    let email = compose(app, &business, &found.review, &message, &token)
        .with_header("Message-ID", email_id.clone());
    if let Err(error) = app.send_email(&email).await {
        if error.is_transient() {
            return Err(AppError::Internal(format!(
                "e-mail not sent, will retry: {error}"
            )));
        }
        tracing::warn!(case = %case.id, %error, "reviewer e-mail refused; not retried");
        return nothing().await;
    }
    let now = now_ms();
    let mut tx = app.store().begin().await?;
    tx.mark_case_message_sent(message_id, &token_hash(&token), now)
        .await?;
    let sent = SentEmail {
        message_id: &email_id,
        kind: "case_message",
        user_id: None,
        subject: &email.subject,
        language: &email.language,
    };
    tx.record_sent_email(&sent, now).await?;
    Ok(tx)
}

/// The e-mail to the reviewer: the staff message, framed in the reviewer's
/// language, with the private answer link. It asks nothing about the review.
fn compose(
    app: &App,
    business: &Business,
    review: &Review,
    message: &CaseMessage,
    token: &str,
) -> Email {
    let tr = app.translator(&message.language);
    let subject = tr.arg("case-email-subject", "business", business.name.as_str());
    let lines = [
        tr.arg("email-greeting", "name", review.author_name.as_str()),
        String::new(),
        tr.arg("case-email-intro", "business", business.name.as_str()),
        String::new(),
        message.body.clone(),
        String::new(),
        tr.get("case-email-answer"),
        format!("{}/case/{token}", app.public_url()),
        String::new(),
        format!("--\n{}", tr.get("case-email-footer")),
    ];
    let to = Mailbox::named(review.author_email.clone(), review.author_name.clone());
    Email::new(to, subject, lines.join("\n"), tr.locale)
}
