//! `SmtpSink`: a real, minimal SMTP server (RFC 5321) on 127.0.0.1 for tests.
//! It accepts every message, except for recipients at [`REJECTED_DOMAIN`], and
//! keeps what it received in memory, decoded enough to assert on.
//!
//! ```ignore
//! let sink = SmtpSink::start().await;
//! let mailer = SmtpMailer::from_url(&sink.url())?;
//! // ... send ...
//! let mails = sink.wait_for(1, Duration::from_secs(5)).await;
//! ```

mod mime;

use std::io;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::task::{JoinHandle, JoinSet};

/// Recipients at this domain are refused with `550`, to test rejections.
pub const REJECTED_DOMAIN: &str = "rejected.test";
/// The largest message accepted, advertised with `SIZE`.
pub const MAX_MESSAGE_BYTES: usize = 10 * 1024 * 1024;
const MAX_LINE_BYTES: usize = 64 * 1024;
const MAX_RECIPIENTS: usize = 100;

/// One message as the sink received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedMail {
    /// The envelope sender (`MAIL FROM`), empty for the null path.
    pub mail_from: String,
    /// The envelope recipients (`RCPT TO`), in order.
    pub rcpt_to: Vec<String>,
    /// The message after dot-unstuffing, as sent (CRLF line ends).
    pub raw: String,
    /// Header fields, unfolded, with RFC 2047 encoded words decoded.
    pub headers: Vec<(String, String)>,
    /// The decoded `Subject`.
    pub subject: Option<String>,
    /// The first text/plain part, decoded, with `\n` line ends.
    pub text: Option<String>,
    /// The first text/html part, decoded, with `\n` line ends.
    pub html: Option<String>,
}

impl ReceivedMail {
    fn new(mail_from: String, rcpt_to: Vec<String>, raw: &[u8]) -> Self {
        let raw = String::from_utf8_lossy(raw).into_owned();
        let decoded = mime::decode_message(&raw);
        Self {
            mail_from,
            rcpt_to,
            subject: mime::find(&decoded.headers, "Subject").map(str::to_string),
            raw,
            headers: decoded.headers,
            text: decoded.text,
            html: decoded.html,
        }
    }

    /// The first header of that name (case-insensitive), decoded.
    pub fn header(&self, name: &str) -> Option<&str> {
        mime::find(&self.headers, name)
    }
}

#[derive(Default)]
struct Shared {
    mails: Mutex<Vec<ReceivedMail>>,
    arrived: Notify,
}

impl Shared {
    fn mails(&self) -> std::sync::MutexGuard<'_, Vec<ReceivedMail>> {
        // A panicking test thread must not hide what was received.
        self.mails.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Stores a message and returns its queue number.
    fn store(&self, mail: ReceivedMail) -> usize {
        let number = {
            let mut mails = self.mails();
            mails.push(mail);
            mails.len()
        };
        self.arrived.notify_waiters();
        number
    }
}

/// The running server; it stops when dropped.
pub struct SmtpSink {
    port: u16,
    shared: Arc<Shared>,
    server: JoinHandle<()>,
}

impl SmtpSink {
    /// Binds 127.0.0.1 on a free port and starts serving.
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the SMTP sink on 127.0.0.1");
        let port = listener.local_addr().expect("SMTP sink address").port();
        let shared = Arc::new(Shared::default());
        let server = tokio::spawn(serve(listener, Arc::clone(&shared)));
        Self {
            port,
            shared,
            server,
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// A plain `smtp://` URL for `MailConfig::from_url`, sending as candor@localhost.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}?from=candor@localhost", self.port)
    }

    /// Everything received so far, oldest first.
    pub fn messages(&self) -> Vec<ReceivedMail> {
        self.shared.mails().clone()
    }

    /// Waits until at least `count` messages arrived or `timeout` passed, and
    /// returns what arrived: check its length.
    pub async fn wait_for(&self, count: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            // Created before looking, so a message stored in between still wakes us.
            let arrived = self.shared.arrived.notified();
            let mails = self.messages();
            if mails.len() >= count {
                return mails;
            }
            if tokio::time::timeout_at(deadline, arrived).await.is_err() {
                return self.messages();
            }
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        // Aborting the server drops its JoinSet, which aborts every session.
        self.server.abort();
    }
}

