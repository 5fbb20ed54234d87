//! Sending through lettre to the testkit's real SMTP server.

use std::time::Duration;

use candor_mail::{
    Email, MailConfig, MailError, Mailbox, Mailer, Recipient, SmtpMailer, mailer_from_url,
};
use candor_testkit::smtp::{REJECTED_DOMAIN, SmtpSink};

const WAIT: Duration = Duration::from_secs(5);

fn mailer(sink: &SmtpSink) -> SmtpMailer {
    SmtpMailer::from_url(&sink.url()).expect("sink URL is valid")
}

fn multilingual() -> Email {
    let text = "Привет, Амина!\nHabari ya asubuhi — jibu kabla ya Ijumaa.\nBlåbærsyltetøj: æøå ÆØÅ\n.line starting with a dot\n";
    Email {
        to: vec![
            Recipient::named("amina@example.org", "Амина Øster"),
            Recipient::new("juma@example.org"),
        ],
        subject: "Привет — habari — æøå".into(),
        text_body: text.into(),
        html_body: Some("<p>Привет, <b>Амина</b>! Habari, æøå.</p>".into()),
        reply_to: Some(Mailbox::named("relay-42@candor.example", "Candor relay")),
        headers: vec![
            ("Message-ID".into(), "<deadline-42@candor.example>".into()),
            ("X-Candor-Kind".into(), "deadline".into()),
        ],
        language: "ru".into(),
    }
}

#[tokio::test]
async fn multilingual_multipart_email_arrives_intact() {
    let sink = SmtpSink::start().await;
    let email = multilingual();
    let sent = mailer(&sink).send(&email).await.expect("sent");
    assert_eq!(sent.message_id, "<deadline-42@candor.example>");
    assert!(sent.reply.contains("queued as 1"), "{}", sent.reply);

    let mails = sink.wait_for(1, WAIT).await;
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(mail.mail_from, "candor@localhost");
    assert_eq!(mail.rcpt_to, ["amina@example.org", "juma@example.org"]);
    assert_eq!(mail.subject.as_deref(), Some("Привет — habari — æøå"));
    assert_eq!(
        mail.text.as_deref().map(str::trim_end),
        Some(email.text_body.trim_end())
    );
    assert_eq!(
        mail.html.as_deref().map(str::trim_end),
        email.html_body.as_deref()
    );
    assert_eq!(
        mail.header("Message-ID"),
        Some("<deadline-42@candor.example>")
    );
    assert_eq!(mail.header("Content-Language"), Some("ru"));
    assert_eq!(mail.header("X-Candor-Kind"), Some("deadline"));
    assert_eq!(mail.header("From"), Some("candor@localhost"));
    assert_eq!(
        mail.header("Reply-To"),
        Some("\"Candor relay\" <relay-42@candor.example>")
    );
    let to = mail.header("To").expect("To header");
    assert!(
        to.contains("Амина Øster") && to.contains("juma@example.org"),
        "{to}"
    );
    assert!(
        mail.header("Content-Type")
            .is_some_and(|value| value.starts_with("multipart/alternative")),
        "{:?}",
        mail.header("Content-Type")
    );
}

#[tokio::test]
async fn text_only_email_in_swahili_gets_a_message_id() {
    let sink = SmtpSink::start().await;
    let email = Email::new(
        Recipient::new("juma@example.org"),
        "Ukumbusho: jibu maoni",
        "Tafadhali jibu maoni ya mteja kabla ya kesho.",
        "sw",
    );
    let sent = mailer(&sink).send(&email).await.expect("sent");
    assert!(
        sent.message_id.ends_with("@localhost>"),
        "{}",
        sent.message_id
    );

    let mails = sink.wait_for(1, WAIT).await;
    let mail = &mails[0];
    assert_eq!(mail.header("Message-ID"), Some(sent.message_id.as_str()));
    assert_eq!(mail.header("Content-Language"), Some("sw"));
    assert_eq!(mail.html, None);
    assert_eq!(
        mail.text.as_deref().map(str::trim_end),
        Some("Tafadhali jibu maoni ya mteja kabla ya kesho.")
    );
}

