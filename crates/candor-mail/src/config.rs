//! SMTP settings, read from one URL so that a deployment needs a single
//! variable: `smtp+starttls://user:pass@mail.example.org:587?from=Candor%20<candor@example.org>`.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use percent_encoding::percent_decode_str;
use url::{Host, Url};

/// How long one SMTP command may take before the send fails.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// A password that never shows in logs, errors or `{:?}`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The clear text, for handing to the SMTP client and nothing else.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// How the connection to the relay is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// Plain text: only for a relay on the same host or network, and tests.
    None,
    /// Plain connection upgraded with STARTTLS, which must succeed.
    StartTls,
    /// TLS from the first byte ("SMTPS").
    Tls,
}

impl Security {
    pub fn default_port(self) -> u16 {
        match self {
            Security::None => 25,
            Security::StartTls => 587,
            Security::Tls => 465,
        }
    }

    fn scheme(self) -> &'static str {
        match self {
            Security::None => "smtp",
            Security::StartTls => "smtp+starttls",
            Security::Tls => "smtps",
        }
    }
}

/// An address with an optional display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailbox {
    pub address: String,
    pub name: Option<String>,
}

impl Mailbox {
    pub fn new(address: impl Into<String>) -> Self {
        Self {
            address: address.into(),
            name: None,
        }
    }

    pub fn named(address: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            address: address.into(),
            name: Some(name.into()),
        }
    }

    /// Reads `addr@example.org` or `Display Name <addr@example.org>`; the
    /// address itself is checked when a message is built.
    pub fn parse(text: &str) -> Self {
        let text = text.trim();
        match (text.rfind('<'), text.strip_suffix('>')) {
            (Some(open), Some(inner)) => {
                let name = text[..open].trim().trim_matches('"').trim();
                Self {
                    address: inner[open + 1..].trim().to_string(),
                    name: (!name.is_empty()).then(|| name.to_string()),
                }
            }
            _ => Self::new(text),
        }
    }

    pub(crate) fn to_lettre(&self) -> Result<lettre::message::Mailbox, (String, String)> {
        let address = lettre::Address::from_str(&self.address)
            .map_err(|error| (self.address.clone(), error.to_string()))?;
        Ok(lettre::message::Mailbox::new(self.name.clone(), address))
    }
}

impl fmt::Display for Mailbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.name {
            Some(name) => write!(f, "{name} <{}>", self.address),
            None => f.write_str(&self.address),
        }
    }
}

/// Where and as whom Candor sends e-mail. `Debug` and `Display` show no password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailConfig {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: Option<String>,
    pub password: Option<Secret>,
    pub from: Mailbox,
    pub timeout: Duration,
}

/// A mail URL or configuration that cannot be used. Never holds the URL
/// itself, which may carry a password.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("the mail URL is not a valid URL: {0}")]
    InvalidUrl(String),
    #[error("unsupported mail URL scheme {0:?}: use smtp, smtp+starttls or smtps")]
    UnsupportedScheme(String),
    #[error("the mail URL has no host")]
    MissingHost,
    #[error("the mail URL has a path; put the sender in ?from=")]
    UnexpectedPath,
    #[error("the mail URL has a password but no user name")]
    PasswordWithoutUser,
    #[error("the user name or password in the mail URL is not valid UTF-8")]
    NotUtf8,
    #[error("the mail URL has no sender: add ?from=candor@example.org")]
    MissingFrom,
    #[error("invalid sender address {address:?}: {reason}")]
    InvalidFrom { address: String, reason: String },
    #[error("unknown mail URL parameter {0:?}: expected from or timeout")]
    UnknownParameter(String),
    #[error("invalid mail timeout {0:?}: expected whole seconds above zero")]
    InvalidTimeout(String),
    #[error("TLS setup for {host} failed: {reason}")]
    Tls { host: String, reason: String },
}

