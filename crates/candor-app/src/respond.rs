//! Responding to reviews: response deadlines per star band, the response
//! figures of a business and its unanswered reviews, negative and oldest first.
//! Passing a deadline escalates the review (see `notify`).

use candor_core::FieldError;
use candor_core::respond::{
    MAX_DEADLINE_HOURS, ResponseCount, StarBand, check_deadline_hours, due_at,
};
use candor_store::{Business, NewJob, Review, Tx, UnansweredCursor, WeekReplies};

use crate::notify::DEADLINE_JOB;
use crate::{App, AppError, User, now_ms};

/// Unanswered reviews per page.
pub const UNANSWERED_PAGE: i64 = 25;
/// The longest period the figures cover: ten years, in days.
const MAX_DAYS: i64 = 3_650;
const DAY_MS: i64 = 86_400_000;

/// A band's deadline and whether the business set it (else Candor's default).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeadlineSetting {
    pub band: StarBand,
    pub hours: i64,
    pub custom: bool,
}

/// A business's response figures over a period.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseFigures {
    pub since: i64,
    pub all: ResponseCount,
    /// 1-2 star reviews.
    pub negative: ResponseCount,
    pub median_first_reply_ms: Option<f64>,
    pub negative_median_first_reply_ms: Option<f64>,
    /// Reviews escalated and still without a reply (any period).
    pub open_escalations: i64,
    pub weeks: Vec<WeekReplies>,
}

/// An unanswered review with its deadline.
#[derive(Debug, Clone, PartialEq)]
pub struct UnansweredReview {
    pub review: Review,
    pub due_at: i64,
    pub overdue: bool,
}

impl App {
    /// The deadline of every band for a business.
    pub async fn deadlines(&self, business: &Business) -> Result<Vec<DeadlineSetting>, AppError> {
        let set = self.store().response_deadlines(&business.id).await?;
        Ok(StarBand::ALL
            .into_iter()
            .map(|band| {
                let custom = set
                    .iter()
                    .find(|(b, _)| b == band.as_str())
                    .map(|(_, h)| *h);
                DeadlineSetting {
                    band,
                    hours: custom.unwrap_or(band.default_hours()),
                    custom: custom.is_some(),
                }
            })
            .collect())
    }

    /// The deadlines of a business that `actor` works for.
    pub async fn staff_deadlines(
        &self,
        actor: &User,
        slug: &str,
    ) -> Result<Vec<DeadlineSetting>, AppError> {
        let business = self.staff_business(actor, slug).await?;
        self.deadlines(&business).await
    }

    /// Sets the deadline of `band` (owners and managers). Reviews already
    /// waiting are judged by the new deadline when their check runs.
    pub async fn set_deadline(
        &self,
        actor: &User,
        slug: &str,
        band: &str,
        hours: i64,
    ) -> Result<Vec<DeadlineSetting>, AppError> {
        let business = self.staff_business(actor, slug).await?;
        require_manager(actor)?;
        let band = StarBand::parse(band)?;
        let hours = check_deadline_hours(hours)?;
        let mut tx = self.store().begin().await?;
        tx.set_response_deadline(&business.id, band.as_str(), hours, now_ms())
            .await?;
        tx.commit().await?;
        self.deadlines(&business).await
    }

    /// Response rates, median time to a first reply and the weekly series
    /// over the last `days` days.
    pub async fn response_figures(
        &self,
        actor: &User,
        slug: &str,
        days: i64,
    ) -> Result<ResponseFigures, AppError> {
        let business = self.staff_business(actor, slug).await?;
        self.response_figures_of(&business, days).await
    }

