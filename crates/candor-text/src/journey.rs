//! Customer-journey stages a review talks about ("the advert said...", "the
//! courier was late", "support never answered"), sentence by sentence in
//! text order, so a problem can be placed where it starts and where it ends.
//!
//! This module also holds the phrase rules that `education` and `promises`
//! share. A lexicon line is `id<TAB>rule, rule, ...`; a rule is one or more
//! words matched on consecutive tokens of one clause, each word `plain` (the
//! word or any word with the same Snowball stem, as in the aspect lexicons),
//! `prefix*`, `*suffix`, or `=exact` (the word alone: stems sometimes join
//! unrelated words, Danish "billig" stems to "bil"). The id `ignore` takes an
//! idiom out of play without naming anything ("in order to").

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::OnceLock;

use rust_stemmers::Stemmer;
use serde::{Deserialize, Serialize};

use crate::lexicon::{LexiconError, file_code, rows};
use crate::tokens::{Token, TokenKind, sentences, stemmer, tokenize};

/// Where in the customer's journey a sentence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JourneyStage {
    BeforePurchase,
    Ordering,
    Delivery,
    Use,
    Support,
    Returns,
}

impl JourneyStage {
    pub const ALL: [JourneyStage; 6] = [
        Self::BeforePurchase,
        Self::Ordering,
        Self::Delivery,
        Self::Use,
        Self::Support,
        Self::Returns,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::BeforePurchase => "before-purchase",
            Self::Ordering => "ordering",
            Self::Delivery => "delivery",
            Self::Use => "use",
            Self::Support => "support",
            Self::Returns => "returns",
        }
    }
}

/// A stage name that is not one of [`JourneyStage::as_str`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown journey stage {0:?}")]
pub struct UnknownStage(pub String);

impl FromStr for JourneyStage {
    type Err = UnknownStage;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == name)
            .ok_or_else(|| UnknownStage(name.to_string()))
    }
}

/// A stage named in sentence `sentence` (index into [`sentences`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StageMention {
    pub stage: JourneyStage,
    pub sentence: usize,
}

const JOURNEY_FILES: [(&str, &str); 6] = [
    ("en", include_str!("../lexicons/journey/en.tsv")),
    ("de", include_str!("../lexicons/journey/de.tsv")),
    ("da", include_str!("../lexicons/journey/da.tsv")),
    ("no", include_str!("../lexicons/journey/nb.tsv")),
    ("ru", include_str!("../lexicons/journey/ru.tsv")),
    ("sw", include_str!("../lexicons/journey/sw.tsv")),
];

pub(crate) fn load_journey()
-> Result<HashMap<&'static str, PhraseMatcher<JourneyStage>>, LexiconError> {
    load_all("journey", &JOURNEY_FILES, |id| id.parse().ok())
}

/// Loaded once; a broken lexicon is a build defect that the tests catch, so
/// at run time it only means no stages are found.
fn journey_lexicons() -> &'static HashMap<&'static str, PhraseMatcher<JourneyStage>> {
    static LEXICONS: OnceLock<HashMap<&'static str, PhraseMatcher<JourneyStage>>> = OnceLock::new();
    LEXICONS.get_or_init(|| load_journey().unwrap_or_default())
}

/// The stages `text` (in `language`) goes through, in text order. A sentence
/// may name several; a stage repeated right after itself is listed once.
pub fn journey_stages(text: &str, language: &str) -> Vec<StageMention> {
    let Some(matcher) = journey_lexicons().get(language_code(language)) else {
        return Vec::new();
    };
    let mut mentions: Vec<StageMention> = Vec::new();
    for (index, sentence) in sentences(text).into_iter().enumerate() {
        for hit in matcher.find(&words(sentence, language_code(language))) {
            if mentions.last().is_none_or(|m| m.stage != hit.value) {
                mentions.push(StageMention {
                    stage: hit.value,
                    sentence: index,
                });
            }
        }
    }
    mentions
}

/// Where the problem starts and where it ends: the first and last stage.
pub fn journey_path(mentions: &[StageMention]) -> Option<(JourneyStage, JourneyStage)> {
    Some((mentions.first()?.stage, mentions.last()?.stage))
}

// ---- phrase rules shared with `education` and `promises` ----

/// The lexicon id whose rules consume an idiom without naming anything.
const IGNORE: &str = "ignore";
/// Longest rule word, in characters (as for business keywords).
const MAX_WORD_CHARS: usize = 40;

/// Stored language code: `nb`/`nn` are read as `no`.
pub(crate) fn language_code(language: &str) -> &str {
    match language {
        "nb" | "nn" => "no",
        other => other,
    }
}

/// Tokens of a sentence, typographic apostrophes made plain so "didn’t"
/// matches "didn't".
pub(crate) fn words(sentence: &str, language: &str) -> Vec<Token> {
    tokenize(&sentence.replace('\u{2019}', "'"), language)
}

/// One word of a rule.
#[derive(Debug, Clone)]
enum Part {
    Word { text: String, stem: String },
    Exact(String),
    Prefix(String),
    Suffix(String),
}

