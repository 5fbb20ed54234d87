//! Just enough MIME (RFC 2045-2047) to read what Candor sends: folded headers,
//! encoded words, quoted-printable and base64 bodies, nested multiparts.
//! Charsets: UTF-8, US-ASCII and ISO-8859-1; others are read as UTF-8.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// Nested multiparts deeper than this are ignored, so a hostile message
/// cannot recurse without end.
const MAX_DEPTH: usize = 8;

#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub headers: Vec<(String, String)>,
    pub text: Option<String>,
    pub html: Option<String>,
}

pub(crate) fn decode_message(raw: &str) -> Decoded {
    let (head, body) = split_head(raw);
    let headers = parse_headers(head);
    let mut decoded = Decoded::default();
    collect_bodies(&headers, body, &mut decoded, 0);
    decoded.headers = headers
        .into_iter()
        .map(|(name, value)| (name, decode_words(&value)))
        .collect();
    decoded
}

pub(crate) fn find<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value.as_str())
}

/// Splits at the first empty line: header block, then body.
fn split_head(raw: &str) -> (&str, &str) {
    let mut pos = 0;
    for line in raw.split_inclusive('\n') {
        if line.trim_end_matches(['\r', '\n']).is_empty() {
            return (&raw[..pos], &raw[pos + line.len()..]);
        }
        pos += line.len();
    }
    (raw, "")
}

/// Header fields with folded lines joined (RFC 5322 2.2.3: unfolding removes
/// only the line break, the leading white space stays).
fn parse_headers(head: &str) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push_str(line);
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_string(), value.to_string()));
        }
    }
    for (_, value) in &mut headers {
        *value = value.trim().to_string();
    }
    headers
}

/// Decodes RFC 2047 encoded words (`=?charset?B|Q?text?=`). Adjacent words of
/// one charset are joined as bytes first, because encoders may split a
/// multi-byte character between two words.
pub(crate) fn decode_words(value: &str) -> String {
    let mut out = String::new();
    let mut run: Option<(String, Vec<u8>)> = None;
    let mut rest = value;
    while let Some(start) = rest.find("=?") {
        let (before, candidate) = rest.split_at(start);
        let Some((charset, bytes, after)) = encoded_word(candidate) else {
            flush(&mut run, &mut out);
            out.push_str(before);
            out.push_str("=?");
            rest = &candidate[2..];
            continue;
        };
        // White space between two encoded words is not part of the text.
        let between_words = run.is_some() && before.chars().all(char::is_whitespace);
        if !between_words {
            flush(&mut run, &mut out);
            out.push_str(before);
        }
        match &mut run {
            Some((run_charset, run_bytes)) if *run_charset == charset => run_bytes.extend(bytes),
            _ => {
                flush(&mut run, &mut out);
                run = Some((charset, bytes));
            }
        }
        rest = after;
    }
    flush(&mut run, &mut out);
    out.push_str(rest);
    out
}

fn flush(run: &mut Option<(String, Vec<u8>)>, out: &mut String) {
    if let Some((charset, bytes)) = run.take() {
        out.push_str(&to_text(&bytes, &charset));
    }
}

/// One encoded word at the start of `text`: its charset, bytes and what follows.
fn encoded_word(text: &str) -> Option<(String, Vec<u8>, &str)> {
    let inner = text.strip_prefix("=?")?;
    let (charset, inner) = inner.split_once('?')?;
    let (encoding, inner) = inner.split_once('?')?;
    let end = inner.find("?=")?;
    let (payload, after) = (&inner[..end], &inner[end + 2..]);
    if payload.contains(char::is_whitespace) || charset.is_empty() {
        return None;
    }
    let bytes = match encoding {
        "B" | "b" => STANDARD.decode(payload).ok()?,
        "Q" | "q" => decode_q(payload),
        _ => return None,
    };
    // RFC 2231 allows a language after '*': `utf-8*da`.
    let charset = charset.split('*').next().unwrap_or_default();
    Some((charset.to_ascii_lowercase(), bytes, after))
}

/// The "Q" encoding of headers: quoted-printable where `_` stands for a space.
fn decode_q(text: &str) -> Vec<u8> {
    decode_escapes(text, true)
}

