//! Sending through an SMTP relay with lettre's pooled async transport.

use std::fmt;

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::message::compose;
use crate::{ConfigError, Email, MailConfig, MailError, Mailer, Security, SentId};

/// A mailer that talks SMTP. Connections are pooled and reused between sends,
/// so build one per process and share it.
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: lettre::message::Mailbox,
    /// The configuration without its password, for `Debug` and logs.
    server: String,
}

impl SmtpMailer {
    pub fn new(config: &MailConfig) -> Result<Self, ConfigError> {
        let from = config.sender()?;
        let tls = match config.security {
            Security::None => Tls::None,
            Security::StartTls => Tls::Required(tls_parameters(&config.host)?),
            Security::Tls => Tls::Wrapper(tls_parameters(&config.host)?),
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&config.host)
            .port(config.port)
            .timeout(Some(config.timeout))
            .tls(tls);
        if let Some(user) = &config.username {
            let password = config.password.as_ref().map(|p| p.expose().to_string());
            builder =
                builder.credentials(Credentials::new(user.clone(), password.unwrap_or_default()));
        }
        Ok(Self {
            transport: builder.build(),
            from,
            server: config.to_string(),
        })
    }

    /// Shorthand for [`MailConfig::from_url`] then [`SmtpMailer::new`].
    pub fn from_url(url: &str) -> Result<Self, ConfigError> {
        Self::new(&MailConfig::from_url(url)?)
    }
}

fn tls_parameters(host: &str) -> Result<TlsParameters, ConfigError> {
    TlsParameters::new(host.to_string()).map_err(|error| ConfigError::Tls {
        host: host.to_string(),
        reason: error.to_string(),
    })
}

impl fmt::Debug for SmtpMailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpMailer")
            .field("server", &self.server)
            .finish()
    }
}

impl Mailer for SmtpMailer {
    async fn send(&self, email: &Email) -> Result<SentId, MailError> {
        let (message, message_id) = compose(email, &self.from)?;
        // Addresses stay out of the logs: they are the reviewers' personal data.
        let recipients = email.to.len();
        match self.transport.send(message).await {
            Ok(response) => {
                tracing::debug!(%message_id, recipients, "e-mail sent");
                let reply = response.message().collect::<Vec<_>>().join(" ");
                Ok(SentId { message_id, reply })
            }
            Err(error) => {
                let error = MailError::from_smtp(&error);
                tracing::warn!(%message_id, recipients, %error, "e-mail not sent");
                Err(error)
            }
        }
    }
}