impl MailConfig {
    /// Reads `smtp://`, `smtp+starttls://` or `smtps://` URLs with optional
    /// percent-encoded credentials and the parameters `from` (required) and
    /// `timeout` (seconds).
    pub fn from_url(input: &str) -> Result<Self, ConfigError> {
        let url = Url::parse(input.trim()).map_err(|e| ConfigError::InvalidUrl(e.to_string()))?;
        let security = match url.scheme() {
            "smtp" => Security::None,
            "smtp+starttls" => Security::StartTls,
            "smtps" => Security::Tls,
            other => return Err(ConfigError::UnsupportedScheme(other.to_string())),
        };
        if !matches!(url.path(), "" | "/") {
            return Err(ConfigError::UnexpectedPath);
        }
        let (username, password) = credentials(&url)?;
        let (from, timeout) = parameters(&url)?;
        let config = Self {
            host: host(&url)?,
            port: url.port().unwrap_or(security.default_port()),
            security,
            username,
            password,
            from: from.ok_or(ConfigError::MissingFrom)?,
            timeout,
        };
        config.sender()?;
        Ok(config)
    }

    /// The sender as lettre takes it, or why it is not an address.
    pub(crate) fn sender(&self) -> Result<lettre::message::Mailbox, ConfigError> {
        self.from
            .to_lettre()
            .map_err(|(address, reason)| ConfigError::InvalidFrom { address, reason })
    }
}

/// The configuration as a URL with the password replaced by `***`, for logs.
impl fmt::Display for MailConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://", self.security.scheme())?;
        if let Some(user) = &self.username {
            let password = if self.password.is_some() { ":***" } else { "" };
            write!(f, "{user}{password}@")?;
        }
        write!(f, "{}:{}?from={}", self.host, self.port, self.from.address)
    }
}

fn host(url: &Url) -> Result<String, ConfigError> {
    // IPv6 hosts lose their brackets: the socket address lookup wants bare ones.
    match url.host() {
        Some(Host::Domain(domain)) if !domain.is_empty() => Ok(decode(domain)?),
        Some(Host::Ipv4(ip)) => Ok(ip.to_string()),
        Some(Host::Ipv6(ip)) => Ok(ip.to_string()),
        _ => Err(ConfigError::MissingHost),
    }
}

fn credentials(url: &Url) -> Result<(Option<String>, Option<Secret>), ConfigError> {
    let username = Some(url.username())
        .filter(|user| !user.is_empty())
        .map(decode)
        .transpose()?;
    let password = url.password().map(decode).transpose()?.map(Secret::new);
    if username.is_none() && password.is_some() {
        return Err(ConfigError::PasswordWithoutUser);
    }
    Ok((username, password))
}

fn parameters(url: &Url) -> Result<(Option<Mailbox>, Duration), ConfigError> {
    let mut from = None;
    let mut timeout = DEFAULT_TIMEOUT;
    for (key, value) in url.query_pairs() {
        match key.as_ref() {
            "from" => from = Some(Mailbox::parse(&value)),
            "timeout" => timeout = parse_timeout(&value)?,
            other => return Err(ConfigError::UnknownParameter(other.to_string())),
        }
    }
    Ok((from, timeout))
}

fn parse_timeout(value: &str) -> Result<Duration, ConfigError> {
    match value.parse::<u64>() {
        Ok(seconds) if seconds > 0 => Ok(Duration::from_secs(seconds)),
        _ => Err(ConfigError::InvalidTimeout(value.to_string())),
    }
}

