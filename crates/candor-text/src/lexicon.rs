//! Hand-written lexicons (`lexicons/`), embedded at build time, and the
//! matcher that looks tokens up in them.
//!
//! File formats (UTF-8, `#` comments): `sentiment/{lang}.tsv` is
//! `term<TAB>score` (-5..5); `modifiers/{lang}.tsv` is
//! `term<TAB>kind<TAB>value` (negator, intensifier, diminisher, contrast);
//! `aspects/{lang}.tsv` is `aspect<TAB>term`; `stopwords/{lang}.txt` is one
//! lowercase word a line (used by topics). A plain term matches the word
//! and every word with the same stem; `term*` matches words that start with
//! `term`, `*term` words that end with it.

use std::collections::HashSet;

// Fx hashing: these maps hold the lexicons' fixed terms and are only read
// with a text's words, several times per word; SipHash was a tenth of the
// analysis.
use rustc_hash::FxHashMap;

use rust_stemmers::Stemmer;

use crate::tokens::{Token, stemmer};

/// Lexicon file names use `nb` for Norwegian; analysis uses `no`.
pub(crate) fn file_code(language: &str) -> &str {
    if language == "no" { "nb" } else { language }
}

/// `lexicon_files!(dir)` or `lexicon_files!(dir, ".ext")`: the six files of a kind.
macro_rules! lexicon_files {
    ($dir:literal) => {
        lexicon_files!($dir, ".tsv")
    };
    ($dir:literal, $e:literal) => {
        [
            ("en", include_str!(concat!("../lexicons/", $dir, "/en", $e))),
            ("de", include_str!(concat!("../lexicons/", $dir, "/de", $e))),
            ("da", include_str!(concat!("../lexicons/", $dir, "/da", $e))),
            ("nb", include_str!(concat!("../lexicons/", $dir, "/nb", $e))),
            ("ru", include_str!(concat!("../lexicons/", $dir, "/ru", $e))),
            ("sw", include_str!(concat!("../lexicons/", $dir, "/sw", $e))),
        ]
    };
}

const SENTIMENT: [(&str, &str); 6] = lexicon_files!("sentiment");
const MODIFIERS: [(&str, &str); 6] = lexicon_files!("modifiers");
const ASPECTS: [(&str, &str); 6] = lexicon_files!("aspects");
const STOPWORDS: [(&str, &str); 6] = lexicon_files!("stopwords", ".txt");

pub(crate) fn source(kind: &str, language: &str) -> &'static str {
    let table = match kind {
        "sentiment" => &SENTIMENT,
        "modifiers" => &MODIFIERS,
        "stopwords" => &STOPWORDS,
        _ => &ASPECTS,
    };
    let code = file_code(language);
    table
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("", |(_, text)| text)
}

/// Non-comment lines split on tabs, with their line numbers.
pub(crate) fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim_end()))
        .filter(|(_, line)| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(|(n, line)| (n, line.split('\t').map(str::trim).collect()))
}

/// Terms to values, matched on a token's text, its stem, or a wildcard.
#[derive(Debug, Default)]
pub(crate) struct TermMatcher<V> {
    exact: FxHashMap<String, Vec<V>>,
    stems: FxHashMap<String, Vec<V>>,
    prefixes: Vec<(String, V)>,
    suffixes: Vec<(String, V)>,
    /// Indexes into `prefixes` by their first character (`None`: the empty
    /// prefix), longest first: a word is only tried against the prefixes
    /// that can match it, not against all of a few hundred.
    prefixes_by_first: FxHashMap<Option<char>, Vec<usize>>,
    /// The same for `suffixes`, by their last character.
    suffixes_by_last: FxHashMap<Option<char>, Vec<usize>>,
}

impl<V: Clone> TermMatcher<V> {
    pub(crate) fn new() -> Self {
        Self {
            exact: FxHashMap::default(),
            stems: FxHashMap::default(),
            prefixes: Vec::new(),
            suffixes: Vec::new(),
            prefixes_by_first: FxHashMap::default(),
            suffixes_by_last: FxHashMap::default(),
        }
    }

    pub(crate) fn insert(&mut self, term: &str, value: V, stemmer: Option<&Stemmer>) {
        let term = term.to_lowercase();
        if let Some(prefix) = term.strip_suffix('*') {
            self.prefixes.push((prefix.to_string(), value));
        } else if let Some(suffix) = term.strip_prefix('*') {
            self.suffixes.push((suffix.to_string(), value));
        } else {
            if let Some(stemmer) = stemmer {
                self.stems
                    .entry(stemmer.stem(&term).into_owned())
                    .or_default()
                    .push(value.clone());
            }
            self.exact.entry(term).or_default().push(value);
        }
    }

    /// Longest wildcards first, so the most specific entry wins.
    pub(crate) fn finish(mut self) -> Self {
        self.prefixes
            .sort_by_key(|(p, _)| std::cmp::Reverse(p.chars().count()));
        self.suffixes
            .sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
        self.prefixes_by_first = index_by(&self.prefixes, |p| p.chars().next());
        self.suffixes_by_last = index_by(&self.suffixes, |s| s.chars().next_back());
        self
    }

    /// Every value the token matches at its most specific level.
    pub(crate) fn lookup(&self, token: &Token) -> Vec<V> {
        if let Some(values) = self.direct(token) {
            return values.clone();
        }
        self.wildcard(&token.text)
    }

    /// The values of the word itself or its stem, without wildcards.
    pub(crate) fn direct(&self, token: &Token) -> Option<&Vec<V>> {
        self.exact
            .get(&token.text)
            .or_else(|| self.stems.get(&token.stem))
    }

