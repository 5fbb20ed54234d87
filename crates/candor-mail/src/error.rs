//! Why an e-mail was not sent. Messages name addresses and server replies but
//! never credentials: lettre's errors carry none, and the configuration's
//! password only travels inside lettre's `Credentials`.

use std::error::Error as _;

use lettre::transport::smtp;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    #[error("e-mail is not configured")]
    NotConfigured,
    #[error("the e-mail has no recipients")]
    NoRecipients,
    #[error("invalid e-mail address {address:?}: {reason}")]
    InvalidAddress { address: String, reason: String },
    #[error("invalid e-mail header {name:?}: {reason}")]
    InvalidHeader { name: String, reason: String },
    #[error("could not build the e-mail: {0}")]
    Build(String),
    #[error("could not talk to the mail server: {0}")]
    Connection(String),
    #[error("the mail server rejected the e-mail: {code} {message}")]
    Rejected { code: u16, message: String },
    #[error("the mail server and Candor do not agree: {0}")]
    Protocol(String),
}

impl MailError {
    /// Whether trying again later may succeed: the server was unreachable or
    /// answered with a 4xx (temporary) code.
    pub fn is_transient(&self) -> bool {
        match self {
            MailError::Connection(_) => true,
            MailError::Rejected { code, .. } => (400..500).contains(code),
            _ => false,
        }
    }

    pub(crate) fn from_smtp(error: &smtp::Error) -> Self {
        if let Some(code) = error.status() {
            // lettre keeps the server's reply text as the error's source.
            let message = error.source().map(ToString::to_string).unwrap_or_default();
            return MailError::Rejected {
                code: code.to_string().parse().unwrap_or(0),
                message,
            };
        }
        if error.is_response() || error.is_client() {
            MailError::Protocol(error.to_string())
        } else {
            MailError::Connection(error.to_string())
        }
    }

    pub(crate) fn address((address, reason): (String, String)) -> Self {
        MailError::InvalidAddress { address, reason }
    }

    pub(crate) fn header(name: &str, reason: &str) -> Self {
        MailError::InvalidHeader {
            name: name.to_string(),
            reason: reason.to_string(),
        }
    }
}
