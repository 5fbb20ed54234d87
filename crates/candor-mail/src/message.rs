//! What Candor sends, and its translation into a MIME message.

use lettre::Message;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{MultiPart, SinglePart};

use crate::{MailError, Mailbox};

/// Someone an e-mail goes to.
pub type Recipient = Mailbox;

/// One e-mail in one language. Bodies and subject may hold any Unicode text;
/// the MIME encoding is chosen when sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub to: Vec<Recipient>,
    pub subject: String,
    pub text_body: String,
    /// When given, the e-mail is multipart/alternative: text first, then HTML.
    pub html_body: Option<String>,
    pub reply_to: Option<Mailbox>,
    /// Extra headers. A `Message-ID` set here is kept, so that a retried
    /// send is recognisable as the same e-mail; without one, one is made.
    pub headers: Vec<(String, String)>,
    /// BCP 47 tag for `Content-Language`, e.g. `sw`; empty for none.
    pub language: String,
}

impl Email {
    pub fn new(
        to: Recipient,
        subject: impl Into<String>,
        text_body: impl Into<String>,
        language: impl Into<String>,
    ) -> Self {
        Self {
            to: vec![to],
            subject: subject.into(),
            text_body: text_body.into(),
            html_body: None,
            reply_to: None,
            headers: Vec::new(),
            language: language.into(),
        }
    }

    pub fn with_html(mut self, html: impl Into<String>) -> Self {
        self.html_body = Some(html.into());
        self
    }

    pub fn with_reply_to(mut self, reply_to: Mailbox) -> Self {
        self.reply_to = Some(reply_to);
        self
    }

    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// The `Message-ID` the caller set, if any.
    pub fn message_id(&self) -> Option<&str> {
        self.headers
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case("Message-ID"))
            .map(|(_, value)| value.as_str())
    }
}

/// Headers the composer writes itself; letting callers set them would allow
/// contradictory or forged messages.
const RESERVED: [&str; 12] = [
    "from",
    "sender",
    "to",
    "cc",
    "bcc",
    "reply-to",
    "subject",
    "date",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
    "content-language",
];

/// Builds the MIME message and returns it with its Message-ID. Everything is
/// checked here, before any connection, so a bad e-mail sends nothing.
pub(crate) fn compose(
    email: &Email,
    from: &lettre::message::Mailbox,
) -> Result<(Message, String), MailError> {
    if email.to.is_empty() {
        return Err(MailError::NoRecipients);
    }
    single_line("Subject", &email.subject)?;
    let mut builder = Message::builder()
        .from(from.clone())
        .subject(email.subject.clone());
    for recipient in &email.to {
        builder = builder.to(mailbox(recipient)?);
    }
    if let Some(reply_to) = &email.reply_to {
        builder = builder.reply_to(mailbox(reply_to)?);
    }
    let message_id = match email.message_id() {
        Some(id) => checked_message_id(id)?,
        None => new_message_id(from.email.domain()),
    };
    builder = builder.message_id(Some(message_id.clone()));
    if !email.language.is_empty() {
        builder = builder.raw_header(content_language(&email.language)?);
    }
    for (name, value) in &email.headers {
        if !name.eq_ignore_ascii_case("Message-ID") {
            builder = builder.raw_header(custom_header(name, value)?);
        }
    }
    let text = email.text_body.clone();
    let built = match &email.html_body {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(text, html.clone())),
        None => builder.singlepart(SinglePart::plain(text)),
    };
    let message = built.map_err(|error| MailError::Build(error.to_string()))?;
    Ok((message, message_id))
}

fn mailbox(mailbox: &Mailbox) -> Result<lettre::message::Mailbox, MailError> {
    if let Some(name) = &mailbox.name {
        single_line("display name", name)?;
    }
    mailbox.to_lettre().map_err(MailError::address)
}

fn single_line(name: &str, value: &str) -> Result<(), MailError> {
    if value.chars().any(char::is_control) {
        return Err(MailError::header(
            name,
            "contains a line break or control character",
        ));
    }
    Ok(())
}