impl Part {
    fn parse(word: &str, stemmer: Option<&Stemmer>) -> Self {
        if let Some(exact) = word.strip_prefix('=') {
            Self::Exact(exact.to_string())
        } else if let Some(prefix) = word.strip_suffix('*') {
            Self::Prefix(prefix.to_string())
        } else if let Some(suffix) = word.strip_prefix('*') {
            Self::Suffix(suffix.to_string())
        } else {
            let stem = stemmer.map_or_else(|| word.to_string(), |s| s.stem(word).into_owned());
            Self::Word {
                text: word.to_string(),
                stem,
            }
        }
    }

    fn matches(&self, token: &Token) -> bool {
        token.kind == TokenKind::Word
            && match self {
                Self::Word { text, stem } => token.text == *text || token.stem == *stem,
                Self::Exact(text) => token.text == *text,
                Self::Prefix(prefix) => token.text.starts_with(prefix.as_str()),
                Self::Suffix(suffix) => token.text.ends_with(suffix.as_str()),
            }
    }
}

/// Why a lexicon rule word cannot be used (business keywords are checked
/// with the stricter [`crate::keyword_problem`]).
fn rule_word_problem(word: &str) -> Option<&'static str> {
    let core = word.strip_prefix('=').unwrap_or(word);
    let core = core.trim_start_matches('*').trim_end_matches('*');
    if core.is_empty() || core.chars().count() > MAX_WORD_CHARS {
        return Some("a rule word has 1 to 40 letters");
    }
    if (word.starts_with('*') && word.ends_with('*'))
        || (word.starts_with('=') && word.contains('*'))
    {
        return Some("a rule word has one marker: =word, prefix* or *suffix");
    }
    if !core.chars().all(|c| c.is_alphanumeric() || c == '\'') {
        return Some("a rule word has letters, digits and apostrophes only");
    }
    None
}

/// A rule that matched `len` tokens from token `start`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Hit<V> {
    pub(crate) value: V,
    pub(crate) start: usize,
    pub(crate) len: usize,
}

/// Rules indexed by their first word, so a token is looked up, not compared
/// with every rule.
#[derive(Debug)]
pub(crate) struct PhraseMatcher<V> {
    rules: Vec<(Vec<Part>, Option<V>)>,
    by_text: HashMap<String, Vec<usize>>,
    by_stem: HashMap<String, Vec<usize>>,
    by_prefix: HashMap<String, Vec<usize>>,
    by_suffix: HashMap<String, Vec<usize>>,
    /// Longest first-word wildcards, in characters: a token is looked up by
    /// its prefixes and suffixes up to these lengths only, so a freak
    /// 100,000-letter "word" costs no more than a normal one.
    longest_prefix: usize,
    longest_suffix: usize,
}

impl<V> Default for PhraseMatcher<V> {
    fn default() -> Self {
        Self {
            rules: Vec::new(),
            by_text: HashMap::new(),
            by_stem: HashMap::new(),
            by_prefix: HashMap::new(),
            by_suffix: HashMap::new(),
            longest_prefix: 0,
            longest_suffix: 0,
        }
    }
}