#[tokio::test]
async fn several_emails_through_one_pooled_mailer() {
    let sink = SmtpSink::start().await;
    let mailer = mailer(&sink);
    let emails: Vec<Email> = ["da", "nb", "de"]
        .iter()
        .map(|language| {
            Email::new(
                Recipient::new(format!("{language}@example.org")),
                format!("Dagligt overblik ({language})"),
                "Hej æøå",
                *language,
            )
        })
        .collect();
    let (first, second) = tokio::join!(mailer.send(&emails[0]), mailer.send(&emails[1]));
    first.expect("first sent");
    second.expect("second sent");
    mailer.send(&emails[2]).await.expect("third sent");

    let mails = sink.wait_for(3, WAIT).await;
    let mut languages: Vec<_> = mails
        .iter()
        .filter_map(|mail| mail.header("Content-Language"))
        .collect();
    languages.sort_unstable();
    assert_eq!(languages, ["da", "de", "nb"]);
}

#[tokio::test]
async fn bad_address_is_named_and_nothing_is_sent() {
    let sink = SmtpSink::start().await;
    let mut email = multilingual();
    email.to.push(Recipient::new("not an address"));
    let error = mailer(&sink).send(&email).await.expect_err("invalid");
    assert!(
        matches!(&error, MailError::InvalidAddress { address, .. } if address == "not an address"),
        "{error:?}"
    );
    assert!(error.to_string().contains("\"not an address\""), "{error}");
    assert!(
        sink.wait_for(1, Duration::from_millis(200))
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn refused_recipient_gives_the_server_reply() {
    let sink = SmtpSink::start().await;
    let email = Email::new(
        Recipient::new(format!("nobody@{REJECTED_DOMAIN}")),
        "Hej",
        "æøå",
        "da",
    );
    let error = mailer(&sink).send(&email).await.expect_err("refused");
    let MailError::Rejected { code, message } = &error else {
        panic!("expected a rejection, got {error:?}");
    };
    assert_eq!(*code, 550);
    assert!(message.contains("mailbox unavailable"), "{message}");
    assert!(!error.is_transient());
    assert!(sink.messages().is_empty());
}

#[tokio::test]
async fn server_down_is_a_connection_error() {
    // A port that was free a moment ago and has no listener now.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address").port()
    };
    let url =
        format!("smtp://alice:hunter2secret@127.0.0.1:{port}?from=candor@localhost&timeout=2");
    let mailer = SmtpMailer::from_url(&url).expect("valid URL");
    let email = Email::new(Recipient::new("a@example.org"), "Hej", "æøå", "da");
    let error = mailer.send(&email).await.expect_err("nobody listens");
    assert!(matches!(error, MailError::Connection(_)), "{error:?}");
    assert!(error.is_transient());
    for shown in [
        error.to_string(),
        format!("{error:?}"),
        format!("{mailer:?}"),
    ] {
        assert!(!shown.contains("hunter2secret"), "{shown}");
    }
}

#[tokio::test]
async fn password_never_appears_in_debug() {
    let config = MailConfig::from_url(
        "smtp+starttls://alice:hunter2secret@mail.example.org?from=Candor%20<candor@example.org>",
    )
    .expect("valid");
    let mailer = SmtpMailer::new(&config).expect("mailer");
    for shown in [
        format!("{config:?}"),
        format!("{config:#?}"),
        config.to_string(),
        format!("{mailer:?}"),
    ] {
        assert!(!shown.contains("hunter2secret"), "{shown}");
    }
    assert_eq!(
        config.password.as_ref().map(|p| p.expose()),
        Some("hunter2secret")
    );
}

#[tokio::test]
async fn shared_mailer_from_url_sends() {
    let sink = SmtpSink::start().await;
    let mailer = mailer_from_url(Some(&sink.url())).expect("valid URL");
    let email = Email::new(Recipient::new("a@example.org"), "Привет", "Привет", "ru");
    mailer.send(&email).await.expect("sent");
    let mails = sink.wait_for(1, WAIT).await;
    assert_eq!(mails[0].subject.as_deref(), Some("Привет"));
}
