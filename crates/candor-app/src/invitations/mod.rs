//! Review invitations. A business uploads its customers or orders (CSV or
//! JSON, or pushed from its shop by API); after the business's delay Candor
//! writes to each in their language with a private single-use link, and
//! reminds at most once. Reviews written through the link are labelled
//! "invited" (verified: the business vouched for a real order).
//!
//! Every uploaded customer is invited: nothing here filters by expected
//! sentiment (no review gating), and the API takes no such field. An
//! address that unsubscribed is never written to again by that business,
//! and an address the mail server refuses for good is recorded as bounced.

mod figures;
mod link;
mod mail;

use candor_core::{Email, FieldError, Language};
use candor_store::{Business, NewInvitation, User};
use serde::{Deserialize, Serialize};

pub use figures::InvitationFigures;
pub use link::InvitationPage;
pub use mail::{REMIND_JOB, SEND_JOB};

use crate::respond::require_manager;
use crate::{App, AppError, now_ms};

/// Defaults: invite three days after the order, remind a week later.
pub const DEFAULT_DELAY_HOURS: i64 = 72;
pub const DEFAULT_REMINDER_HOURS: i64 = 168;
/// The longest either delay may be (90 days).
pub const MAX_HOURS: i64 = 2_160;
/// Customers per upload.
pub const MAX_UPLOAD: usize = 10_000;

/// One customer or order as uploaded.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CustomerInput {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub order_ref: String,
    /// A date or a date and time (RFC 3339); the delay counts from it.
    #[serde(default, alias = "order_date")]
    pub ordered_at: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub product: String,
}

/// What an upload did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct UploadOutcome {
    /// New invitations, each to be sent after the delay.
    pub scheduled: u64,
    /// Orders the business had uploaded before (nothing added).
    pub already_uploaded: u64,
    /// Addresses that asked not to be invited (stored, never written to).
    pub unsubscribed: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationSettings {
    pub delay_hours: i64,
    pub reminder_hours: i64,
}

impl App {
    pub async fn invitation_settings(
        &self,
        actor: &User,
        slug: &str,
    ) -> Result<InvitationSettings, AppError> {
        let business = self.staff_business(actor, slug).await?;
        self.settings_of(&business).await
    }

    pub(crate) async fn settings_of(
        &self,
        business: &Business,
    ) -> Result<InvitationSettings, AppError> {
        let (delay_hours, reminder_hours) = self
            .store()
            .invitation_settings(&business.id)
            .await?
            .unwrap_or((DEFAULT_DELAY_HOURS, DEFAULT_REMINDER_HOURS));
        Ok(InvitationSettings {
            delay_hours,
            reminder_hours,
        })
    }

    /// Owners and managers set the delays (0 reminder hours: no reminder).
    pub async fn set_invitation_settings(
        &self,
        actor: &User,
        slug: &str,
        settings: InvitationSettings,
    ) -> Result<InvitationSettings, AppError> {
        let business = self.staff_business(actor, slug).await?;
        require_manager(actor)?;
        for (field, value) in [
            ("delay_hours", settings.delay_hours),
            ("reminder_hours", settings.reminder_hours),
        ] {
            if !(0..=MAX_HOURS).contains(&value) {
                return Err(FieldError::new(
                    field,
                    "out_of_range",
                    format!("{field} must be 0 to {MAX_HOURS}"),
                )
                .into());
            }
        }
        let mut tx = self.store().begin().await?;
        tx.set_invitation_settings(
            &business.id,
            settings.delay_hours,
            settings.reminder_hours,
            now_ms(),
        )
        .await?;
        tx.commit().await?;
        Ok(settings)
    }

    /// The business's newest invitations (staff see the addresses they uploaded).
    pub async fn recent_invitations(
        &self,
        actor: &User,
        slug: &str,
        limit: i64,
    ) -> Result<Vec<candor_store::Invitation>, AppError> {
        let business = self.staff_business(actor, slug).await?;
        Ok(self
            .store()
            .invitations_of_business(&business.id, limit)
            .await?)
    }

