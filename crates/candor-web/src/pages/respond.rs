//! The dashboard's response section (rates, median first reply, reviews
//! waiting for a reply, deadlines) and the staff member's notifications.

use candor_app::insights::{hours, percent};
use candor_app::{AppError, User};

use crate::format::{date, stars};
use crate::i18n::Tr;
use crate::server::AppState;

/// Unanswered reviews shown on a business's dashboard.
const WAITING_SHOWN: usize = 10;

pub struct WaitingRow {
    pub id: String,
    pub stars: String,
    pub excerpt: String,
    pub due: String,
    pub overdue: bool,
}

pub struct ResponseView {
    /// One line per figure, already in words.
    pub figures: Vec<String>,
    pub deadlines: Vec<String>,
    pub waiting: Vec<WaitingRow>,
}

pub struct NotificationRow {
    pub text: String,
    pub link: String,
    pub when: String,
    pub read: bool,
}

/// The last 90 days' response figures and the first reviews waiting.
pub async fn response_view(
    state: &AppState,
    t: &Tr,
    user: &User,
    slug: &str,
) -> Result<ResponseView, AppError> {
    let figures = state.app.response_figures(user, slug, 90).await?;
    let (waiting, _) = state.app.unanswered(user, slug, None).await?;
    let deadlines = state.app.staff_deadlines(user, slug).await?;
    let lines = vec![
        t.args(
            "respond-rate",
            &[
                ("all", percent(t, figures.all.rate())),
                ("negative", percent(t, figures.negative.rate())),
            ],
        ),
        t.args(
            "respond-median",
            &[
                ("all", hours(t, figures.median_first_reply_ms)),
                ("negative", hours(t, figures.negative_median_first_reply_ms)),
            ],
        ),
        t.count("respond-overdue", figures.open_escalations),
    ];
    let deadlines = deadlines
        .iter()
        .map(|d| {
            t.count_args(
                &format!("respond-deadline-{}", d.band.as_str()),
                d.hours,
                &[],
            )
        })
        .collect();
    let waiting = waiting
        .into_iter()
        .take(WAITING_SHOWN)
        .map(|u| WaitingRow {
            stars: stars(u.review.rating.get()),
            excerpt: excerpt(&u.review.title, &u.review.body),
            due: date(u.due_at),
            overdue: u.overdue,
            id: u.review.id,
        })
        .collect();
    Ok(ResponseView {
        figures: lines,
        deadlines,
        waiting,
    })
}

fn excerpt(title: &str, body: &str) -> String {
    let text = if title.is_empty() { body } else { title };
    let mut short: String = text.chars().take(90).collect();
    if text.chars().count() > 90 {
        short.push('…');
    }
    short
}

/// The newest notifications of a staff member and how many are unread.
pub async fn notification_rows(
    state: &AppState,
    user: &User,
) -> Result<(Vec<NotificationRow>, i64), AppError> {
    let items = state.app.notifications(user, false).await?;
    let unread = state.app.unread_notifications(user).await?;
    let rows = items
        .into_iter()
        .take(10)
        .map(|n| NotificationRow {
            link: n.review_id.map_or_else(
                || format!("/dashboard/b/{}", n.business_slug),
                |id| format!("/r/{id}"),
            ),
            text: n.text,
            when: date(n.created_at),
            read: n.read,
        })
        .collect();
    Ok((rows, unread))
}
