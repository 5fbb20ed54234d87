//! Low-level PDF syntax: numbers, strings, streams, objects and the xref table.

use std::fmt::Write as _;

/// Largest coordinate magnitude written. Readers are only required to handle
/// reals up to about ±32767 in some places; anything beyond a page is a caller
/// bug, so clamping keeps the file valid instead of writing `inf` or `1e38`.
const COORD_LIMIT: f32 = 32_767.0;

/// Formats a number for a content stream: at most two decimals, no exponent,
/// no trailing zeros, never `NaN`/`inf`/`-0`.
pub(crate) fn num(v: f32) -> String {
    let v = if v.is_finite() {
        v.clamp(-COORD_LIMIT, COORD_LIMIT)
    } else {
        0.0
    };
    let mut s = format!("{v:.2}");
    if s.contains('.') {
        let trimmed = s.trim_end_matches('0').trim_end_matches('.').len();
        s.truncate(trimmed);
    }
    if s == "-0" {
        s.remove(0);
    }
    s
}

/// A text string as UTF-16BE hex with a byte-order mark, the one encoding
/// that holds any Unicode text in `/Info` without escaping rules.
pub(crate) fn text_string(s: &str) -> String {
    let mut out = String::from("<FEFF");
    for unit in s.encode_utf16() {
        let _ = write!(out, "{unit:04X}");
    }
    out.push('>');
    out
}

/// zlib-wrapped DEFLATE, which is what `/FlateDecode` expects.
pub(crate) fn deflate(data: &[u8], level: u8) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, level)
}

/// Writes numbered objects and remembers where each starts for the xref
/// table. Objects must be written in id order 1, 2, 3, …; ids are planned
/// before writing so that forward references are known.
pub(crate) struct PdfWriter {
    buf: Vec<u8>,
    offsets: Vec<usize>,
}

impl PdfWriter {
    pub(crate) fn new() -> Self {
        // The comment of four bytes above 127 tells transfer tools the file
        // is binary (PDF 1.7, 7.5.2).
        let mut buf = b"%PDF-1.7\n%".to_vec();
        buf.extend_from_slice(&[0xE2, 0xE3, 0xCF, 0xD3, b'\n']);
        Self {
            buf,
            offsets: Vec::new(),
        }
    }

    /// Id the next written object will get.
    pub(crate) fn next_id(&self) -> usize {
        self.offsets.len() + 1
    }

    fn begin(&mut self, id: usize) {
        debug_assert_eq!(id, self.next_id(), "objects written out of order");
        self.offsets.push(self.buf.len());
        self.buf
            .extend_from_slice(format!("{id} 0 obj\n").as_bytes());
    }

    /// Writes `id 0 obj <dict> endobj`.
    pub(crate) fn object(&mut self, id: usize, dict: &str) {
        self.begin(id);
        self.buf.extend_from_slice(dict.as_bytes());
        self.buf.extend_from_slice(b"\nendobj\n");
    }

    /// Writes a stream object whose `data` is already Flate-compressed;
    /// `extra` holds further dictionary entries.
    pub(crate) fn stream(&mut self, id: usize, extra: &str, data: &[u8]) {
        self.begin(id);
        let dict = format!(
            "<< /Length {} /Filter /FlateDecode{extra} >>\nstream\n",
            data.len()
        );
        self.buf.extend_from_slice(dict.as_bytes());
        self.buf.extend_from_slice(data);
        self.buf.extend_from_slice(b"\nendstream\nendobj\n");
    }

    /// Writes the xref table and trailer and returns the file.
    pub(crate) fn finish(mut self, root: usize, info: usize) -> Vec<u8> {
        let xref_at = self.buf.len();
        let size = self.offsets.len() + 1;
        let mut tail = format!("xref\n0 {size}\n0000000000 65535 f \n");
        for offset in &self.offsets {
            // Each entry is exactly 20 bytes, ending in space + newline.
            let _ = writeln!(tail, "{offset:010} 00000 n ");
        }
        let _ = write!(
            tail,
            "trailer\n<< /Size {size} /Root {root} 0 R /Info {info} 0 R >>\n\
             startxref\n{xref_at}\n%%EOF\n"
        );
        self.buf.extend_from_slice(tail.as_bytes());
        self.buf
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_plain_pdf_reals() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(0.5), "0.5");
        assert_eq!(num(595.28), "595.28");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
        assert_eq!(num(f32::INFINITY), "0");
        assert_eq!(num(1e30), "32767");
        assert_eq!(num(-12.345), "-12.35");
    }

    #[test]
    fn text_strings_are_utf16_hex() {
        assert_eq!(text_string("Aж"), "<FEFF00410436>");
        assert_eq!(text_string("😀"), "<FEFFD83DDE00>");
    }
}