impl<V: Clone + PartialEq> PhraseMatcher<V> {
    /// Adds `rule` (lowercased); `None` is an idiom to consume silently.
    pub(crate) fn insert(
        &mut self,
        rule: &str,
        value: Option<V>,
        stemmer: Option<&Stemmer>,
    ) -> Result<(), &'static str> {
        let rule = rule.to_lowercase();
        let words: Vec<&str> = rule.split_whitespace().collect();
        if words.is_empty() {
            return Err("an empty rule");
        }
        if let Some(problem) = words.iter().find_map(|w| rule_word_problem(w)) {
            return Err(problem);
        }
        let parts: Vec<Part> = words.iter().map(|w| Part::parse(w, stemmer)).collect();
        let index = self.rules.len();
        let (map, key) = match &parts[0] {
            Part::Word { text, stem } => {
                self.by_text.entry(text.clone()).or_default().push(index);
                (&mut self.by_stem, stem.clone())
            }
            Part::Exact(text) => (&mut self.by_text, text.clone()),
            Part::Prefix(prefix) => {
                self.longest_prefix = self.longest_prefix.max(prefix.chars().count());
                (&mut self.by_prefix, prefix.clone())
            }
            Part::Suffix(suffix) => {
                self.longest_suffix = self.longest_suffix.max(suffix.chars().count());
                (&mut self.by_suffix, suffix.clone())
            }
        };
        map.entry(key).or_default().push(index);
        self.rules.push((parts, value));
        Ok(())
    }

    #[cfg(test)]
    pub(crate) fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Every value some rule names, with how many rules name it.
    #[cfg(test)]
    pub(crate) fn values(&self) -> Vec<(V, usize)> {
        let mut counts: Vec<(V, usize)> = Vec::new();
        for value in self.rules.iter().filter_map(|(_, v)| v.as_ref()) {
            match counts.iter_mut().find(|(v, _)| v == value) {
                Some(entry) => entry.1 += 1,
                None => counts.push((value.clone(), 1)),
            }
        }
        counts
    }

    /// Values named in `tokens`, left to right. At each token the longest
    /// matching rule wins and its tokens are consumed, so "same day" is not
    /// also "day" and "test drive" not also "drive".
    pub(crate) fn find(&self, tokens: &[Token]) -> Vec<Hit<V>> {
        let mut hits = Vec::new();
        let mut start = 0;
        while start < tokens.len() {
            let (len, values) = self.longest_at(&tokens[start..]);
            hits.extend(values.into_iter().map(|value| Hit { value, start, len }));
            start += len.max(1);
        }
        hits
    }

    fn longest_at(&self, tokens: &[Token]) -> (usize, Vec<V>) {
        let mut best: Vec<usize> = Vec::new();
        let mut best_len = 0;
        for index in self.candidates(&tokens[0]) {
            let parts = &self.rules[index].0;
            let fits = parts.len() <= tokens.len()
                && parts
                    .iter()
                    .zip(tokens)
                    .all(|(part, token)| part.matches(token));
            if !fits || parts.len() < best_len {
                continue;
            }
            if parts.len() > best_len {
                best.clear();
                best_len = parts.len();
            }
            best.push(index);
        }
        if best_len == 1 {
            best = self.most_specific(best);
        }
        let mut values: Vec<V> = Vec::new();
        for value in best.iter().filter_map(|i| self.rules[*i].1.as_ref()) {
            if !values.contains(value) {
                values.push(value.clone());
            }
        }
        (best_len, values)
    }

    /// Rules whose first word may match `token`.
    fn candidates(&self, token: &Token) -> Vec<usize> {
        let text = token.text.as_str();
        let prefixes =
            (text.char_indices().take(self.longest_prefix)).map(|(i, c)| &text[..i + c.len_utf8()]);
        let suffixes =
            (text.char_indices().rev().take(self.longest_suffix)).map(|(i, _)| &text[i..]);
        let mut found: Vec<usize> = [self.by_text.get(text), self.by_stem.get(&token.stem)]
            .into_iter()
            .flatten()
            .chain(prefixes.filter_map(|p| self.by_prefix.get(p)))
            .chain(suffixes.filter_map(|s| self.by_suffix.get(s)))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// For a one-word match, as in the crate's lexicons: the word or its stem
    /// beats a wildcard, and a longer prefix beats a shorter one ("kreditkart*"
    /// over "kredit*"); a prefix and a suffix both stand ("finanzierungszusage"
    /// is financing and approval).
    fn most_specific(&self, indices: Vec<usize>) -> Vec<usize> {
        let first = |i: &usize| &self.rules[*i].0[0];
        let plain = |part: &Part| matches!(part, Part::Word { .. } | Part::Exact(_));
        if indices.iter().any(|i| plain(first(i))) {
            return indices.into_iter().filter(|i| plain(first(i))).collect();
        }
        let width = |i: &usize| match first(i) {
            Part::Prefix(p) => (Some(p.chars().count()), None),
            Part::Suffix(s) => (None, Some(s.chars().count())),
            _ => (None, None),
        };
        let prefix = indices.iter().filter_map(|i| width(i).0).max();
        let suffix = indices.iter().filter_map(|i| width(i).1).max();
        indices
            .into_iter()
            .filter(|i| match width(i) {
                (Some(p), _) => Some(p) == prefix,
                (_, Some(s)) => Some(s) == suffix,
                _ => true,
            })
            .collect()
    }
}

/// Reads one rule lexicon; `value_of` maps an id to its value (`None`: an
/// unknown id, reported as an error).
pub(crate) fn load_rules<V: Clone + PartialEq>(
    kind: &str,
    language: &str,
    source: &str,
    value_of: impl Fn(&str) -> Option<V>,
) -> Result<PhraseMatcher<V>, LexiconError> {
    let stemmer = stemmer(language);
    let mut matcher = PhraseMatcher::default();
    for (line, fields) in rows(source) {
        let error = |problem: String| LexiconError {
            file: format!("{kind}/{}.tsv", file_code(language)),
            line,
            problem,
        };
        let [id, rules] = fields[..] else {
            return Err(error("expected id<TAB>rule, rule, ...".into()));
        };
        let value = match id {
            IGNORE => None,
            _ => Some(value_of(id).ok_or_else(|| error(format!("unknown id {id:?}")))?),
        };
        for rule in rules.split(',').map(str::trim).filter(|r| !r.is_empty()) {
            matcher
                .insert(rule, value.clone(), stemmer.as_ref())
                .map_err(|problem| error(format!("{rule:?}: {problem}")))?;
        }
    }
    Ok(matcher)
}

/// Reads the six files of one kind (`(stored code, text)` pairs).
pub(crate) fn load_all<V: Clone + PartialEq>(
    kind: &str,
    files: &[(&'static str, &'static str)],
    value_of: impl Fn(&str) -> Option<V> + Copy,
) -> Result<HashMap<&'static str, PhraseMatcher<V>>, LexiconError> {
    files
        .iter()
        .map(|(language, source)| Ok((*language, load_rules(kind, language, source, value_of)?)))
        .collect()
}

#[cfg(test)]
#[path = "journey_tests.rs"]
mod tests;
