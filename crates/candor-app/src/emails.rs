//! The e-mails Candor writes to staff, in each user's own language: the
//! escalation alert and the daily digest. Plain text; the reviewer's e-mail
//! address never appears, only what the public page shows.

use candor_i18n::Tr;
use candor_mail::{Email, MailError, Mailbox, Mailer, SentId};
use candor_store::{Business, User};

use crate::notify::{DAY_MS, DIGEST_HOUR_MS};
use crate::{App, AppError};

/// The longest part of a review quoted in an alert.
const QUOTE_CHARS: usize = 600;

impl App {
    /// Sends through the configured mailer.
    pub async fn send_email(&self, email: &Email) -> Result<SentId, MailError> {
        self.mailer.as_ref().send(email).await
    }

    /// The Message-ID of the e-mail named `key`, on this instance's host.
    pub(crate) fn message_id(&self, key: &str) -> String {
        let host = self
            .public_url()
            .split_once("://")
            .map_or(self.public_url(), |(_, rest)| rest)
            .split(['/', ':'])
            .next()
            .filter(|h| !h.is_empty())
            .unwrap_or("candor.invalid");
        format!("<{key}@{host}>")
    }

    fn dashboard_link(&self, business: &Business) -> String {
        format!("{}/dashboard/b/{}", self.public_url(), business.slug)
    }
}

fn recipient(user: &User) -> Mailbox {
    Mailbox::named(user.email.clone(), user.name.clone())
}

fn footer(tr: &Tr) -> String {
    format!("--\n{}", tr.get("email-footer"))
}

/// The alert to a manager that a review's deadline passed without a reply.
pub(crate) async fn escalation(
    app: &App,
    user: &User,
    review_id: &str,
) -> Result<Option<Email>, AppError> {
    let Some(found) = app.store().review_by_id(review_id).await? else {
        return Ok(None);
    };
    let review = found.review;
    let Some(business) = app.store().business_by_id(&review.business_id).await? else {
        return Ok(None);
    };
    let tr = app.translator(&user.locale);
    let stars = review.rating.get().to_string();
    let hours = app
        .deadline_hours(&business, review.rating.get())
        .await?
        .to_string();
    let subject = tr.args(
        "email-escalation-subject",
        &[
            ("business", business.name.clone()),
            ("stars", stars.clone()),
        ],
    );
    let quote: String = review.body.chars().take(QUOTE_CHARS).collect();
    let ellipsis = if review.body.chars().count() > QUOTE_CHARS {
        "…"
    } else {
        ""
    };
    let mut lines = vec![
        tr.arg("email-greeting", "name", user.name.as_str()),
        String::new(),
        tr.args(
            "email-escalation-body",
            &[
                ("business", business.name.clone()),
                ("stars", stars),
                ("hours", hours),
            ],
        ),
        String::new(),
    ];
    if !review.title.is_empty() {
        lines.push(format!("  {}", review.title));
    }
    lines.push(format!("  {quote}{ellipsis}"));
    lines.push(format!("  — {}", review.author_name));
    lines.push(String::new());
    lines.push(tr.get("email-escalation-action"));
    lines.push(format!("{}/r/{}", app.public_url(), review.id));
    lines.push(app.dashboard_link(&business));
    lines.push(String::new());
    lines.push(footer(&tr));
    Ok(Some(Email::new(
        recipient(user),
        subject,
        lines.join("\n"),
        tr.locale,
    )))
}

/// One business's lines of a digest, or `None` when it has nothing to say.
async fn digest_section(
    app: &App,
    tr: &Tr,
    business: &Business,
    window: (i64, i64),
) -> Result<Option<String>, AppError> {
    let store = app.store();
    let (negative, mixed, positive) = store
        .new_reviews_by_band(&business.id, window.0, window.1)
        .await?;
    let (waiting_negative, waiting) = store.unanswered_counts(&business.id).await?;
    let overdue = store.open_escalations(&business.id).await?;
    let new = negative + mixed + positive;
    if new == 0 && waiting == 0 {
        return Ok(None);
    }
    let lines = [
        business.name.clone(),
        format!(
            "  {}",
            tr.count_args(
                "email-digest-new",
                new,
                &[("negative", negative.to_string())]
            )
        ),
        format!(
            "  {}",
            tr.count_args(
                "email-digest-waiting",
                waiting,
                &[("negative", waiting_negative.to_string())]
            )
        ),
        format!("  {}", tr.count("email-digest-overdue", overdue)),
        format!("  {}", app.dashboard_link(business)),
    ];
    Ok(Some(lines.join("\n")))
}

/// The daily digest of `day` (days since 1970, sent at 07:00 UTC) covering
/// the 24 hours before it; `None` when no business has anything to report.
pub(crate) async fn digest(app: &App, user: &User, day: i64) -> Result<Option<Email>, AppError> {
    let tr = app.translator(&user.locale);
    let end = day * DAY_MS + DIGEST_HOUR_MS;
    let mut sections = Vec::new();
    for business in app.store().businesses_of_org(&user.org_id).await? {
        if let Some(section) = digest_section(app, &tr, &business, (end - DAY_MS, end)).await? {
            sections.push(section);
        }
    }
    if sections.is_empty() {
        return Ok(None);
    }
    let date = chrono::DateTime::from_timestamp_millis(day * DAY_MS)
        .map(|d| d.date_naive().to_string())
        .unwrap_or_default();
    let subject = tr.arg("email-digest-subject", "date", date);
    let body = [
        tr.arg("email-greeting", "name", user.name.as_str()),
        String::new(),
        tr.get("email-digest-intro"),
        String::new(),
        sections.join("\n\n"),
        String::new(),
        footer(&tr),
    ]
    .join("\n");
    Ok(Some(Email::new(recipient(user), subject, body, tr.locale)))
}