async fn serve(listener: TcpListener, shared: Arc<Shared>) {
    let mut sessions = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    sessions.spawn(session(stream, Arc::clone(&shared)));
                }
                // Out of file descriptors and the like: wait instead of spinning.
                Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
            },
            Some(_) = sessions.join_next(), if !sessions.is_empty() => {}
        }
    }
}

/// One client connection; I/O errors just end it.
async fn session(stream: TcpStream, shared: Arc<Shared>) {
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    let _ = converse(&mut reader, &mut write, &shared).await;
}

async fn converse(
    reader: &mut BufReader<OwnedReadHalf>,
    write: &mut OwnedWriteHalf,
    shared: &Shared,
) -> io::Result<()> {
    let mut state = Conversation::default();
    let mut line = Vec::new();
    reply(write, "220 candor-testkit ESMTP ready").await?;
    loop {
        if !read_line(reader, &mut line).await? {
            return Ok(());
        }
        if !line.ends_with(b"\n") {
            return reply(write, "500 5.5.6 Line too long").await;
        }
        match state.command(&String::from_utf8_lossy(&line)) {
            Action::Reply(text) => reply(write, &text).await?,
            Action::Close(text) => return reply(write, &text).await,
            Action::ReadData => {
                reply(write, "354 End data with <CR><LF>.<CR><LF>").await?;
                let Some(data) = read_data(reader, &mut line).await? else {
                    return Ok(());
                };
                let text = state.finish_data(data, shared);
                reply(write, &text).await?;
            }
        }
    }
}

async fn reply(write: &mut OwnedWriteHalf, text: &str) -> io::Result<()> {
    write.write_all(format!("{text}\r\n").as_bytes()).await?;
    write.flush().await
}

/// Reads one line of at most `MAX_LINE_BYTES`; false at end of stream.
async fn read_line(reader: &mut BufReader<OwnedReadHalf>, line: &mut Vec<u8>) -> io::Result<bool> {
    line.clear();
    let limit = u64::try_from(MAX_LINE_BYTES).unwrap_or(u64::MAX);
    let read = (&mut *reader).take(limit).read_until(b'\n', line).await?;
    Ok(read > 0)
}

/// Reads the message up to the lone `.` line, undoing dot-stuffing. `None`
/// when the client hung up first; `Err(TooBig)` inside when over the limit.
async fn read_data(
    reader: &mut BufReader<OwnedReadHalf>,
    line: &mut Vec<u8>,
) -> io::Result<Option<Result<Vec<u8>, TooBig>>> {
    let mut data = Vec::new();
    let mut too_big = false;
    loop {
        if !read_line(reader, line).await? {
            return Ok(None);
        }
        if line.as_slice() == b".\r\n" || line.as_slice() == b".\n" {
            return Ok(Some(if too_big { Err(TooBig) } else { Ok(data) }));
        }
        let content = line.strip_prefix(b".").unwrap_or(line);
        // Past the limit the rest is read and dropped, to stay in step.
        too_big |= data.len() + content.len() > MAX_MESSAGE_BYTES;
        if !too_big {
            data.extend_from_slice(content);
        }
    }
}

struct TooBig;

enum Action {
    Reply(String),
    ReadData,
    Close(String),
}

/// The command state of one connection: greeted, then per message a sender,
/// recipients and the data.
#[derive(Default)]
struct Conversation {
    greeted: bool,
    mail_from: Option<String>,
    rcpt_to: Vec<String>,
}

impl Conversation {
    fn command(&mut self, line: &str) -> Action {
        let line = line.trim_end_matches(['\r', '\n']);
        let (verb, argument) = line.split_once(' ').unwrap_or((line, ""));
        let reply = match verb.to_ascii_uppercase().as_str() {
            "EHLO" => self.hello(argument, true),
            "HELO" => self.hello(argument, false),
            "MAIL" => self.mail(argument),
            "RCPT" => self.rcpt(argument),
            "DATA" if !argument.trim().is_empty() => "501 5.5.4 DATA takes no argument".into(),
            "DATA" if self.rcpt_to.is_empty() => "503 5.5.1 Need RCPT first".into(),
            "DATA" => return Action::ReadData,
            "RSET" => {
                self.reset();
                "250 2.0.0 OK".into()
            }
            "NOOP" => "250 2.0.0 OK".into(),
            "QUIT" => return Action::Close("221 2.0.0 Bye".into()),
            _ => "500 5.5.2 Command not recognized".into(),
        };
        Action::Reply(reply)
    }