    /// Schedules an invitation for every customer; all are checked first,
    /// and one bad row refuses the upload (naming the row), changing nothing.
    pub async fn upload_customers(
        &self,
        actor: &User,
        slug: &str,
        customers: &[CustomerInput],
    ) -> Result<UploadOutcome, AppError> {
        let business = self.staff_business(actor, slug).await?;
        require_manager(actor)?;
        if !self.mail_enabled() {
            return Err(AppError::Unavailable(
                "no SMTP server is configured, so Candor cannot send invitations",
            ));
        }
        if customers.is_empty() || customers.len() > MAX_UPLOAD {
            return Err(FieldError::new(
                "customers",
                "out_of_range",
                format!("send 1 to {MAX_UPLOAD} customers per upload"),
            )
            .into());
        }
        let settings = self.settings_of(&business).await?;
        let now = now_ms();
        let checked = customers
            .iter()
            .enumerate()
            .map(|(i, c)| {
                checked_customer(c, settings.delay_hours, now).map_err(|e| row_error(i, e))
            })
            .collect::<Result<Vec<_>, AppError>>()?;
        let mut outcome = UploadOutcome::default();
        // One read for the whole upload, before the write transaction.
        let emails: Vec<String> = checked.iter().map(|c| c.email.clone()).collect();
        let unsubscribes = self
            .store()
            .unsubscribed_among(&business.id, &emails)
            .await?;
        let mut tx = self.store().begin().await?;
        for new in &checked {
            let unsubscribed = unsubscribes.contains(&new.email);
            match tx
                .insert_invitation(&business.id, new, unsubscribed, now)
                .await?
            {
                None => outcome.already_uploaded += 1,
                Some(_) if unsubscribed => outcome.unsubscribed += 1,
                Some(id) => {
                    mail::enqueue_send(&mut tx, &id, new.send_at, now).await?;
                    outcome.scheduled += 1;
                }
            }
        }
        tx.commit().await?;
        Ok(outcome)
    }
}

/// Reads customers from CSV with a header row naming some of `email`,
/// `name`, `order_ref`, `order_date` (or `ordered_at`), `language`, `product`.
pub fn customers_from_csv(text: &str) -> Result<Vec<CustomerInput>, AppError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let bad = |message: String| AppError::from(FieldError::new("csv", "invalid_csv", message));
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| bad(format!("cannot read the header row: {e}")))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    for wanted in ["email", "order_ref"] {
        if !headers.iter().any(|h| h == wanted) {
            return Err(bad(format!("the header row has no {wanted} column")));
        }
    }
    let mut customers = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| bad(format!("row {}: {e}", i + 1)))?;
        let get = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|at| record.get(at))
                .map(|v| v.trim().to_string())
                .unwrap_or_default()
        };
        let date = get("order_date");
        let date = if date.is_empty() {
            get("ordered_at")
        } else {
            date
        };
        customers.push(CustomerInput {
            email: get("email"),
            name: get("name"),
            order_ref: get("order_ref"),
            ordered_at: (!date.is_empty()).then_some(date),
            language: Some(get("language")).filter(|l| !l.is_empty()),
            product: get("product"),
        });
    }
    Ok(customers)
}

fn row_error(index: usize, error: FieldError) -> AppError {
    FieldError::new(
        error.field,
        error.code,
        format!("row {}: {}", index + 1, error.message),
    )
    .into()
}

fn checked_customer(
    input: &CustomerInput,
    delay_hours: i64,
    now: i64,
) -> Result<NewInvitation, FieldError> {
    let email = Email::parse("email", &input.email)?;
    let text = |field: &'static str, value: &str, required: bool, max: usize| {
        candor_core::validate::text(field, value, required, max)
    };
    let order_ref = text("order_ref", &input.order_ref, true, 200)?;
    let name = text("name", &input.name, false, 100)?;
    let product = text("product", &input.product, false, 200)?;
    let language = match input
        .language
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        Some(code) => Language::parse(&code.to_ascii_lowercase())?
            .as_str()
            .to_string(),
        None => "en".to_string(),
    };
    let ordered_at = match input
        .ordered_at
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        Some(raw) => Some(crate::bulk_import::parse_time(raw).ok_or_else(|| {
            FieldError::new(
                "ordered_at",
                "invalid_date",
                format!("ordered_at {raw:?} is not a date"),
            )
        })?),
        None => None,
    };
    let send_at = ordered_at
        .unwrap_or(now)
        .saturating_add(delay_hours * 3_600_000)
        .max(now);
    Ok(NewInvitation {
        email: email.as_str().to_lowercase(),
        name,
        order_ref,
        ordered_at,
        language,
        product,
        send_at,
    })
}