    pub(crate) fn wildcard(&self, word: &str) -> Vec<V> {
        let prefixed = candidates(&self.prefixes_by_first, word.chars().next())
            .map(|i| &self.prefixes[i])
            .find(|(p, _)| word.starts_with(p.as_str()));
        if let Some((_, value)) = prefixed {
            return vec![value.clone()];
        }
        candidates(&self.suffixes_by_last, word.chars().next_back())
            .map(|i| &self.suffixes[i])
            .find(|(s, _)| word.ends_with(s.as_str()))
            .map(|(_, value)| vec![value.clone()])
            .unwrap_or_default()
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.exact.len() + self.prefixes.len() + self.suffixes.len()
    }
}

/// The positions a word with `key` can match: those of its own character
/// first (the longer ones), then the empty term's.
fn candidates(
    index: &FxHashMap<Option<char>, Vec<usize>>,
    key: Option<char>,
) -> impl Iterator<Item = usize> + '_ {
    let own = key.and_then(|k| index.get(&Some(k))).into_iter().flatten();
    own.chain(index.get(&None).into_iter().flatten()).copied()
}

/// Positions of `terms` grouped by `key`, each group in the terms' order.
fn index_by<V>(
    terms: &[(String, V)],
    key: impl Fn(&str) -> Option<char>,
) -> FxHashMap<Option<char>, Vec<usize>> {
    let mut index: FxHashMap<Option<char>, Vec<usize>> = FxHashMap::default();
    for (i, (term, _)) in terms.iter().enumerate() {
        index.entry(key(term)).or_default().push(i);
    }
    index
}

/// How a modifier word changes the sentiment words after it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Modifier {
    Negator,
    /// Multiplies the next sentiment word (> 1 intensifies, < 1 softens).
    Scale(f64),
    /// Weights the rest of the sentence by the value, what came before by its inverse.
    Contrast(f64),
}

/// The lexicons of one language.
pub(crate) struct LanguageLexicon {
    pub(crate) sentiment: TermMatcher<f64>,
    pub(crate) modifiers: TermMatcher<Modifier>,
    pub(crate) aspects: TermMatcher<usize>,
    /// Function words that name no topic, matched on the lowercased word.
    pub(crate) stopwords: HashSet<String>,
}

/// A lexicon line that could not be read: a build defect, caught by tests.
#[derive(Debug, thiserror::Error)]
#[error("lexicons/{file} line {line}: {problem}")]
pub struct LexiconError {
    pub file: String,
    pub line: usize,
    pub problem: String,
}

impl LanguageLexicon {
    pub(crate) fn load(language: &str, aspect_ids: &[&str]) -> Result<Self, LexiconError> {
        let stemmer = stemmer(language);
        let stemmer = stemmer.as_ref();
        let code = file_code(language);
        let error = |kind: &str, line: usize, problem: String| LexiconError {
            file: format!("{kind}/{code}.tsv"),
            line,
            problem,
        };
        let mut sentiment = TermMatcher::new();
        // Emoji and emoticons mean the same in every language: the English file holds them.
        let shared_symbols = rows(source("sentiment", "en")).filter(|(_, f)| {
            f.first()
                .is_some_and(|t| !t.chars().any(char::is_alphabetic))
        });
        let own = rows(source("sentiment", language));
        let rows_iter: Box<dyn Iterator<Item = (usize, Vec<&str>)>> = if code == "en" {
            Box::new(own)
        } else {
            Box::new(own.chain(shared_symbols))
        };
        for (line, fields) in rows_iter {
            let [term, score] = fields[..] else {
                return Err(error("sentiment", line, "expected term<TAB>score".into()));
            };
            let score: f64 = score
                .parse()
                .map_err(|_| error("sentiment", line, format!("bad score {score:?}")))?;
            sentiment.insert(term, score, stemmer);
        }
        let mut modifiers = TermMatcher::new();
        for (line, fields) in rows(source("modifiers", language)) {
            let [term, kind, value] = fields[..] else {
                return Err(error(
                    "modifiers",
                    line,
                    "expected term<TAB>kind<TAB>value".into(),
                ));
            };
            let value: f64 = value
                .parse()
                .map_err(|_| error("modifiers", line, format!("bad value {value:?}")))?;
            let modifier = match kind {
                "negator" => Modifier::Negator,
                "intensifier" | "diminisher" => Modifier::Scale(value),
                "contrast" => Modifier::Contrast(value.max(1.0)),
                other => return Err(error("modifiers", line, format!("unknown kind {other:?}"))),
            };
            // Modifiers match exactly: their stems collide with content words
            // (ru "довольно" would swallow "довольна", satisfied).
            modifiers.insert(term, modifier, None);
        }
        let mut aspects = TermMatcher::new();
        for (line, fields) in rows(source("aspects", language)) {
            let [aspect, term] = fields[..] else {
                return Err(error("aspects", line, "expected aspect<TAB>term".into()));
            };
            let index = aspect_ids
                .iter()
                .position(|a| *a == aspect)
                .ok_or_else(|| error("aspects", line, format!("unknown aspect {aspect:?}")))?;
            aspects.insert(term, index, stemmer);
        }
        let stopwords = rows(source("stopwords", language))
            .filter_map(|(_, fields)| fields.first().map(|w| w.to_string()))
            .collect();
        Ok(Self {
            sentiment: sentiment.finish(),
            modifiers: modifiers.finish(),
            aspects: aspects.finish(),
            stopwords,
        })
    }
}