/// Turns `=XX` into bytes, leaving malformed escapes as they are.
fn decode_escapes(text: &str, underscore_is_space: bool) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], hex_pair(&bytes[i..])) {
            (b'=', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'_', _) if underscore_is_space => {
                out.push(b' ');
                i += 1;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    out
}

/// The byte of `=XX` at the start of `bytes`.
fn hex_pair(bytes: &[u8]) -> Option<u8> {
    match bytes {
        [b'=', high, low, ..] => {
            let digits = [*high, *low];
            u8::from_str_radix(std::str::from_utf8(&digits).ok()?, 16).ok()
        }
        _ => None,
    }
}

/// Quoted-printable bodies (RFC 2045 6.7): `=XX` bytes, `=` at a line end
/// joins lines, and trailing white space was added in transport.
pub(crate) fn decode_quoted_printable(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\r', '\n']);
        let ends_line = content.len() < line.len();
        let content = content.trim_end_matches([' ', '\t']);
        let (content, soft_break) = match content.strip_suffix('=') {
            Some(joined) => (joined, true),
            None => (content, false),
        };
        out.extend(decode_escapes(content, false));
        if ends_line && !soft_break {
            out.extend_from_slice(b"\r\n");
        }
    }
    out
}

fn decode_base64(text: &str) -> Vec<u8> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    STANDARD
        .decode(compact.as_bytes())
        .unwrap_or_else(|_| text.as_bytes().to_vec())
}

