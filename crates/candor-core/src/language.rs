//! Language codes for reviews and for the interface.

use serde::{Deserialize, Serialize};

use crate::validate::FieldError;

/// A review's language as an ISO 639-1 code, lowercase. Norwegian Bokmål and
/// Nynorsk are stored as `no`, because reviewers (and language detection) do
/// not reliably tell them apart.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Language(String);

impl Language {
    /// Parses a declared language: a BCP 47 tag whose primary subtag is two or
    /// three ASCII letters (`de`, `de-AT`, `nb_NO`, `swa` is refused: use `sw`).
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let primary = raw
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let subtags_ok = raw.trim().split(['-', '_']).all(|sub| {
            (1..=8).contains(&sub.len()) && sub.bytes().all(|b| b.is_ascii_alphanumeric())
        });
        let well_formed =
            subtags_ok && primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase());
        if !well_formed {
            return Err(FieldError::new(
                "language",
                "invalid_language",
                format!("language must be an ISO 639-1 code such as en or de, not {raw:?}"),
            ));
        }
        Ok(Self(match primary.as_str() {
            "nb" | "nn" => "no".to_string(),
            _ => primary,
        }))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Rebuilds a code read back from storage, where it was valid when written.
    pub fn from_stored(code: String) -> Self {
        Self(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_variants_collapse_to_no() {
        for tag in ["nb", "nn", "no", "nb-NO", "NB_no"] {
            assert_eq!(
                Language::parse(tag).map(|l| l.0),
                Ok("no".to_string()),
                "{tag}"
            );
        }
    }

    #[test]
    fn region_is_dropped_and_junk_refused() {
        assert_eq!(Language::parse("de-AT").map(|l| l.0), Ok("de".to_string()));
        for bad in ["", "english", "d", "1e", "<b>", "de--AT", "de-<x>"] {
            assert!(Language::parse(bad).is_err(), "{bad}");
        }
    }
}
