//! Education cues: some complaints come from customers who misunderstood how
//! something is meant to work (a video doorbell's motion sensor waits 5-10 s
//! on purpose). The first sentence that shows such confusion ("I didn't
//! know", "how do I", "is it normal that", "the manual doesn't say") is a
//! candidate for an FAQ entry; the caller words the question from the kind.
//!
//! Also holds the negation reading that `promises` shares: a negator of the
//! crate's modifier lexicons among the three words before a phrase, or a
//! Swahili negative verb form.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::aspects::ASPECTS;
use crate::journey::{Hit, PhraseMatcher, language_code, load_all, words};
use crate::lexicon::{LanguageLexicon, LexiconError, Modifier};
use crate::sentiment;
use crate::tokens::{Token, TokenKind, sentences};

/// What kind of confusion a cue shows, for picking a translated template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CueKind {
    /// "I didn't know", "nobody told me", "wasn't explained".
    DidNotKnow,
    /// "How do I", "couldn't figure out", "couldn't find where".
    HowTo,
    /// "Is it normal that", "why does it".
    IsItNormal,
    /// "I expected it to", "it's supposed to".
    Expectation,
    /// "The instructions are unclear", "confusing", "the manual doesn't say".
    UnclearInstructions,
}

impl CueKind {
    pub const ALL: [CueKind; 5] = [
        Self::DidNotKnow,
        Self::HowTo,
        Self::IsItNormal,
        Self::Expectation,
        Self::UnclearInstructions,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::DidNotKnow => "did-not-know",
            Self::HowTo => "how-to",
            Self::IsItNormal => "is-it-normal",
            Self::Expectation => "expectation",
            Self::UnclearInstructions => "unclear-instructions",
        }
    }
}

/// The first sentence of a review that shows confusion about intended behaviour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EducationCue {
    /// Index into [`crate::sentences`] of the text.
    pub sentence_index: usize,
    pub sentence: String,
    /// The words that showed it, lowercased ("didn't know").
    pub marker: String,
    pub kind: CueKind,
}

impl EducationCue {
    pub fn marker_kind(&self) -> CueKind {
        self.kind
    }
}

/// What a rule names: a cue by itself, or a word about the documentation
/// ("manual") that is a cue only in a sentence that negates or complains
/// ("the manual doesn't explain it"), not in "the manual is great".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    Cue(CueKind),
    Docs,
}

fn marker_of(id: &str) -> Option<Marker> {
    if id == "docs" {
        return Some(Marker::Docs);
    }
    CueKind::ALL
        .into_iter()
        .find(|k| k.as_str() == id)
        .map(Marker::Cue)
}

const EDUCATION_FILES: [(&str, &str); 6] = [
    ("en", include_str!("../lexicons/education/en.tsv")),
    ("de", include_str!("../lexicons/education/de.tsv")),
    ("da", include_str!("../lexicons/education/da.tsv")),
    ("no", include_str!("../lexicons/education/nb.tsv")),
    ("ru", include_str!("../lexicons/education/ru.tsv")),
    ("sw", include_str!("../lexicons/education/sw.tsv")),
];

type Lexicons = HashMap<&'static str, PhraseMatcher<Marker>>;

fn load_education() -> Result<Lexicons, LexiconError> {
    load_all("education", &EDUCATION_FILES, marker_of)
}

/// Loaded once; a broken file is a build defect the tests catch.
fn education_lexicons() -> &'static Lexicons {
    static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
    LEXICONS.get_or_init(|| load_education().unwrap_or_default())
}

/// The first sentence of `text` (in `language`) showing confusion about how
/// something is meant to work, if any.
pub fn education_cue(text: &str, language: &str) -> Option<EducationCue> {
    let language = language_code(language);
    let matcher = education_lexicons().get(language)?;
    sentences(text)
        .into_iter()
        .enumerate()
        .find_map(|(index, sentence)| {
            let tokens = words(sentence, language);
            let (kind, hit) = sentence_cue(matcher, &tokens, language)?;
            Some(EducationCue {
                sentence_index: index,
                sentence: sentence.to_string(),
                marker: marker_text(&tokens, &hit),
                kind,
            })
        })
}

/// A cue phrase of the sentence, else a documentation word in a sentence
/// that negates or complains.
fn sentence_cue(
    matcher: &PhraseMatcher<Marker>,
    tokens: &[Token],
    language: &str,
) -> Option<(CueKind, Hit<Marker>)> {
    let hits = matcher.find(tokens);
    let cue = hits.iter().find_map(|hit| match hit.value {
        Marker::Cue(kind) => Some((kind, hit.clone())),
        Marker::Docs => None,
    });
    if cue.is_some() {
        return cue;
    }
    let docs = hits.into_iter().find(|h| h.value == Marker::Docs)?;
    complains(tokens, language).then_some((CueKind::UnclearInstructions, docs))
}