fn to_text(bytes: &[u8], charset: &str) -> String {
    match charset {
        "iso-8859-1" | "latin1" | "latin-1" => bytes.iter().map(|&b| char::from(b)).collect(),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// A `Content-Type` value: lower-case type and its parameters.
struct ContentType {
    mime: String,
    params: Vec<(String, String)>,
}

impl ContentType {
    fn parse(value: Option<&str>) -> Self {
        let mut pieces = split_unquoted(value.unwrap_or("text/plain"), ';').into_iter();
        let mime = pieces
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let params = pieces
            .filter_map(|piece| {
                let (key, value) = piece.split_once('=')?;
                let value = value.trim();
                let value = match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
                    Some(quoted) => quoted.replace("\\\"", "\"").replace("\\\\", "\\"),
                    None => value.to_string(),
                };
                Some((key.trim().to_ascii_lowercase(), value))
            })
            .collect();
        Self { mime, params }
    }

    fn param(&self, name: &str) -> Option<&str> {
        find(&self.params, name)
    }
}

fn split_unquoted(text: &str, separator: char) -> Vec<&str> {
    let mut pieces = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            c if c == separator && !quoted => {
                pieces.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    pieces.push(&text[start..]);
    pieces
}

/// Finds the first text/plain and the first text/html body, descending into
/// multiparts and skipping attachments.
fn collect_bodies(headers: &[(String, String)], body: &str, found: &mut Decoded, depth: usize) {
    let content_type = ContentType::parse(find(headers, "Content-Type"));
    if content_type.mime.starts_with("multipart/") {
        let Some(boundary) = content_type.param("boundary") else {
            return;
        };
        if depth >= MAX_DEPTH {
            return;
        }
        for part in split_multipart(body, boundary) {
            let (head, part_body) = split_head(part);
            collect_bodies(&parse_headers(head), part_body, found, depth + 1);
        }
        return;
    }
    let attachment = find(headers, "Content-Disposition")
        .is_some_and(|value| value.trim().to_ascii_lowercase().starts_with("attachment"));
    let slot = match content_type.mime.as_str() {
        _ if attachment => return,
        "text/plain" => &mut found.text,
        "text/html" => &mut found.html,
        _ => return,
    };
    if slot.is_none() {
        *slot = Some(decode_body(headers, &content_type, body));
    }
}

/// The decoded text of a leaf part, with `\n` line ends.
fn decode_body(headers: &[(String, String)], content_type: &ContentType, body: &str) -> String {
    let encoding = find(headers, "Content-Transfer-Encoding")
        .unwrap_or("7bit")
        .trim()
        .to_ascii_lowercase();
    let bytes = match encoding.as_str() {
        "quoted-printable" => decode_quoted_printable(body),
        "base64" => decode_base64(body),
        _ => body.as_bytes().to_vec(),
    };
    let charset = content_type
        .param("charset")
        .unwrap_or("us-ascii")
        .to_ascii_lowercase();
    to_text(&bytes, &charset).replace("\r\n", "\n")
}

/// The parts between `--boundary` lines; the line break before a delimiter
/// belongs to the delimiter (RFC 2046 5.1.1).
fn split_multipart<'a>(body: &'a str, boundary: &str) -> Vec<&'a str> {
    let delimiter = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut start = None;
    let mut pos = 0;
    for line in body.split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        let Some(after) = line.trim_end().strip_prefix(delimiter.as_str()) else {
            continue;
        };
        if !(after.is_empty() || after == "--") {
            continue;
        }
        if let Some(start) = start {
            let part = &body[start..line_start];
            parts.push(
                part.strip_suffix('\n')
                    .map_or(part, |p| p.strip_suffix('\r').unwrap_or(p)),
            );
        }
        if after == "--" {
            return parts;
        }
        start = Some(pos);
    }
    parts.extend(start.map(|start| &body[start..]));
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_words_b_and_q() {
        assert_eq!(decode_words("=?UTF-8?B?0J/RgNC40LLQtdGC?="), "Привет");
        assert_eq!(
            decode_words("=?utf-8?Q?=C3=A6=C3=B8=C3=A5_og_mere?="),
            "æøå og mere"
        );
        assert_eq!(decode_words("=?iso-8859-1?q?bl=E5b=E6r?="), "blåbær");
        assert_eq!(decode_words("=?utf-8*da?Q?hej?="), "hej");
    }

    #[test]
    fn whitespace_between_encoded_words_is_dropped_but_not_around_text() {
        // "Привет" split inside a character: П is D0 9F.
        assert_eq!(decode_words("=?utf-8?Q?=D0?=  =?utf-8?Q?=9F?= x"), "П x");
        assert_eq!(
            decode_words("Re: =?utf-8?Q?Habari?= yako"),
            "Re: Habari yako"
        );
    }

    #[test]
    fn malformed_encoded_words_stay_literal() {
        for text in ["=?utf-8?X?abc?=", "=?broken", "a =? b", "=?utf-8?B?@@@?="] {
            assert_eq!(decode_words(text), text);
        }
    }

    #[test]
    fn quoted_printable_bodies() {
        let decoded = decode_quoted_printable("Hab=\r\nari_ya=3D =C3=A6  \r\nline\r\n");
        assert_eq!(
            String::from_utf8(decoded).expect("utf-8"),
            "Habari_ya= æ\r\nline\r\n"
        );
        assert_eq!(decode_quoted_printable("a=ZZ="), b"a=ZZ");
    }

    #[test]
    fn folded_headers_are_unfolded() {
        let headers = parse_headers(
            "Subject: =?utf-8?B?0J/RgA==?=\r\n =?utf-8?B?0LjQstC10YI=?=\r\nTo: a@b.org\r\n",
        );
        assert_eq!(
            find(&headers, "subject").map(decode_words).as_deref(),
            Some("Привет")
        );
        assert_eq!(find(&headers, "TO"), Some("a@b.org"));
    }

    #[test]
    fn multipart_alternative_gives_text_and_html() {
        let raw = "Subject: x\r\nContent-Type: multipart/alternative;\r\n boundary=\"b1\"\r\n\r\n\
                   preamble\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\
                   Content-Transfer-Encoding: base64\r\n\r\nYXNhbnRl\r\n\
                   --b1\r\nContent-Type: text/html; charset=utf-8\r\n\
                   Content-Transfer-Encoding: quoted-printable\r\n\r\n<p>=C3=A6</p>\r\n--b1--\r\nepilogue\r\n";
        let decoded = decode_message(raw);
        assert_eq!(decoded.text.as_deref(), Some("asante"));
        assert_eq!(decoded.html.as_deref(), Some("<p>æ</p>"));
    }

    #[test]
    fn nested_multipart_and_attachments() {
        let raw = "Content-Type: multipart/mixed; boundary=outer\r\n\r\n--outer\r\n\
                   Content-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n\
                   --inner\r\nContent-Type: text/plain\r\n\r\nhello\r\n--inner--\r\n\
                   --outer\r\nContent-Type: text/html\r\nContent-Disposition: attachment\r\n\r\n<b>no</b>\r\n--outer--\r\n";
        let decoded = decode_message(raw);
        assert_eq!(decoded.text.as_deref(), Some("hello"));
        assert_eq!(decoded.html, None);
    }

    #[test]
    fn single_part_defaults_to_plain_text() {
        let decoded = decode_message("Subject: hi\r\n\r\nline one\r\nline two\r\n");
        assert_eq!(decoded.text.as_deref(), Some("line one\nline two\n"));
        assert_eq!(
            decoded.headers,
            vec![("Subject".to_string(), "hi".to_string())]
        );
    }

    #[test]
    fn content_type_parameters_respect_quotes() {
        let parsed = ContentType::parse(Some(
            "Multipart/Mixed; boundary=\"a;b\\\"c\"; charset=UTF-8",
        ));
        assert_eq!(parsed.mime, "multipart/mixed");
        assert_eq!(parsed.param("boundary"), Some("a;b\"c"));
        assert_eq!(parsed.param("charset"), Some("UTF-8"));
    }
}