    /// The response figures of a business already authorised.
    pub(crate) async fn response_figures_of(
        &self,
        business: &Business,
        days: i64,
    ) -> Result<ResponseFigures, AppError> {
        if !(1..=MAX_DAYS).contains(&days) {
            return Err(FieldError::new(
                "days",
                "out_of_range",
                format!("days must be between 1 and {MAX_DAYS}"),
            )
            .into());
        }
        let since = now_ms() - days * DAY_MS;
        let store = self.store();
        let by_rating = store.replies_by_rating(&business.id, since).await?;
        let count = |max: i64| {
            by_rating
                .iter()
                .filter(|r| r.rating <= max)
                .fold(ResponseCount::default(), |sum, r| ResponseCount {
                    reviews: sum.reviews + r.reviews,
                    answered: sum.answered + r.answered,
                })
        };
        Ok(ResponseFigures {
            since,
            all: count(5),
            negative: count(2),
            median_first_reply_ms: store.median_first_reply_ms(&business.id, since, 5).await?,
            negative_median_first_reply_ms: store
                .median_first_reply_ms(&business.id, since, 2)
                .await?,
            open_escalations: store.open_escalations(&business.id).await?,
            weeks: store.replies_by_week(&business.id, since).await?,
        })
    }

    /// One page of a business's unanswered reviews, 1-2 stars first, then
    /// oldest first, each with its deadline.
    pub async fn unanswered(
        &self,
        actor: &User,
        slug: &str,
        cursor: Option<&str>,
    ) -> Result<(Vec<UnansweredReview>, Option<String>), AppError> {
        let business = self.staff_business(actor, slug).await?;
        let after = parse_cursor(cursor)?;
        let mut reviews = self
            .store()
            .unanswered_reviews(&business.id, after.as_ref(), UNANSWERED_PAGE + 1)
            .await?;
        let more = reviews.len() > UNANSWERED_PAGE as usize;
        reviews.truncate(UNANSWERED_PAGE as usize);
        let next = reviews
            .last()
            .filter(|_| more)
            .map(|r| format!("{}.{}.{}", u8::from(r.rating.get() > 2), r.created_at, r.id));
        let deadlines = self.deadlines(&business).await?;
        let now = now_ms();
        let items = reviews
            .into_iter()
            .map(|review| {
                let due = due_at(
                    review.created_at,
                    hours_for(&deadlines, review.rating.get()),
                );
                UnansweredReview {
                    overdue: due <= now,
                    due_at: due,
                    review,
                }
            })
            .collect();
        Ok((items, next))
    }

    /// Queues the deadline check of a new review in its own transaction, due
    /// when the deadline of its band passes.
    pub(crate) async fn schedule_deadline(
        &self,
        tx: &mut Tx,
        review: &Review,
        hours: i64,
    ) -> Result<(), AppError> {
        let payload = serde_json::json!({ "review_id": review.id }).to_string();
        let job = NewJob::new(DEADLINE_JOB, payload, due_at(review.created_at, hours))
            .unique(format!("deadline:{}:{}", review.id, review.revision));
        tx.enqueue_job(&job, now_ms()).await?;
        Ok(())
    }

    /// The deadline in hours of a rating at a business.
    pub(crate) async fn deadline_hours(
        &self,
        business: &Business,
        stars: u8,
    ) -> Result<i64, AppError> {
        Ok(hours_for(&self.deadlines(business).await?, stars))
    }
}

fn hours_for(deadlines: &[DeadlineSetting], stars: u8) -> i64 {
    let band = StarBand::of(i64::from(stars));
    deadlines
        .iter()
        .find(|d| d.band == band)
        .map_or(band.default_hours(), |d| d.hours)
        .min(MAX_DEADLINE_HOURS)
}

pub(crate) fn require_manager(actor: &User) -> Result<(), AppError> {
    if actor.role.can_manage() {
        Ok(())
    } else {
        Err(AppError::Forbidden("only owners and managers change this"))
    }
}

/// `rank.created.id`, as `unanswered` hands it out.
fn parse_cursor(cursor: Option<&str>) -> Result<Option<UnansweredCursor>, AppError> {
    let Some(raw) = cursor.filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    let mut parts = raw.splitn(3, '.');
    let parsed = (|| {
        let rank = parts.next()?;
        let created_at = parts.next()?.parse().ok()?;
        let id = parts.next()?.to_string();
        let negative = match rank {
            "0" => true,
            "1" => false,
            _ => return None,
        };
        Some(UnansweredCursor {
            negative,
            created_at,
            id,
        })
    })();
    parsed.map(Some).ok_or_else(|| {
        FieldError::new(
            "cursor",
            "invalid_cursor",
            "cursor is not one this server gave",
        )
        .into()
    })
}
