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
    /// Indexes into `prefixes` by their first two characters (fewer for
    /// shorter prefixes), longest first: a word is only tried against the
    /// prefixes that can match it, not against all of a few hundred (Danish
    /// has 475, many sharing a first letter).
    prefixes_by_start: FxHashMap<Edge, Vec<usize>>,
    /// The same for `suffixes`, by their last two characters.
    suffixes_by_end: FxHashMap<Edge, Vec<usize>>,
}

impl<V: Clone> TermMatcher<V> {
    pub(crate) fn new() -> Self {
        Self {
            exact: FxHashMap::default(),
            stems: FxHashMap::default(),
            prefixes: Vec::new(),
            suffixes: Vec::new(),
            prefixes_by_start: FxHashMap::default(),
            suffixes_by_end: FxHashMap::default(),
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
        self.prefixes_by_start = index_by(&self.prefixes, |p| edge(p.chars()));
        self.suffixes_by_end = index_by(&self.suffixes, |s| edge(s.chars().rev()));
        self
    }

    /// Every value the token matches at its most specific level.
    pub(crate) fn lookup(&self, token: &Token) -> &[V] {
        match self.direct(token) {
            Some(values) => values,
            None => self.wildcard(&token.text),
        }
    }

    /// The values of the word itself or its stem, without wildcards.
    pub(crate) fn direct(&self, token: &Token) -> Option<&Vec<V>> {
        self.exact
            .get(&token.text)
            .or_else(|| self.stems.get(&token.stem))
    }

    /// The value of the longest prefix or, failing that, suffix term
    /// matching `word` (none or one: borrowed, as every caller only reads it).
    pub(crate) fn wildcard(&self, word: &str) -> &[V] {
        let prefixed = candidates(&self.prefixes_by_start, edge(word.chars()))
            .map(|i| &self.prefixes[i])
            .find(|(p, _)| word.starts_with(p.as_str()));
        if let Some((_, value)) = prefixed {
            return std::slice::from_ref(value);
        }
        candidates(&self.suffixes_by_end, edge(word.chars().rev()))
            .map(|i| &self.suffixes[i])
            .find(|(s, _)| word.ends_with(s.as_str()))
            .map_or(&[], |(_, value)| std::slice::from_ref(value))
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.exact.len() + self.prefixes.len() + self.suffixes.len()
    }
}

/// The first two characters of a term or word (or its last two, read
/// backwards), `None` past its end.
type Edge = (Option<char>, Option<char>);

fn edge(mut chars: impl Iterator<Item = char>) -> Edge {
    let first = chars.next();
    let second = first.and_then(|_| chars.next());
    (first, second)
}

/// The positions a word with `edge` can match, longest terms first: those
/// sharing its two characters, then its one, then the empty term's. Terms
/// of two characters or more that match the word share both of its, so the
/// order is the longest-first order of all terms.
fn candidates(index: &FxHashMap<Edge, Vec<usize>>, edge: Edge) -> impl Iterator<Item = usize> + '_ {
    let keys = [edge, (edge.0, None), (None, None)];
    keys.into_iter()
        .enumerate()
        .filter(move |(i, key)| !keys[..*i].contains(key))
        .filter_map(|(_, key)| index.get(&key))
        .flatten()
        .copied()
}

/// Positions of `terms` grouped by `key`, each group in the terms' order.
fn index_by<V>(terms: &[(String, V)], key: impl Fn(&str) -> Edge) -> FxHashMap<Edge, Vec<usize>> {
    let mut index: FxHashMap<Edge, Vec<usize>> = FxHashMap::default();
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

#[cfg(test)]
#[path = "lexicon_tests.rs"]
mod tests;
