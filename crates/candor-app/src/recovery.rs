//! Recovery cases, staff side: opening a case (automatically at or under a
//! business's rating threshold, or by hand on any review), stepping it through
//! its states, notes, assignment and private messages to the reviewer.
//!
//! Candor never asks a reviewer to change or remove a review and never ties a
//! remedy to it: nothing here touches the review; only its author can, through
//! their own links.

use candor_core::recovery::{CaseAction, CaseState};
use candor_core::remedy::Remedy;
use candor_core::{FieldError, validate};
use candor_store::{
    Business, CaseEvent, CaseMessage, MessageDirection, NewCaseEvent, RecoveryCase, Review, Tx,
};
use serde::Deserialize;

use crate::recovery_relay::enqueue_relay;
use crate::respond::require_manager;
use crate::{App, AppError, User, now_ms};

/// A review rated at or below this opens a case unless the business says otherwise.
pub const DEFAULT_OPEN_AT_OR_BELOW: i64 = 2;
pub const MAX_MESSAGE_CHARS: usize = 5_000;
pub const MAX_NOTE_CHARS: usize = 2_000;
/// Cases per page of a business's list.
pub const CASE_PAGE: i64 = 50;

/// A remedy as staff enter it (amounts in minor units, e.g. cents).
#[derive(Debug, Clone, Deserialize)]
pub struct RemedyInput {
    #[serde(rename = "type", default)]
    pub kind: String,
    pub value_cents: Option<i64>,
    pub order_value_cents: Option<i64>,
    #[serde(default)]
    pub currency: String,
}

/// One step on a case, with what goes with it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CaseCommand {
    #[serde(default)]
    pub action: String,
    /// To the reviewer (required to contact them).
    pub message: Option<String>,
    /// Internal, for the team.
    pub note: Option<String>,
    /// Required to offer a remedy.
    pub remedy: Option<RemedyInput>,
}

/// A case with everything its page shows. The review's author e-mail is
/// never part of what the web layer renders from it.
#[derive(Debug, Clone)]
pub struct CaseDetail {
    pub case: RecoveryCase,
    pub business: Business,
    pub review: Review,
    pub events: Vec<CaseEvent>,
    pub messages: Vec<CaseMessage>,
    /// The staff of the organisation, to name actors and pick an assignee.
    pub staff: Vec<User>,
    /// The language the reviewer is written to in.
    pub reviewer_language: String,
    /// "What would it take for you to be satisfied?", in that language.
    pub suggested_question: String,
}

impl App {
    /// The rating at or under which a new review of `business` opens a case
    /// (0: never automatically).
    pub async fn recovery_threshold(&self, business: &Business) -> Result<i64, AppError> {
        Ok(self
            .store()
            .recovery_threshold(&business.id)
            .await?
            .unwrap_or(DEFAULT_OPEN_AT_OR_BELOW))
    }

    pub async fn staff_recovery_threshold(
        &self,
        actor: &User,
        slug: &str,
    ) -> Result<i64, AppError> {
        let business = self.staff_business(actor, slug).await?;
        self.recovery_threshold(&business).await
    }

    /// Sets the threshold (owners and managers; 0 to 5).
    pub async fn set_recovery_threshold(
        &self,
        actor: &User,
        slug: &str,
        open_at_or_below: i64,
    ) -> Result<i64, AppError> {
        let business = self.staff_business(actor, slug).await?;
        require_manager(actor)?;
        if !(0..=5).contains(&open_at_or_below) {
            return Err(FieldError::new(
                "open_at_or_below",
                "out_of_range",
                "open_at_or_below must be 0 (never) to 5",
            )
            .into());
        }
        let mut tx = self.store().begin().await?;
        tx.set_recovery_threshold(&business.id, open_at_or_below, now_ms())
            .await?;
        tx.commit().await?;
        Ok(open_at_or_below)
    }

    /// Opens a case by hand on any review of the actor's organisation.
    pub async fn open_case(&self, actor: &User, review_id: &str) -> Result<RecoveryCase, AppError> {
        let item = self.staff_review(actor, review_id).await?;
        let review = item.review;
        let mut tx = self.store().begin().await?;
        let rating = i64::from(review.rating.get());
        let opened = tx
            .open_case(
                &review.business_id,
                &review.id,
                rating,
                Some(&actor.id),
                now_ms(),
            )
            .await?
            .ok_or_else(|| {
                AppError::Conflict("this review already has a case in progress".into())
            })?;
        tx.commit().await?;
        Ok(opened)
    }

    /// A case of the actor's organisation, with its business.
    pub async fn staff_case(
        &self,
        actor: &User,
        case_id: &str,
    ) -> Result<(Business, RecoveryCase), AppError> {
        let not_found = || AppError::NotFound("case");
        let case = self
            .store()
            .case_by_id(case_id)
            .await?
            .ok_or_else(not_found)?;
        match self.store().business_by_id(&case.business_id).await? {
            Some(business) if business.org_id == actor.org_id => Ok((business, case)),
            _ => Err(not_found()),
        }
    }

