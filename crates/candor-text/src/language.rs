//! Language detection over the languages Candor analyses (lingua's n-gram
//! models, compiled in). Short or mixed texts give `und` rather than a
//! confident wrong guess, and a declared language wins unless the text
//! clearly says otherwise.

use lingua::Language as L;
use lingua::LanguageDetectorBuilder;

/// The code for "undetermined" (ISO 639-2).
pub const UNDETERMINED: &str = "und";

/// Below this many letters a text is too short to tell.
const MIN_LETTERS: usize = 12;
/// Texts are judged on their start: enough to tell, and cheap on long reviews.
const MAX_CHARS: usize = 1_000;
/// Without a declared language, the best guess must reach this confidence.
const MIN_CONFIDENCE: f64 = 0.6;
/// A declared language is overruled only by a detection this confident...
const OVERRULE_CONFIDENCE: f64 = 0.9;
/// ...in which the declared language itself scores below this.
const DECLARED_FLOOR: f64 = 0.05;

const CANDIDATES: [L; 8] = [
    L::English,
    L::German,
    L::Danish,
    L::Bokmal,
    L::Nynorsk,
    L::Russian,
    L::Swahili,
    L::Swedish,
];

/// A detected language code (`en`, `de`, `da`, `no`, `ru`, `sw`, `sv` or `und`) and its confidence in [0, 1].
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    pub language: String,
    pub confidence: f64,
}

impl Detection {
    fn undetermined() -> Self {
        Self {
            language: UNDETERMINED.to_string(),
            confidence: 0.0,
        }
    }
}

pub struct LanguageDetector {
    inner: lingua::LanguageDetector,
}

impl Default for LanguageDetector {
    fn default() -> Self {
        Self::new()
    }
}

fn code(language: L) -> &'static str {
    match language {
        L::English => "en",
        L::German => "de",
        L::Danish => "da",
        L::Bokmal | L::Nynorsk => "no",
        L::Russian => "ru",
        L::Swahili => "sw",
        L::Swedish => "sv",
    }
}

impl LanguageDetector {
    pub fn new() -> Self {
        let inner = LanguageDetectorBuilder::from_languages(&CANDIDATES)
            .with_preloaded_language_models()
            .build();
        Self { inner }
    }

    /// Detects the language of `text`. `declared` is what the writer said
    /// (an ISO 639-1 code, Norwegian as `no`), if anything.
    pub fn detect(&self, text: &str, declared: Option<&str>) -> Detection {
        let declared = declared.filter(|d| !d.is_empty() && *d != UNDETERMINED);
        let head: String = text.chars().take(MAX_CHARS).collect();
        if head.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
            return declared.map_or_else(Detection::undetermined, |d| Detection {
                language: d.to_string(),
                confidence: 0.5,
            });
        }
        let scores = self.scores(&head);
        let Some((best, best_confidence)) = scores.first().cloned() else {
            return Detection::undetermined();
        };
        if let Some(declared) = declared {
            let declared_score = scores
                .iter()
                .find(|(c, _)| c == declared)
                .map_or(0.0, |(_, s)| *s);
            let contradicted = best != declared
                && best_confidence >= OVERRULE_CONFIDENCE
                && declared_score < DECLARED_FLOOR;
            if !contradicted {
                return Detection {
                    language: declared.to_string(),
                    confidence: declared_score.max(0.5),
                };
            }
        }
        if best_confidence >= MIN_CONFIDENCE {
            Detection {
                language: best,
                confidence: best_confidence,
            }
        } else {
            Detection {
                language: UNDETERMINED.to_string(),
                confidence: best_confidence,
            }
        }
    }

    /// Confidence per Candor language code (Bokmål and Nynorsk summed), best first.
    fn scores(&self, text: &str) -> Vec<(String, f64)> {
        let mut merged: Vec<(String, f64)> = Vec::new();
        for (language, confidence) in self.inner.compute_language_confidence_values(text) {
            let code = code(language).to_string();
            match merged.iter_mut().find(|(c, _)| *c == code) {
                Some(entry) => entry.1 += confidence,
                None => merged.push((code, confidence)),
            }
        }
        merged.sort_by(|a, b| b.1.total_cmp(&a.1));
        merged
    }
}

#[cfg(test)]
#[path = "language_tests.rs"]
mod tests;