fn complains(tokens: &[Token], language: &str) -> bool {
    tokens.iter().any(|t| is_negator(t, language))
        || base_lexicon(language)
            .is_some_and(|lexicon| sentiment::score(tokens, lexicon, language).raw < 0.0)
}

fn marker_text(tokens: &[Token], hit: &Hit<Marker>) -> String {
    tokens
        .iter()
        .skip(hit.start)
        .take(hit.len)
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

// ---- negation and the crate's lexicons, shared with `promises` ----

/// Words before a phrase that a negator reaches, as in sentiment scoring.
const NEGATION_REACH: usize = 3;

/// The crate's lexicons of a stored language code, loaded once: a copy
/// beside any `Analyzer`'s, since these functions are called without one.
pub(crate) fn base_lexicon(language: &str) -> Option<&'static LanguageLexicon> {
    static LEXICONS: OnceLock<HashMap<&'static str, LanguageLexicon>> = OnceLock::new();
    LEXICONS
        .get_or_init(|| {
            crate::LANGUAGES
                .iter()
                .filter_map(|l| Some((*l, LanguageLexicon::load(l, &ASPECTS).ok()?)))
                .collect()
        })
        .get(language)
}

fn modifier(token: &Token, language: &str) -> Option<Modifier> {
    if token.kind != TokenKind::Word {
        return None;
    }
    base_lexicon(language)?
        .modifiers
        .lookup(token)
        .first()
        .copied()
}

/// A negation word of the modifier lexicon, or a Swahili negative verb.
pub(crate) fn is_negator(token: &Token, language: &str) -> bool {
    modifier(token, language) == Some(Modifier::Negator)
        || (language == "sw" && token.kind == TokenKind::Word && swahili_negative(&token.text))
}

/// Whether the tokens `start..start + len` are negated: a negator among the
/// few words before them in the same clause (not across "but"), or, in
/// Swahili, a negative verb form among them ("haukuidhinishwa", was not
/// approved).
pub(crate) fn negated(tokens: &[Token], start: usize, len: usize, language: &str) -> bool {
    let inside = tokens.iter().skip(start).take(len);
    if language == "sw" && inside.clone().any(|t| swahili_negative(&t.text)) {
        return true;
    }
    tokens
        .iter()
        .take(start)
        .rev()
        .take_while(|t| {
            t.kind != TokenKind::Break
                && !matches!(modifier(t, language), Some(Modifier::Contrast(_)))
        })
        .filter(|t| t.kind == TokenKind::Word)
        .take(NEGATION_REACH)
        .any(|t| is_negator(t, language))
}

/// Negative subject prefixes, longest first: si- (I), hu- (you), ha- (he,
/// she), hatu-, ham(u)-, hawa-, and the noun-class forms (hai-, hazi-...).
const SW_NEGATIVE_SUBJECTS: [&str; 16] = [
    "hawa", "hatu", "hamu", "hazi", "hali", "haya", "haki", "havi", "haku", "hapa", "ham", "hai",
    "hau", "ha", "si", "hu",
];
/// Look like a negative verb but are not (hatari: danger, sikuzote: always,
/// hujambo: a greeting) or are the habitual hu- (hukutana: usually meet).
const SW_NOT_NEGATIVE: [&str; 9] = [
    "hatari", "sikukuu", "sikuzote", "hukumu", "hujambo", "hamjambo", "hukutana", "hujaribu",
    "hujaza",
];
/// Present-tense negatives (final -i, no tense marker) common in reviews;
/// the pattern alone would also take nouns such as habari and hadithi.
const SW_NEGATIVE_PRESENT: [&str; 24] = [
    "haifanyi",
    "hazifanyi",
    "haifai",
    "hazifai",
    "haiwezi",
    "haziwezi",
    "siwezi",
    "hawezi",
    "hatuwezi",
    "sipati",
    "hatupati",
    "haipatikani",
    "hazipatikani",
    "haifiki",
    "hazifiki",
    "sijui",
    "hajui",
    "hatujui",
    "hawajui",
    "sielewi",
    "haieleweki",
    "hawajibu",
    "hajibu",
    "haitoshi",
];

/// A Swahili verb with a negative subject prefix and a tense marker: -ku-
/// past (haikuwa), -ja- not yet (hajafika), -ta- future (hatafika).
fn swahili_negative(word: &str) -> bool {
    if SW_NEGATIVE_PRESENT.contains(&word) {
        return true;
    }
    if SW_NOT_NEGATIVE.contains(&word) {
        return false;
    }
    SW_NEGATIVE_SUBJECTS
        .iter()
        .filter_map(|prefix| word.strip_prefix(prefix))
        .any(|rest| {
            rest.chars().count() >= 4 && ["ku", "ja", "ta"].iter().any(|t| rest.starts_with(t))
        })
}

#[cfg(test)]
#[path = "education_tests.rs"]
mod tests;
