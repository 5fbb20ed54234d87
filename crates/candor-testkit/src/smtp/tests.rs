//! The sink spoken to over raw TCP, one command at a time.

use super::*;

/// A bare SMTP client: writes lines, reads whole (multi-line) replies.
struct Client {
    reader: BufReader<OwnedReadHalf>,
    write: OwnedWriteHalf,
}

impl Client {
    async fn connect(sink: &SmtpSink) -> Self {
        let stream = TcpStream::connect(("127.0.0.1", sink.port()))
            .await
            .expect("connect to sink");
        let (read, write) = stream.into_split();
        let mut client = Self {
            reader: BufReader::new(read),
            write,
        };
        assert!(client.reply().await.starts_with("220 "));
        client
    }

    async fn send_raw(&mut self, text: &str) {
        self.write.write_all(text.as_bytes()).await.expect("write");
    }

    /// Reads one reply; returns all its lines joined by `\n`.
    async fn reply(&mut self) -> String {
        let mut lines = Vec::new();
        loop {
            let mut line = String::new();
            self.reader.read_line(&mut line).await.expect("read reply");
            assert!(!line.is_empty(), "connection closed; got {lines:?}");
            let line = line.trim_end().to_string();
            let last = line.as_bytes().get(3) != Some(&b'-');
            lines.push(line);
            if last {
                return lines.join("\n");
            }
        }
    }

    /// Sends one command and checks the reply's code.
    async fn command(&mut self, line: &str, code: &str) -> String {
        self.send_raw(&format!("{line}\r\n")).await;
        let reply = self.reply().await;
        assert!(
            reply.starts_with(code),
            "{line:?} answered {reply:?}, expected {code}"
        );
        reply
    }
}

const SECOND: Duration = Duration::from_secs(1);

#[tokio::test]
async fn ehlo_advertises_extensions() {
    let sink = SmtpSink::start().await;
    let mut client = Client::connect(&sink).await;
    let reply = client.command("EHLO client.test", "250").await;
    for extension in ["8BITMIME", "SMTPUTF8", "PIPELINING", "SIZE 10485760"] {
        assert!(reply.contains(extension), "{reply}");
    }
    client.command("HELO client.test", "250").await;
    client.command("EHLO", "501").await;
    client.command("QUIT", "221").await;
}

#[tokio::test]
async fn bad_sequences_and_unknown_commands() {
    let sink = SmtpSink::start().await;
    let mut client = Client::connect(&sink).await;
    client.command("MAIL FROM:<a@b.test>", "503").await;
    client.command("EHLO client.test", "250").await;
    client.command("RCPT TO:<c@d.test>", "503").await;
    client.command("DATA", "503").await;
    client.command("MAIL FROM:<a@b.test>", "250").await;
    client.command("MAIL FROM:<a@b.test>", "503").await;
    client.command("DATA", "503").await;
    client.command("RCPT TO:c@d.test", "501").await;
    client.command("RCPT TO:<x@rejected.test>", "550").await;
    client.command("VRFY someone", "500").await;
    client.command("FROB", "500").await;
    client.command("NOOP", "250").await;
    client.command("RSET", "250").await;
    client.command("RCPT TO:<c@d.test>", "503").await;
    client
        .command("MAIL FROM:<a@b.test> SIZE=99999999999", "552")
        .await;
    client
        .command("MAIL FROM:<a@b.test> X-UNKNOWN=1", "555")
        .await;
    assert!(sink.messages().is_empty());
}

#[tokio::test]
async fn several_messages_per_connection_with_dot_unstuffing() {
    let sink = SmtpSink::start().await;
    let mut client = Client::connect(&sink).await;
    client.command("EHLO client.test", "250").await;
    for n in 1..=2 {
        client
            .command("MAIL FROM:<> BODY=8BITMIME SMTPUTF8", "250")
            .await;
        client.command("RCPT TO:<one@d.test>", "250").await;
        client
            .command("RCPT TO:<@relay.test:two@d.test>", "250")
            .await;
        client.command("DATA", "354").await;
        let data = format!("Subject: n{n}\r\n\r\n..leading dot\r\nHej æøå\r\n.\r\n");
        client.send_raw(&data).await;
        assert_eq!(client.reply().await, format!("250 2.0.0 OK: queued as {n}"));
    }
    client.command("QUIT", "221").await;

    let mails = sink.wait_for(2, SECOND).await;
    assert_eq!(mails.len(), 2);
    assert_eq!(mails[1].mail_from, "");
    assert_eq!(mails[1].rcpt_to, ["one@d.test", "two@d.test"]);
    assert_eq!(mails[1].subject.as_deref(), Some("n2"));
    assert_eq!(
        mails[1].raw,
        "Subject: n2\r\n\r\n.leading dot\r\nHej æøå\r\n"
    );
    assert_eq!(mails[1].text.as_deref(), Some(".leading dot\nHej æøå\n"));
}

#[tokio::test]
async fn pipelined_commands_get_replies_in_order() {
    let sink = SmtpSink::start().await;
    let mut client = Client::connect(&sink).await;
    client.command("EHLO client.test", "250").await;
    client
        .send_raw(
            "MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nRCPT TO:<e@rejected.test>\r\nDATA\r\n",
        )
        .await;
    for code in ["250", "250", "550", "354"] {
        assert!(client.reply().await.starts_with(code));
    }
    client
        .send_raw("Subject: piped\r\n\r\nbody\r\n.\r\nQUIT\r\n")
        .await;
    assert!(client.reply().await.starts_with("250"));
    assert!(client.reply().await.starts_with("221"));
    let mails = sink.wait_for(1, SECOND).await;
    assert_eq!(mails[0].rcpt_to, ["c@d.test"]);
}

#[tokio::test]
async fn concurrent_connections() {
    let sink = SmtpSink::start().await;
    let mut first = Client::connect(&sink).await;
    let mut second = Client::connect(&sink).await;
    for client in [&mut first, &mut second] {
        client.command("EHLO client.test", "250").await;
        client.command("MAIL FROM:<a@b.test>", "250").await;
        client.command("RCPT TO:<c@d.test>", "250").await;
    }
    for client in [&mut second, &mut first] {
        client.command("DATA", "354").await;
        client.send_raw("Subject: s\r\n\r\nx\r\n.\r\n").await;
        assert!(client.reply().await.starts_with("250"));
    }
    assert_eq!(sink.wait_for(2, SECOND).await.len(), 2);
}

#[tokio::test]
async fn wait_for_returns_what_arrived_at_the_deadline() {
    let sink = SmtpSink::start().await;
    let mails = sink.wait_for(1, Duration::from_millis(50)).await;
    assert!(mails.is_empty());
    assert_eq!(
        sink.url(),
        format!("smtp://127.0.0.1:{}?from=candor@localhost", sink.port())
    );
}