fn decode(text: &str) -> Result<String, ConfigError> {
    percent_decode_str(text)
        .decode_utf8()
        .map(|decoded| decoded.into_owned())
        .map_err(|_| ConfigError::NotUtf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(url: &str) -> Result<MailConfig, ConfigError> {
        MailConfig::from_url(url)
    }

    #[test]
    fn plain_url_for_a_local_relay() {
        let config = parse("smtp://127.0.0.1:2525?from=candor@localhost").expect("valid");
        assert_eq!(config.host, "127.0.0.1");
        assert_eq!(config.port, 2525);
        assert_eq!(config.security, Security::None);
        assert_eq!(config.username, None);
        assert_eq!(config.password, None);
        assert_eq!(config.from, Mailbox::new("candor@localhost"));
        assert_eq!(config.timeout, DEFAULT_TIMEOUT);
    }

    #[test]
    fn schemes_choose_security_and_default_port() {
        let cases = [
            ("smtp", Security::None, 25),
            ("smtp+starttls", Security::StartTls, 587),
            ("smtps", Security::Tls, 465),
        ];
        for (scheme, security, port) in cases {
            let config =
                parse(&format!("{scheme}://mail.example.org?from=a@example.org")).expect("valid");
            assert_eq!((config.security, config.port), (security, port), "{scheme}");
        }
    }

    #[test]
    fn credentials_are_percent_decoded() {
        let config = parse(
            "smtps://alice%40example.org:p%40ss%3Aw%C3%B8rd@mail.example.org?from=a@example.org",
        )
        .expect("valid");
        assert_eq!(config.username.as_deref(), Some("alice@example.org"));
        assert_eq!(
            config.password.as_ref().map(Secret::expose),
            Some("p@ss:wørd")
        );
    }

    #[test]
    fn sender_with_display_name_and_timeout() {
        let config = parse(
            "smtp+starttls://mail.example.org?from=Candor%20%C3%A6%C3%B8%C3%A5%20%3Ccandor@example.org%3E&timeout=5",
        )
        .expect("valid");
        assert_eq!(
            config.from,
            Mailbox::named("candor@example.org", "Candor æøå")
        );
        assert_eq!(config.timeout, Duration::from_secs(5));
    }

    #[test]
    fn ipv6_host_loses_its_brackets() {
        let config = parse("smtp://[::1]:2525?from=a@example.org").expect("valid");
        assert_eq!(config.host, "::1");
    }

    #[test]
    fn bad_urls_give_clear_errors() {
        let cases = [
            (
                "not a url",
                ConfigError::InvalidUrl("relative URL without a base".into()),
            ),
            (
                "http://h?from=a@b.org",
                ConfigError::UnsupportedScheme("http".into()),
            ),
            ("smtp://?from=a@b.org", ConfigError::MissingHost),
            ("smtp://h/x?from=a@b.org", ConfigError::UnexpectedPath),
            (
                "smtp://:secret@h?from=a@b.org",
                ConfigError::PasswordWithoutUser,
            ),
            ("smtp://h", ConfigError::MissingFrom),
            (
                "smtp://h?from=a@b.org&tls=yes",
                ConfigError::UnknownParameter("tls".into()),
            ),
            (
                "smtp://h?from=a@b.org&timeout=0",
                ConfigError::InvalidTimeout("0".into()),
            ),
            ("smtp://u:%FF@h?from=a@b.org", ConfigError::NotUtf8),
        ];
        for (url, expected) in cases {
            assert_eq!(parse(url), Err(expected), "{url}");
        }
        assert!(matches!(
            parse("smtp://h?from=not-an-address"),
            Err(ConfigError::InvalidFrom { address, .. }) if address == "not-an-address"
        ));
    }

    #[test]
    fn password_never_shows() {
        let config = parse("smtps://alice:hunter2secret@mail.example.org?from=a@example.org")
            .expect("valid");
        let shown = [
            format!("{config:?}"),
            format!("{config:#?}"),
            config.to_string(),
        ];
        for text in shown {
            assert!(!text.contains("hunter2secret"), "{text}");
            assert!(text.contains("***"), "{text}");
        }
        assert_eq!(
            config.to_string(),
            "smtps://alice:***@mail.example.org:465?from=a@example.org"
        );
    }

    #[test]
    fn url_errors_do_not_echo_the_url() {
        let error = parse("smtps://alice:hunter2secret@mail.example.org:99999?from=a@b.org")
            .expect_err("bad port");
        assert!(!error.to_string().contains("hunter2secret"));
    }

    #[test]
    fn mailbox_parsing() {
        assert_eq!(Mailbox::parse(" a@b.org "), Mailbox::new("a@b.org"));
        assert_eq!(
            Mailbox::parse("\"Ada L\" <a@b.org>"),
            Mailbox::named("a@b.org", "Ada L")
        );
        assert_eq!(Mailbox::parse("<a@b.org>"), Mailbox::new("a@b.org"));
    }
}
