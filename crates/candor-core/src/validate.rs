//! The one error type of input validation: which field, a stable code, and
//! words a person can read. Layers above map it to HTTP 422 or a form message.

use std::fmt;

/// A field that failed validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The input field, as named in the API and the forms (`rating`, `body`, ...).
    pub field: &'static str,
    /// A stable machine-readable code (`required`, `too_long`, `out_of_range`, ...).
    pub code: &'static str,
    /// An English sentence for API clients; pages translate by `code`.
    pub message: String,
}

impl FieldError {
    pub fn new(field: &'static str, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            code,
            message: message.into(),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for FieldError {}

/// Trims `raw` and checks its length in characters (not bytes).
pub fn text(
    field: &'static str,
    raw: &str,
    required: bool,
    max_chars: usize,
) -> Result<String, FieldError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() && required {
        return Err(FieldError::new(
            field,
            "required",
            format!("{field} is required"),
        ));
    }
    let (chars, forbidden) = measure(trimmed);
    if chars > max_chars {
        return Err(FieldError::new(
            field,
            "too_long",
            format!("{field} has {chars} characters; the limit is {max_chars}"),
        ));
    }
    if forbidden {
        return Err(FieldError::new(
            field,
            "control_characters",
            format!("{field} contains control characters"),
        ));
    }
    Ok(trimmed.to_string())
}

/// `text`'s length in characters and whether it holds a forbidden control
/// character, in one pass (bulk imports check millions of texts).
fn measure(text: &str) -> (usize, bool) {
    if text.is_ascii() {
        let forbidden = text
            .bytes()
            .any(|b| (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t')) || b == 0x7f);
        return (text.len(), forbidden);
    }
    text.chars().fold((0, false), |(chars, forbidden), c| {
        (chars + 1, forbidden || is_forbidden_control(c))
    })
}

/// Control characters other than line breaks and tabs have no place in a review,
/// and NUL in particular is rejected by PostgreSQL text columns.
fn is_forbidden_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_trims_and_counts_characters_not_bytes() {
        assert_eq!(text("t", "  ПРИВЕТ ", true, 6), Ok("ПРИВЕТ".to_string()));
        assert_eq!(
            text("t", "ПРИВЕТ!", true, 6).map_err(|e| e.code),
            Err("too_long")
        );
    }

    #[test]
    fn text_rejects_empty_required_and_nul() {
        assert_eq!(
            text("body", "   ", true, 10).map_err(|e| e.code),
            Err("required")
        );
        assert_eq!(text("body", "", false, 10), Ok(String::new()));
        assert_eq!(
            text("body", "a\0b", true, 10).map_err(|e| e.code),
            Err("control_characters")
        );
        assert_eq!(text("body", "a\nb\tc", true, 10), Ok("a\nb\tc".to_string()));
    }

    #[test]
    fn text_finds_control_characters_in_ascii_and_in_other_text() {
        for raw in ["a\u{7f}b", "a\u{1b}b", "æ\u{85}ø", "æ\u{0}ø"] {
            assert_eq!(
                text("body", raw, true, 10).map_err(|e| e.code),
                Err("control_characters"),
                "{raw:?}"
            );
        }
        assert_eq!(text("body", "æ\r\nø", true, 4), Ok("æ\r\nø".to_string()));
    }
}
