//! The promise gap: a business registers a marketing promise ("financing
//! approved in one minute", "every car fully prepared") in one language, and
//! Candor finds the reviews, in any of its languages, that speak of it and
//! says whether they find it kept or broken.
//!
//! The promise is read into language-neutral concepts through an embedded
//! multilingual lexicon (`lexicons/concepts/`): `index.tsv` lists each
//! concept, whether it is weak (generic: "every", "best", which never match
//! alone) and the concepts related to it or opposite to it; one file per
//! language gives its words. A review speaks of the promise when one
//! sentence, or two adjacent ones, hold the business's keywords for that
//! language, or enough of the promise's concepts (see [`PromiseMatcher::find`]).

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::custom_aspects::{ANY_LANGUAGE, keyword_problem};
use crate::education::{base_lexicon, negated};
use crate::journey::{PhraseMatcher, language_code, load_all, words};
use crate::lexicon::{LexiconError, rows};
use crate::sentiment::{self, Sentiment, stars_from_polarity};
use crate::tokens::{sentences, stemmer};

/// Whether a review keeps the promise, as far as its words tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Kept,
    Broken,
    Unclear,
}

/// Where a review speaks of the promise, and what it says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PromiseEvidence {
    /// Index into [`crate::sentences`] of the (first) matched sentence.
    pub sentence_index: usize,
    /// The matched sentence, or two adjacent ones joined by a space.
    pub sentence: String,
    pub verdict: Verdict,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PromiseError {
    #[error(
        "the promise {promise:?} names nothing Candor can look for in other languages \
         (generic words such as \"every\" or \"best\" do not count alone) and no keywords \
         were given: add keywords for the languages of your reviews"
    )]
    NothingToMatch { promise: String },
    #[error("keyword {keyword:?}: {problem}")]
    BadKeyword {
        keyword: String,
        problem: &'static str,
    },
}

/// A concept of the promise, and whether the promise negates it ("no
/// hidden fees", "never late").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Named {
    concept: usize,
    negated: bool,
}

/// A promise, read once, matched against many reviews.
#[derive(Debug)]
pub struct PromiseMatcher {
    named: Vec<Named>,
    /// Strong concepts a sentence must name: max(1, ⌈2/3 of them⌉).
    required: usize,
    /// Language code (or `any`) to the business's keywords.
    keywords: HashMap<String, PhraseMatcher<()>>,
}

impl PromiseMatcher {
    /// Reads `text` (in `language`); `keywords` are (language code or
    /// `any`, rules as for custom aspects, several words making a phrase).
    pub fn new(
        text: &str,
        language: &str,
        keywords: &[(String, Vec<String>)],
    ) -> Result<Self, PromiseError> {
        let keywords = keyword_matchers(keywords)?;
        let named = read_promise(text, language_code(language));
        let strong = named.iter().filter(|n| !is_weak(n.concept)).count();
        if strong == 0 && keywords.is_empty() {
            return Err(PromiseError::NothingToMatch {
                promise: text.trim().chars().take(120).collect(),
            });
        }
        Ok(Self {
            required: (2 * strong).div_ceil(3).max(1),
            named,
            keywords,
        })
    }

    /// The concept ids found in the promise, in text order, for display.
    pub fn concepts(&self) -> Vec<String> {
        let Some(store) = store() else {
            return Vec::new();
        };
        self.named
            .iter()
            .map(|n| store.list[n.concept].id.clone())
            .collect()
    }

    /// The first place `text` (a review in `language`, given `rating` stars)
    /// speaks of the promise: a sentence holding one of the business's
    /// keywords for that language, or naming at least `required` of the
    /// promise's strong concepts (a related or opposite concept counts:
    /// "slow" speaks of "fast"), where one weak concept may stand in for a
    /// third or later strong one. Failing one sentence, two adjacent ones.
    pub fn find(&self, text: &str, language: &str, rating: u8) -> Option<PromiseEvidence> {
        let language = language_code(language);
        let parts = sentences(text);
        let read: Vec<Reading> = parts.iter().map(|s| self.read(s, language)).collect();
        let speaks = |from: usize, len: usize| self.speaks(&read[from..from + len]);
        let (start, len) = (0..read.len()).find_map(|i| {
            if speaks(i, 1) {
                Some((i, 1))
            } else {
                // A pair only when the second sentence does not do it alone.
                (i + 1 < read.len() && speaks(i, 2) && !speaks(i + 1, 1)).then_some((i, 2))
            }
        })?;
        Some(PromiseEvidence {
            sentence_index: start,
            sentence: parts[start..start + len].join(" "),
            verdict: self.verdict(&read[start..start + len], rating),
        })
    }