fn checked_message_id(id: &str) -> Result<String, MailError> {
    let well_formed = id.len() <= 250
        && id.starts_with('<')
        && id.ends_with('>')
        && id.contains('@')
        && id.chars().all(|c| c.is_ascii_graphic());
    if !well_formed {
        return Err(MailError::header("Message-ID", "expected <unique@domain>"));
    }
    Ok(id.to_string())
}

fn new_message_id(domain: &str) -> String {
    format!("<{}@{domain}>", uuid::Uuid::now_v7().simple())
}

fn content_language(tag: &str) -> Result<HeaderValue, MailError> {
    let valid = tag.len() <= 35 && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !valid {
        return Err(MailError::header(
            "Content-Language",
            "expected a language tag such as sw or nb-NO",
        ));
    }
    let name = HeaderName::new_from_ascii_str("Content-Language");
    Ok(HeaderValue::new(name, tag.to_string()))
}

fn custom_header(name: &str, value: &str) -> Result<HeaderValue, MailError> {
    if RESERVED
        .iter()
        .any(|reserved| name.eq_ignore_ascii_case(reserved))
    {
        return Err(MailError::header(name, "is set by candor-mail"));
    }
    if !name.chars().all(|c| c.is_ascii_graphic()) {
        return Err(MailError::header(name, "name must be printable ASCII"));
    }
    single_line(name, value)?;
    let header_name = HeaderName::new_from_ascii(name.to_string())
        .map_err(|_| MailError::header(name, "name must be printable ASCII without ':'"))?;
    Ok(HeaderValue::new(header_name, value.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sender() -> lettre::message::Mailbox {
        Mailbox::named("candor@example.org", "Candor")
            .to_lettre()
            .expect("valid sender")
    }

    fn email() -> Email {
        Email::new(
            Recipient::new("amina@example.org"),
            "Habari",
            "Asante sana",
            "sw",
        )
    }

    fn formatted(email: &Email) -> String {
        let (message, _) = compose(email, &sender()).expect("composes");
        String::from_utf8(message.formatted()).expect("utf-8")
    }

    #[test]
    fn generated_message_id_uses_the_sender_domain() {
        let (_, id) = compose(&email(), &sender()).expect("composes");
        assert!(id.starts_with('<') && id.ends_with("@example.org>"), "{id}");
    }

    #[test]
    fn caller_message_id_and_headers_are_kept() {
        let email = email()
            .with_header("Message-ID", "<alert-42@candor.example>")
            .with_header("X-Candor-Kind", "deadline");
        let text = formatted(&email);
        assert!(
            text.contains("Message-ID: <alert-42@candor.example>"),
            "{text}"
        );
        assert!(text.contains("X-Candor-Kind: deadline"), "{text}");
        assert!(text.contains("Content-Language: sw"), "{text}");
    }

    #[test]
    fn header_injection_is_refused() {
        let cases = [
            email().with_header("X-Note", "a\r\nBcc: eve@example.org"),
            email().with_header("Bcc", "eve@example.org"),
            email().with_header("Bad Name", "x"),
            email().with_header("Message-ID", "no-angle-brackets"),
            Email {
                subject: "Hi\r\nBcc: eve@example.org".into(),
                ..email()
            },
            Email {
                language: "en\r\nX: y".into(),
                ..email()
            },
        ];
        for case in cases {
            assert!(
                matches!(
                    compose(&case, &sender()),
                    Err(MailError::InvalidHeader { .. })
                ),
                "{case:?}"
            );
        }
    }

    #[test]
    fn bad_recipient_names_the_address() {
        let email = Email {
            to: vec![Recipient::new("amina@@example")],
            ..email()
        };
        let error = compose(&email, &sender()).expect_err("invalid");
        assert!(
            matches!(&error, MailError::InvalidAddress { address, .. } if address == "amina@@example")
        );
        assert!(error.to_string().contains("amina@@example"), "{error}");
    }

    #[test]
    fn no_recipients_is_an_error() {
        let email = Email {
            to: Vec::new(),
            ..email()
        };
        assert_eq!(
            compose(&email, &sender()).err(),
            Some(MailError::NoRecipients)
        );
    }

    #[test]
    fn html_makes_multipart_alternative() {
        let text = formatted(&email().with_html("<p>Asante</p>"));
        assert!(text.contains("multipart/alternative"), "{text}");
        assert!(text.contains("text/html"), "{text}");
    }
}
