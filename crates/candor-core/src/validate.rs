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
    check_text(field, trimmed, required, max_chars)?;
    Ok(trimmed.to_string())
}

/// [`text`] of an owned string, kept as it is when there is nothing to
/// trim (bulk imports check millions of texts).
pub fn text_owned(
    field: &'static str,
    raw: String,
    required: bool,
    max_chars: usize,
) -> Result<String, FieldError> {
    if raw.trim().len() != raw.len() {
        return text(field, &raw, required, max_chars);
    }
    check_text(field, &raw, required, max_chars)?;
    Ok(raw)
}

fn check_text(
    field: &'static str,
    trimmed: &str,
    required: bool,
    max_chars: usize,
) -> Result<(), FieldError> {
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
    Ok(())
}

/// `text`'s length in characters and whether it holds a forbidden control
/// character, in one pass over the bytes. In UTF-8 a character starts at
/// every byte but continuation bytes (`10xxxxxx`); the controls are the
/// ASCII ones and U+0080 to U+009F, encoded `C2 80` to `C2 9F`.
fn measure(text: &str) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut chars = 0;
    let mut forbidden = false;
    for (i, &b) in bytes.iter().enumerate() {
        chars += usize::from(b & 0xC0 != 0x80);
        forbidden |= (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t'))
            || b == 0x7f
            || (b == 0xC2
                && bytes
                    .get(i + 1)
                    .is_some_and(|next| (0x80..=0x9F).contains(next)));
    }
    (chars, forbidden)
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
        assert_eq!(
            text("body", "æ\u{a0}ø", true, 3),
            Ok("æ\u{a0}ø".to_string())
        );
        for raw in ["  æ ", "æ"] {
            assert_eq!(
                text_owned("body", raw.to_string(), true, 1),
                Ok("æ".to_string())
            );
        }
        assert_eq!(
            text_owned("body", "æ\u{85}ø".to_string(), true, 9).map_err(|e| e.code),
            Err("control_characters")
        );
    }
}
