//! Outgoing e-mail for Candor: deadline alerts, digests and the private relay
//! between businesses and reviewers.
//!
//! Build a mailer from one URL (`smtp://`, `smtp+starttls://` or `smtps://`,
//! see [`MailConfig::from_url`]), or get a [`DisabledMailer`] when no URL is
//! configured, through [`mailer_from_url`]. Every send either reaches the
//! relay or returns a [`MailError`]: nothing pretends to send.

mod config;
mod error;
mod message;
mod smtp;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

pub use config::{ConfigError, DEFAULT_TIMEOUT, MailConfig, Mailbox, Secret, Security};
pub use error::MailError;
pub use message::{Email, Recipient};
pub use smtp::SmtpMailer;

/// What the relay acknowledged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentId {
    /// The `Message-ID` header the e-mail went out with.
    pub message_id: String,
    /// The relay's reply text, often naming its queue id.
    pub reply: String,
}

/// Something that sends e-mail. Generic code takes `&impl Mailer`; code that
/// picks the mailer at run time holds a [`SharedMailer`].
pub trait Mailer: Send + Sync {
    fn send(&self, email: &Email) -> impl Future<Output = Result<SentId, MailError>> + Send;
}

/// A boxed future, for sending through `dyn`.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The object-safe twin of [`Mailer`], implemented for every mailer.
pub trait DynMailer: Send + Sync {
    fn send_boxed<'a>(&'a self, email: &'a Email) -> BoxFuture<'a, Result<SentId, MailError>>;
}

impl<M: Mailer> DynMailer for M {
    fn send_boxed<'a>(&'a self, email: &'a Email) -> BoxFuture<'a, Result<SentId, MailError>> {
        Box::pin(self.send(email))
    }
}

impl Mailer for dyn DynMailer {
    async fn send(&self, email: &Email) -> Result<SentId, MailError> {
        self.send_boxed(email).await
    }
}

/// A mailer chosen at start-up and shared between tasks.
pub type SharedMailer = Arc<dyn DynMailer>;

/// Used when no mail URL is configured: every send fails with
/// [`MailError::NotConfigured`], so callers can tell the user instead of
/// believing the e-mail went out.
#[derive(Debug, Clone, Copy, Default)]
pub struct DisabledMailer;

impl Mailer for DisabledMailer {
    async fn send(&self, email: &Email) -> Result<SentId, MailError> {
        tracing::warn!(
            recipients = email.to.len(),
            "e-mail not sent: no mail URL is configured"
        );
        Err(MailError::NotConfigured)
    }
}

/// An [`SmtpMailer`] for a mail URL, or a [`DisabledMailer`] when the URL is
/// missing or blank.
pub fn mailer_from_url(url: Option<&str>) -> Result<SharedMailer, ConfigError> {
    match url.map(str::trim).filter(|url| !url.is_empty()) {
        Some(url) => Ok(Arc::new(SmtpMailer::from_url(url)?)),
        None => Ok(Arc::new(DisabledMailer)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn disabled_mailer_refuses_to_send() {
        let mailer = mailer_from_url(None).expect("no URL is fine");
        let email = Email::new(Recipient::new("a@example.org"), "Hej", "æøå", "da");
        assert_eq!(mailer.send(&email).await, Err(MailError::NotConfigured));
        assert_eq!(
            MailError::NotConfigured.to_string(),
            "e-mail is not configured"
        );
    }

    #[test]
    fn blank_url_disables_and_bad_url_fails() {
        assert!(mailer_from_url(Some("  ")).is_ok());
        assert!(matches!(
            mailer_from_url(Some("ftp://x?from=a@b.org")).err(),
            Some(ConfigError::UnsupportedScheme(_))
        ));
    }
}
