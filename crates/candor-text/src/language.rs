//! Language detection over the languages Candor analyses (lingua's n-gram
//! models, compiled in). Short or mixed texts give `und` rather than a
//! confident wrong guess, and a declared language wins unless the text
//! clearly says otherwise.

use lingua::Language as L;
use lingua::LanguageDetectorBuilder;

use crate::chars::is_letter;

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
    function_words: FunctionWords,
}

/// Words read for the function-word check: enough to tell, few enough to
/// stay cheap on long reviews.
const FUNCTION_WORDS_READ: usize = 60;
/// The declared language must have at least this many function words...
const MIN_FUNCTION_WORDS: usize = 3;

/// The function words (the stopword lexicons) of each language Candor
/// analyses. A text whose declared language has at least as many of them
/// as any other language is not "clearly another language", so the n-gram
/// models (some 200 µs for a review) need not be asked: the check that
/// keeps bulk imports fast. Otherwise the models decide.
struct FunctionWords {
    languages: Vec<&'static str>,
    /// Each function word with a bit per language of `languages` it is one of.
    words: rustc_hash::FxHashMap<&'static str, u8>,
}

impl FunctionWords {
    fn new() -> Self {
        let languages: Vec<&'static str> = crate::LANGUAGES.to_vec();
        let mut words = rustc_hash::FxHashMap::default();
        for (bit, language) in languages.iter().enumerate() {
            let list = crate::lexicon::rows(crate::lexicon::source("stopwords", language));
            for (_, fields) in list {
                if let Some(word) = fields.first() {
                    *words.entry(*word).or_insert(0u8) |= 1 << bit;
                }
            }
        }
        Self { languages, words }
    }

    /// With `declared` one of the lexicon languages and confirmed by the
    /// text's function words: the share of them that are `declared`'s
    /// against the best other language's, in [0.5, 1].
    fn confirm(&self, text: &str, declared: &str) -> Option<f64> {
        let declared = if matches!(declared, "nb" | "nn") {
            "no"
        } else {
            declared
        };
        let index = self.languages.iter().position(|l| *l == declared)?;
        let mut hits = vec![0usize; self.languages.len()];
        let words = text
            .split(|c: char| !is_letter(c))
            .filter(|w| !w.is_empty())
            .take(FUNCTION_WORDS_READ);
        let mut lowered = String::new();
        for word in words {
            lowered.clear();
            if word.is_ascii() {
                lowered.push_str(word);
                lowered.make_ascii_lowercase();
            } else {
                lowered.extend(word.chars().flat_map(char::to_lowercase));
            }
            let Some(bits) = self.words.get(lowered.as_str()) else {
                continue;
            };
            for (bit, hit) in hits.iter_mut().enumerate() {
                *hit += usize::from(bits & (1 << bit) != 0);
            }
        }
        let own = hits[index];
        let best_other = hits
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != index)
            .map(|(_, h)| *h)
            .max()
            .unwrap_or(0);
        (own >= MIN_FUNCTION_WORDS && own >= best_other)
            .then(|| own as f64 / (own + best_other) as f64)
    }
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
        Self {
            inner,
            function_words: FunctionWords::new(),
        }
    }

    /// Detects the language of `text`. `declared` is what the writer said
    /// (an ISO 639-1 code, Norwegian as `no`), if anything.
    pub fn detect(&self, text: &str, declared: Option<&str>) -> Detection {
        let declared = declared.filter(|d| !d.is_empty() && *d != UNDETERMINED);
        let end = text
            .char_indices()
            .nth(MAX_CHARS)
            .map_or(text.len(), |(at, _)| at);
        let head = &text[..end];
        let letters = head.chars().filter(|c| is_letter(*c)).take(MIN_LETTERS);
        if letters.count() < MIN_LETTERS {
            return declared.map_or_else(Detection::undetermined, |d| Detection {
                language: d.to_string(),
                confidence: 0.5,
            });
        }
        if let Some(declared) = declared
            && let Some(confidence) = self.function_words.confirm(head, declared)
        {
            return Detection {
                language: declared.to_string(),
                confidence,
            };
        }
        let scores = self.scores(head);
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
