//! Moderation: platform moderators decide on held and flagged reviews, one
//! by one or in bulk; their decisions become labelled spam examples.
//! Consumers and businesses flag reviews; a flag never hides a review by
//! itself. A moderator never decides on their own organisation's reviews.

use candor_core::{FieldError, ReviewStatus};
use candor_store::{NewFlag, QueueItem, Review, ReviewScreening, Suspicion, User};

use crate::{App, AppError, now_ms};

/// Why a review is flagged or removed: a fixed list, so figures add up.
pub const FLAG_REASONS: [&str; 7] = [
    "spam",
    "fake",
    "offensive",
    "personal_data",
    "conflict_of_interest",
    "off_topic",
    "other",
];
/// Queue entries per page.
pub const QUEUE_PAGE: i64 = 50;
/// Longest note on a flag.
const MAX_NOTE_CHARS: usize = 1_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModerationAction {
    /// Publish a held review; dismiss the flags of a published one.
    Approve,
    /// Remove the review (kept, with the reason); uphold its flags.
    Reject,
}

impl ModerationAction {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        match raw {
            "approve" => Ok(Self::Approve),
            "reject" => Ok(Self::Reject),
            _ => Err(FieldError::new(
                "action",
                "invalid_action",
                "action must be approve or reject",
            )),
        }
    }
}

/// A queue entry with the screening that held it and the reviewer-graph
/// job's suspicion of it (each if any).
#[derive(Debug, Clone)]
pub struct QueueEntry {
    pub item: QueueItem,
    pub screening: Option<ReviewScreening>,
    pub suspicion: Option<Suspicion>,
}