    fn read(&self, sentence: &str, language: &str) -> Reading {
        let tokens = words(sentence, language);
        let hits = store()
            .and_then(|s| s.by_language.get(language))
            .map(|matcher| {
                matcher
                    .find(&tokens)
                    .into_iter()
                    .map(|hit| Named {
                        concept: hit.value,
                        negated: negated(&tokens, hit.start, hit.len, language),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let keyword = [language, ANY_LANGUAGE]
            .iter()
            .filter_map(|l| self.keywords.get(*l))
            .any(|m| !m.find(&tokens).is_empty());
        let sentiment = base_lexicon(language)
            .map(|lexicon| sentiment::score(&tokens, lexicon, language))
            .unwrap_or_default();
        Reading {
            hits,
            keyword,
            sentiment,
        }
    }

    fn speaks(&self, window: &[Reading]) -> bool {
        if window.iter().any(|r| r.keyword) {
            return true;
        }
        let covered = self.covered(window);
        let count = |weak: bool| {
            (self.named.iter().zip(&covered))
                .filter(|(n, c)| **c && is_weak(n.concept) == weak)
                .count()
        };
        let (strong, weak) = (count(false), count(true));
        strong >= self.required || (strong >= 2 && weak >= 1 && strong + 1 >= self.required)
    }

    /// Which promised concepts the window speaks of. Each concept the review
    /// names covers one promised concept, its own first, so "customer
    /// service" does not count as both service and support.
    fn covered(&self, window: &[Reading]) -> Vec<bool> {
        let mut found: Vec<usize> = window
            .iter()
            .flat_map(|r| &r.hits)
            .map(|h| h.concept)
            .collect();
        found.sort_unstable();
        found.dedup();
        let mut used = vec![false; found.len()];
        let mut covered = vec![false; self.named.len()];
        for direct in [true, false] {
            for (i, named) in self.named.iter().enumerate() {
                let fits = |j: &usize| {
                    !used[*j]
                        && if direct {
                            found[*j] == named.concept
                        } else {
                            covers(named.concept, found[*j])
                        }
                };
                if let Some(j) = (!covered[i]).then(|| (0..found.len()).find(fits)).flatten() {
                    used[j] = true;
                    covered[i] = true;
                }
            }
        }
        covered
    }

    /// A promised concept denied or contradicted decides; else the words'
    /// polarity; else the stars.
    fn verdict(&self, window: &[Reading], rating: u8) -> Verdict {
        let signal: i32 = window
            .iter()
            .flat_map(|r| &r.hits)
            .map(|hit| self.signal(hit))
            .sum();
        if signal != 0 {
            return if signal < 0 {
                Verdict::Broken
            } else {
                Verdict::Kept
            };
        }
        let mut total = Sentiment::default();
        window.iter().for_each(|r| total.add(r.sentiment));
        match stars_from_polarity(total.polarity()) {
            4 | 5 => Verdict::Kept,
            1 | 2 => Verdict::Broken,
            _ => from_rating(rating),
        }
    }

    /// -1 when the hit contradicts a promised concept ("not prepared", "slow"
    /// for "fast", "we waited" for "no waiting"), +1 when it affirms one
    /// through a negation or an opposite ("not slow", "no waiting at all"),
    /// 0 for a plain mention, which leaves the verdict to the polarity.
    fn signal(&self, hit: &Named) -> i32 {
        let Some(store) = store() else { return 0 };
        self.named
            .iter()
            .map(|promised| {
                let opposite = store.list[promised.concept].opposite.contains(&hit.concept);
                let involved = promised.negated || hit.negated || opposite;
                if (promised.concept != hit.concept && !opposite) || !involved {
                    0
                } else if promised.negated ^ hit.negated ^ opposite {
                    -1
                } else {
                    1
                }
            })
            .sum()
    }
}

fn from_rating(rating: u8) -> Verdict {
    match rating {
        4 | 5 => Verdict::Kept,
        1 | 2 => Verdict::Broken,
        _ => Verdict::Unclear,
    }
}

/// What one sentence of a review names.
struct Reading {
    hits: Vec<Named>,
    keyword: bool,
    sentiment: Sentiment,
}

fn keyword_matchers(
    keywords: &[(String, Vec<String>)],
) -> Result<HashMap<String, PhraseMatcher<()>>, PromiseError> {
    let mut matchers: HashMap<String, PhraseMatcher<()>> = HashMap::new();
    for (language, rules) in keywords {
        let language = language.trim().to_lowercase();
        let key = language_code(&language).to_string();
        let stemmer = stemmer(&key);
        for rule in rules.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
            let bad = |problem| PromiseError::BadKeyword {
                keyword: rule.to_string(),
                problem,
            };
            if let Some(problem) = rule.split_whitespace().find_map(keyword_problem) {
                return Err(bad(problem));
            }
            matchers
                .entry(key.clone())
                .or_default()
                .insert(rule, Some(()), stemmer.as_ref())
                .map_err(bad)?;
        }
    }
    Ok(matchers)
}

/// The concepts of the promise text, each once, in text order.
fn read_promise(text: &str, language: &str) -> Vec<Named> {
    let Some(matcher) = store().and_then(|s| s.by_language.get(language)) else {
        return Vec::new();
    };
    let mut named: Vec<Named> = Vec::new();
    for sentence in sentences(text) {
        let tokens = words(sentence, language);
        for hit in matcher.find(&tokens) {
            if !named.iter().any(|n| n.concept == hit.value) {
                named.push(Named {
                    concept: hit.value,
                    negated: negated(&tokens, hit.start, hit.len, language),
                });
            }
        }
    }
    named
}

// ---- the concept lexicon ----

const INDEX: &str = include_str!("../lexicons/concepts/index.tsv");
const CONCEPT_FILES: [(&str, &str); 6] = [
    ("en", include_str!("../lexicons/concepts/en.tsv")),
    ("de", include_str!("../lexicons/concepts/de.tsv")),
    ("da", include_str!("../lexicons/concepts/da.tsv")),
    ("no", include_str!("../lexicons/concepts/nb.tsv")),
    ("ru", include_str!("../lexicons/concepts/ru.tsv")),
    ("sw", include_str!("../lexicons/concepts/sw.tsv")),
];

#[derive(Debug)]
struct Concept {
    id: String,
    weak: bool,
    related: Vec<usize>,
    opposite: Vec<usize>,
}

#[derive(Debug)]
struct Store {
    list: Vec<Concept>,
    by_language: HashMap<&'static str, PhraseMatcher<usize>>,
}

fn load_store() -> Result<Store, LexiconError> {
    let list = read_index(INDEX)?;
    let by_language = load_all("concepts", &CONCEPT_FILES, |id| {
        list.iter().position(|c| c.id == id)
    })?;
    Ok(Store { list, by_language })
}

/// Loaded once; a broken file is a build defect the tests catch, and at run
/// time it only means promises match by keyword alone.
fn store() -> Option<&'static Store> {
    static STORE: OnceLock<Option<Store>> = OnceLock::new();
    STORE.get_or_init(|| load_store().ok()).as_ref()
}

fn is_weak(concept: usize) -> bool {
    store().is_some_and(|s| s.list[concept].weak)
}

/// Whether a review's concept `found` speaks of the promised `concept`.
fn covers(concept: usize, found: usize) -> bool {
    concept == found
        || store().is_some_and(|s| {
            let c = &s.list[concept];
            c.related.contains(&found) || c.opposite.contains(&found)
        })
}

/// `id<TAB>strong|weak<TAB>related,...<TAB>opposite,...` (`-` for none);
/// relations hold both ways whichever line states them.
fn read_index(source: &str) -> Result<Vec<Concept>, LexiconError> {
    let error = |line: usize, problem: String| LexiconError {
        file: "concepts/index.tsv".into(),
        line,
        problem,
    };
    let lines: Vec<(usize, Vec<&str>)> = rows(source).collect();
    let mut list: Vec<Concept> = Vec::new();
    for (line, fields) in &lines {
        let [id, weight, _, _] = fields[..] else {
            return Err(error(
                *line,
                "expected id<TAB>strong|weak<TAB>related<TAB>opposite".into(),
            ));
        };
        if list.iter().any(|c| c.id == id) {
            return Err(error(*line, format!("concept {id:?} listed twice")));
        }
        let weak = match weight {
            "weak" => true,
            "strong" => false,
            other => {
                return Err(error(
                    *line,
                    format!("weight {other:?} is not strong or weak"),
                ));
            }
        };
        list.push(Concept {
            id: id.to_string(),
            weak,
            related: Vec::new(),
            opposite: Vec::new(),
        });
    }
    for (index, (line, fields)) in lines.iter().enumerate() {
        for (field, opposite) in [(fields[2], false), (fields[3], true)] {
            for name in field
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty() && *n != "-")
            {
                let other = list
                    .iter()
                    .position(|c| c.id == name)
                    .ok_or_else(|| error(*line, format!("unknown concept {name:?}")))?;
                link(&mut list, index, other, opposite);
            }
        }
    }
    Ok(list)
}

fn link(list: &mut [Concept], a: usize, b: usize, opposite: bool) {
    for (from, to) in [(a, b), (b, a)] {
        let set = if opposite {
            &mut list[from].opposite
        } else {
            &mut list[from].related
        };
        if !set.contains(&to) {
            set.push(to);
        }
    }
}

#[cfg(test)]
#[path = "promises_tests.rs"]
mod tests;