    pub async fn case_detail(&self, actor: &User, case_id: &str) -> Result<CaseDetail, AppError> {
        let (business, case) = self.staff_case(actor, case_id).await?;
        let review = self
            .store()
            .review_by_id(&case.review_id)
            .await?
            .ok_or(AppError::NotFound("review"))?
            .review;
        let reviewer_language = reviewer_language(&review);
        let suggested_question = self.translator(&reviewer_language).get("case-question");
        Ok(CaseDetail {
            events: self.store().case_events(&case.id).await?,
            messages: self.store().case_messages(&case.id).await?,
            staff: self.store().users_of_org(&business.org_id).await?,
            case,
            business,
            review,
            reviewer_language,
            suggested_question,
        })
    }

    /// A business's cases, newest first, optionally of one state; the
    /// cursor is `opened_at.id` of the last case of the previous page.
    pub async fn cases(
        &self,
        actor: &User,
        slug: &str,
        state: Option<&str>,
        cursor: Option<&str>,
    ) -> Result<(Vec<RecoveryCase>, Option<String>), AppError> {
        let business = self.staff_business(actor, slug).await?;
        let state = match state.filter(|s| !s.is_empty()) {
            None => None,
            Some(raw) => Some(CaseState::parse(raw).ok_or_else(|| {
                FieldError::new("state", "invalid_state", "state is not a case state")
            })?),
        };
        let before = parse_case_cursor(cursor)?;
        let cases = self
            .store()
            .cases_of_business(
                &business.id,
                state,
                before.as_ref().map(|(at, id)| (*at, id.as_str())),
                CASE_PAGE,
            )
            .await?;
        let next = (cases.len() as i64 == CASE_PAGE)
            .then(|| cases.last().map(|c| format!("{}.{}", c.opened_at, c.id)))
            .flatten();
        Ok((cases, next))
    }

    /// Takes one step on a case: contact (with a message to the reviewer),
    /// offer a remedy, resolve, mark not resolved, or close without contact.
    pub async fn act_on_case(
        &self,
        actor: &User,
        case_id: &str,
        command: &CaseCommand,
    ) -> Result<RecoveryCase, AppError> {
        let (_, case) = self.staff_case(actor, case_id).await?;
        let action = CaseAction::parse(&command.action)?;
        let to = case.state.after(action)?;
        let message = optional_text("message", command.message.as_deref(), MAX_MESSAGE_CHARS)?
            // Closing without contact writes to nobody, whatever the form held.
            .filter(|_| action != CaseAction::CloseWithoutContact);
        let note = optional_text("note", command.note.as_deref(), MAX_NOTE_CHARS)?;
        let remedy = command.remedy.as_ref().map(parse_remedy).transpose()?;
        if action == CaseAction::Contact && message.is_none() {
            return Err(FieldError::new(
                "message",
                "required",
                "contacting the reviewer needs a message to them",
            )
            .into());
        }
        if action == CaseAction::OfferRemedy && remedy.is_none() {
            return Err(FieldError::new(
                "remedy",
                "required",
                "offering a remedy needs the remedy",
            )
            .into());
        }
        let now = now_ms();
        let mut tx = self.store().begin().await?;
        if !tx.move_case(&case, to, now).await? {
            return Err(AppError::Conflict(
                "the case changed meanwhile; reload it and try again".into(),
            ));
        }
        let step = NewCaseEvent {
            kind: "step",
            from_state: Some(case.state.as_str()),
            to_state: Some(to.as_str()),
            actor_id: Some(&actor.id),
            body: note.as_deref().unwrap_or(""),
        };
        tx.insert_case_event(&case.id, &case.business_id, &step, now)
            .await?;
        if let Some(remedy) = &remedy {
            tx.set_case_remedy(&case.id, remedy, now).await?;
        }
        if let Some(body) = &message {
            self.queue_message(&mut tx, &case, actor, body, now).await?;
        }
        let moved = tx.case(&case.id).await?;
        tx.commit().await?;
        Ok(moved)
    }