/// Who raises a flag.
pub enum Raiser<'a> {
    /// A visitor, by their visitor key (one flag per visitor and review).
    Consumer(&'a str),
    /// A staff member of the review's business.
    Business(&'a User),
}

fn check_reason(reason: &str) -> Result<(), AppError> {
    if FLAG_REASONS.contains(&reason) {
        return Ok(());
    }
    Err(FieldError::new(
        "reason",
        "invalid_reason",
        format!("reason must be one of: {}", FLAG_REASONS.join(", ")),
    )
    .into())
}

impl App {
    /// Makes a staff member a platform moderator (CLI).
    pub async fn grant_moderator(&self, email: &str, by: &str) -> Result<User, AppError> {
        let user = self.user_by_email(email).await?;
        let mut tx = self.store().begin().await?;
        tx.grant_moderator(&user.id, by, now_ms()).await?;
        tx.commit().await?;
        Ok(user)
    }

    pub async fn is_moderator(&self, actor: &User) -> Result<bool, AppError> {
        Ok(self.store().is_moderator(&actor.id).await?)
    }

    async fn require_moderator(&self, actor: &User) -> Result<(), AppError> {
        if self.is_moderator(actor).await? {
            Ok(())
        } else {
            Err(AppError::Forbidden(
                "only moderators see and decide the moderation queue",
            ))
        }
    }

    /// Held and flagged reviews, oldest first, after `cursor` (`created.id`).
    pub async fn moderation_queue(
        &self,
        actor: &User,
        cursor: Option<&str>,
    ) -> Result<(Vec<QueueEntry>, Option<String>), AppError> {
        self.require_moderator(actor).await?;
        let after = parse_queue_cursor(cursor)?;
        let mut items = self
            .store()
            .moderation_queue((after.0, &after.1), QUEUE_PAGE + 1)
            .await?;
        let more = items.len() > QUEUE_PAGE as usize;
        items.truncate(QUEUE_PAGE as usize);
        let next = more
            .then(|| {
                items
                    .last()
                    .map(|i| format!("{}.{}", i.review.created_at, i.review.id))
            })
            .flatten();
        let ids: Vec<String> = items.iter().map(|i| i.review.id.clone()).collect();
        let screenings = self.store().screenings(&ids).await?;
        let suspicions = self.store().suspicions(&ids).await?;
        let entries = items
            .into_iter()
            .map(|item| {
                let id = &item.review.id;
                let screening = screenings.iter().find(|s| &s.review_id == id).cloned();
                let suspicion = suspicions.iter().find(|s| &s.review_id == id).cloned();
                QueueEntry {
                    item,
                    screening,
                    suspicion,
                }
            })
            .collect();
        Ok((entries, next))
    }

    /// A moderator's decision on one review, with a reason from `FLAG_REASONS`
    /// for a rejection.
    pub async fn moderate(
        &self,
        actor: &User,
        review_id: &str,
        action: ModerationAction,
        reason: &str,
    ) -> Result<Review, AppError> {
        self.require_moderator(actor).await?;
        if action == ModerationAction::Reject {
            check_reason(reason)?;
        }
        let item = self
            .store()
            .review_by_id(review_id)
            .await?
            .ok_or(AppError::NotFound("review"))?;
        let review = item.review;
        let business = self
            .store()
            .business_by_id(&review.business_id)
            .await?
            .ok_or(AppError::NotFound("business"))?;
        if business.org_id == actor.org_id {
            return Err(AppError::Forbidden(
                "a moderator does not decide on their own organisation's reviews",
            ));
        }
        let decided = self.apply_decision(actor, &review, action, reason).await?;
        self.search_changed();
        Ok(decided)
    }

    async fn apply_decision(
        &self,
        actor: &User,
        review: &Review,
        action: ModerationAction,
        reason: &str,
    ) -> Result<Review, AppError> {
        let now = now_ms();
        let who = format!("moderator {}", actor.email);
        let text = crate::text::review_text(&review.title, &review.body);
        let open_case_at = self
            .store()
            .recovery_threshold(&review.business_id)
            .await?
            .unwrap_or(crate::recovery::DEFAULT_OPEN_AT_OR_BELOW);
        let mut tx = self.store().begin().await?;
        let decided = match action {
            ModerationAction::Approve => {
                tx.resolve_flags(&review.id, "dismissed", &actor.id, now)
                    .await?;
                if review.status == ReviewStatus::Published {
                    review.clone()
                } else {
                    tx.add_spam_example(&text, "ham", "moderation", now).await?;
                    let rating = i64::from(review.rating.get());
                    if rating <= open_case_at {
                        // Held, it opened no case; published now, it does.
                        tx.open_case(&review.business_id, &review.id, rating, None, now)
                            .await?;
                    }
                    tx.set_review_status(
                        review,
                        ReviewStatus::Published,
                        "approved by a moderator",
                        &who,
                        now,
                    )
                    .await?
                }
            }
            ModerationAction::Reject => {
                tx.resolve_flags(&review.id, "upheld", &actor.id, now)
                    .await?;
                if reason == "spam" {
                    tx.add_spam_example(&text, "spam", "moderation", now)
                        .await?;
                }
                tx.set_review_status(review, ReviewStatus::Removed, reason, &who, now)
                    .await?
            }
        };
        tx.bump_business_version(&review.business_id).await?;
        tx.commit().await?;
        Ok(decided)
    }

    /// The same decision on many reviews; each stands or fails on its own.
    pub async fn moderate_many(
        &self,
        actor: &User,
        review_ids: &[String],
        action: ModerationAction,
        reason: &str,
    ) -> Result<Vec<(String, Result<Review, AppError>)>, AppError> {
        self.require_moderator(actor).await?;
        if review_ids.is_empty() || review_ids.len() > QUEUE_PAGE as usize {
            return Err(FieldError::new(
                "ids",
                "out_of_range",
                format!("give 1 to {QUEUE_PAGE} review ids"),
            )
            .into());
        }
        let mut results = Vec::new();
        for id in review_ids {
            results.push((id.clone(), self.moderate(actor, id, action, reason).await));
        }
        Ok(results)
    }

    /// Raises a flag on a published review. Returns false when this raiser
    /// had flagged it already. The review stays as it is.
    pub async fn flag_review(
        &self,
        review_id: &str,
        reason: &str,
        note: &str,
        raiser: Raiser<'_>,
    ) -> Result<bool, AppError> {
        check_reason(reason)?;
        let note = candor_core::validate::text("note", note, false, MAX_NOTE_CHARS)?;
        let item = self
            .store()
            .review_by_id(review_id)
            .await?
            .filter(|i| i.review.status == ReviewStatus::Published)
            .ok_or(AppError::NotFound("review"))?;
        let (raised_by, raiser_key) = match raiser {
            Raiser::Consumer(visitor) => ("consumer", crate::fingerprint(visitor)),
            Raiser::Business(user) => {
                self.staff_review(user, review_id).await?;
                ("business", format!("user:{}", user.id))
            }
        };
        let flag = NewFlag {
            review_id,
            business_id: &item.review.business_id,
            reason,
            raised_by,
            raiser_key: &raiser_key,
            note: &note,
        };
        let mut tx = self.store().begin().await?;
        let added = tx.insert_flag(&flag, now_ms()).await?;
        tx.commit().await?;
        Ok(added)
    }
}

fn parse_queue_cursor(cursor: Option<&str>) -> Result<(i64, String), AppError> {
    let Some(raw) = cursor.filter(|c| !c.is_empty()) else {
        return Ok((i64::MIN, String::new()));
    };
    raw.split_once('.')
        .and_then(|(at, id)| Some((at.parse().ok()?, id.to_string())))
        .ok_or_else(|| {
            FieldError::new(
                "cursor",
                "invalid_cursor",
                "cursor is not one this server gave",
            )
            .into()
        })
}