    fn reset(&mut self) {
        self.mail_from = None;
        self.rcpt_to.clear();
    }

    fn hello(&mut self, domain: &str, extended: bool) -> String {
        let domain = domain.trim();
        if domain.is_empty() {
            return "501 5.5.4 Domain name required".into();
        }
        self.greeted = true;
        self.reset();
        if !extended {
            return format!("250 candor-testkit greets {domain}");
        }
        format!(
            "250-candor-testkit greets {domain}\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n\
             250-PIPELINING\r\n250 SIZE {MAX_MESSAGE_BYTES}"
        )
    }

    fn mail(&mut self, argument: &str) -> String {
        if !self.greeted {
            return "503 5.5.1 Say EHLO first".into();
        }
        if self.mail_from.is_some() {
            return "503 5.5.1 Nested MAIL command".into();
        }
        let Some((address, parameters)) = path(argument, "FROM:") else {
            return "501 5.5.4 Syntax: MAIL FROM:<address>".into();
        };
        for parameter in parameters.split_whitespace() {
            let (key, value) = parameter.split_once('=').unwrap_or((parameter, ""));
            match key.to_ascii_uppercase().as_str() {
                "SIZE"
                    if value
                        .parse()
                        .is_ok_and(|size: usize| size <= MAX_MESSAGE_BYTES) => {}
                "SIZE" => return "552 5.3.4 Message size exceeds the limit".into(),
                "BODY" if matches!(value.to_ascii_uppercase().as_str(), "7BIT" | "8BITMIME") => {}
                "SMTPUTF8" if value.is_empty() => {}
                _ => return format!("555 5.5.4 Unsupported parameter {parameter}"),
            }
        }
        self.mail_from = Some(address);
        "250 2.1.0 OK".into()
    }

    fn rcpt(&mut self, argument: &str) -> String {
        if self.mail_from.is_none() {
            return "503 5.5.1 Need MAIL first".into();
        }
        let Some((address, parameters)) = path(argument, "TO:") else {
            return "501 5.5.4 Syntax: RCPT TO:<address>".into();
        };
        if address.is_empty() || !parameters.trim().is_empty() {
            return "501 5.5.4 Syntax: RCPT TO:<address>".into();
        }
        let domain = address.rsplit_once('@').map_or("", |(_, domain)| domain);
        if domain.eq_ignore_ascii_case(REJECTED_DOMAIN) {
            return format!("550 5.1.1 <{address}>: mailbox unavailable");
        }
        if self.rcpt_to.len() >= MAX_RECIPIENTS {
            return "452 4.5.3 Too many recipients".into();
        }
        self.rcpt_to.push(address);
        "250 2.1.5 OK".into()
    }

    fn finish_data(&mut self, data: Result<Vec<u8>, TooBig>, shared: &Shared) -> String {
        let mail_from = self.mail_from.take().unwrap_or_default();
        let rcpt_to = std::mem::take(&mut self.rcpt_to);
        match data {
            Ok(raw) => {
                let number = shared.store(ReceivedMail::new(mail_from, rcpt_to, &raw));
                format!("250 2.0.0 OK: queued as {number}")
            }
            Err(TooBig) => "552 5.3.4 Message size exceeds the limit".into(),
        }
    }
}

/// Reads `FROM:<address> params` (keyword case-insensitive, a space after the
/// colon tolerated): the address without brackets or source route, and the rest.
fn path<'a>(argument: &'a str, keyword: &str) -> Option<(String, &'a str)> {
    let head = argument.get(..keyword.len())?;
    if !head.eq_ignore_ascii_case(keyword) {
        return None;
    }
    let rest = argument[keyword.len()..].trim_start().strip_prefix('<')?;
    let (address, parameters) = rest.split_once('>')?;
    let address = match address.strip_prefix('@') {
        Some(route) => route.split_once(':')?.1,
        None => address,
    };
    Some((address.to_string(), parameters))
}

#[cfg(test)]
mod tests;