    /// Writes to the reviewer again on a case already in contact.
    pub async fn message_reviewer(
        &self,
        actor: &User,
        case_id: &str,
        body: &str,
    ) -> Result<String, AppError> {
        let (_, case) = self.staff_case(actor, case_id).await?;
        if !matches!(case.state, CaseState::Contacted | CaseState::RemedyOffered) {
            return Err(FieldError::new(
                "state",
                "not_in_contact",
                "write to the reviewer with the step contact first; an ended case takes no message",
            )
            .into());
        }
        let body = validate::text("body", body, true, MAX_MESSAGE_CHARS)?;
        let mut tx = self.store().begin().await?;
        let id = self
            .queue_message(&mut tx, &case, actor, &body, now_ms())
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Keeps the message and queues the e-mail that carries it.
    async fn queue_message(
        &self,
        tx: &mut Tx,
        case: &RecoveryCase,
        actor: &User,
        body: &str,
        now: i64,
    ) -> Result<String, AppError> {
        if !self.mail_enabled() {
            // Without e-mail the message could never reach the reviewer.
            return Err(AppError::Unavailable(
                "no SMTP server is configured, so Candor cannot write to the reviewer",
            ));
        }
        let review = tx.review(&case.review_id).await?;
        if crate::bulk_import::is_placeholder_email(&review.author_email) {
            return Err(AppError::Conflict(
                "Candor has no e-mail address for this reviewer (the review was imported \
                 without one, or erased at the reviewer's request); answer publicly instead"
                    .into(),
            ));
        }
        let language = reviewer_language(&review);
        let id = tx
            .insert_case_message(
                case,
                MessageDirection::ToReviewer,
                Some(&actor.id),
                body,
                &language,
                now,
            )
            .await?;
        let event = NewCaseEvent {
            kind: "message",
            actor_id: Some(&actor.id),
            ..NewCaseEvent::default()
        };
        tx.insert_case_event(&case.id, &case.business_id, &event, now)
            .await?;
        enqueue_relay(tx, &id, now).await?;
        Ok(id)
    }

    /// Adds an internal note to a case.
    pub async fn note_case(&self, actor: &User, case_id: &str, body: &str) -> Result<(), AppError> {
        let (_, case) = self.staff_case(actor, case_id).await?;
        let body = validate::text("body", body, true, MAX_NOTE_CHARS)?;
        let mut tx = self.store().begin().await?;
        let event = NewCaseEvent {
            kind: "note",
            actor_id: Some(&actor.id),
            body: &body,
            ..NewCaseEvent::default()
        };
        tx.insert_case_event(&case.id, &case.business_id, &event, now_ms())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Gives a case to a staff member of the organisation (or nobody).
    pub async fn assign_case(
        &self,
        actor: &User,
        case_id: &str,
        assignee_id: Option<&str>,
    ) -> Result<RecoveryCase, AppError> {
        let (_, case) = self.staff_case(actor, case_id).await?;
        let assignee = match assignee_id.filter(|id| !id.is_empty()) {
            None => None,
            Some(id) => match self.store().user_by_id(id).await? {
                Some(user) if user.org_id == actor.org_id => Some(user),
                _ => {
                    return Err(FieldError::new(
                        "assignee_id",
                        "unknown_user",
                        "the assignee must be a staff member of your organisation",
                    )
                    .into());
                }
            },
        };
        let now = now_ms();
        let mut tx = self.store().begin().await?;
        tx.set_case_assignee(&case.id, assignee.as_ref().map(|u| u.id.as_str()), now)
            .await?;
        let event = NewCaseEvent {
            kind: "assigned",
            actor_id: Some(&actor.id),
            body: assignee.as_ref().map_or("", |u| u.id.as_str()),
            ..NewCaseEvent::default()
        };
        tx.insert_case_event(&case.id, &case.business_id, &event, now)
            .await?;
        let assigned = tx.case(&case.id).await?;
        tx.commit().await?;
        Ok(assigned)
    }
}

/// The language Candor writes to a reviewer in: their review's, when Candor
/// has it, else English.
pub(crate) fn reviewer_language(review: &Review) -> String {
    review
        .language
        .as_ref()
        .and_then(|l| candor_i18n::supported(l.as_str()))
        .unwrap_or("en")
        .to_string()
}

fn optional_text(
    field: &'static str,
    raw: Option<&str>,
    max_chars: usize,
) -> Result<Option<String>, FieldError> {
    let text = validate::text(field, raw.unwrap_or(""), false, max_chars)?;
    Ok((!text.is_empty()).then_some(text))
}

fn parse_remedy(input: &RemedyInput) -> Result<Remedy, FieldError> {
    let value = input.value_cents.ok_or_else(|| {
        FieldError::new(
            "remedy.value_cents",
            "required",
            "remedy.value_cents is required",
        )
    })?;
    Remedy::parse(&input.kind, value, input.order_value_cents, &input.currency)
}

fn parse_case_cursor(cursor: Option<&str>) -> Result<Option<(i64, String)>, AppError> {
    let Some(raw) = cursor.filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    raw.split_once('.')
        .and_then(|(at, id)| Some((at.parse().ok()?, id.to_string())))
        .filter(|(_, id)| !id.is_empty())
        .map(Some)
        .ok_or_else(|| {
            FieldError::new("cursor", "invalid_cursor", "the cursor is not valid").into()
        })
}
