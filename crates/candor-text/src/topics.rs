//! Topics: the key phrases that set a business's negative reviews apart from
//! its positive ones, per language and merged by aspect, with example
//! reviews. Input for root-cause analysis.
//!
//! Per language, each sentence is tokenized and stemmed; candidates are
//! unigrams and bigrams of adjacent words, never a stopword, and a bigram
//! never spans a clause break, an emoji or a sentence end. A phrase counts
//! once per review (document frequency), so one ranting review cannot make
//! a topic. Phrases are scored with the weighted log-odds ratio with an
//! informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
//! Words"), a z-score: **negative z means typical of negative reviews**,
//! positive z typical of positive ones.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;

use crate::aspects::ASPECTS;
use crate::lexicon::{LanguageLexicon, Modifier};
use crate::pipeline::Analyzer;
use crate::tokens::{Token, TokenKind, sentences, tokenize};

/// |z| beyond this is significant at the 5% level, two-sided.
const Z_THRESHOLD: f64 = 1.96;
/// Reviews a phrase needs on its side: one review is an anecdote.
const MIN_REVIEWS: u32 = 2;
/// Example review ids per phrase and per aspect.
const EXAMPLES: usize = 3;
/// Prior strength as a fraction of the pooled counts. The zero side's
/// variance is 1/alpha, so a phrase seen on one side only needs about 8
/// reviews to reach |z| 1.96 at 0.2 (near the most sensitive value), but
/// about 12 with the raw pooled counts (1), whose prior outweighs small data.
const PRIOR_SCALE: f64 = 0.2;

/// Which group a review belongs to; the caller decides (see `from_rating`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Negative,
    Positive,
}

impl Side {
    /// 1-2 stars negative, 4-5 positive; 3 stars is mixed and takes no side.
    pub fn from_rating(stars: u8) -> Option<Self> {
        match stars {
            1 | 2 => Some(Self::Negative),
            4 | 5 => Some(Self::Positive),
            _ => None,
        }
    }

    fn index(self) -> usize {
        match self {
            Self::Negative => 0,
            Self::Positive => 1,
        }
    }
}

/// One review as input.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicDoc<'a> {
    pub id: &'a str,
    pub text: &'a str,
    /// Stored code: en de da no ru sw, or `und` (skipped, see `topics`).
    pub language: &'a str,
    pub side: Side,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phrase {
    /// Most frequent lowercased wording, e.g. "late delivery".
    pub text: String,
    /// Stems joined by a space: the identity of the phrase.
    pub key: String,
    pub language: String,
    /// An id from `ASPECTS`, if one of the words is in the aspect lexicon.
    pub aspect: Option<String>,
    /// The z-score, rounded to 3 decimals: below 0 typical of negative reviews.
    pub score: f64,
    pub negative_reviews: u32,
    pub positive_reviews: u32,
    /// Up to 3 review ids from the phrase's side, in input order.
    pub examples: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageTopics {
    pub language: String,
    pub reviews_negative: u32,
    pub reviews_positive: u32,
    /// Phrases with z < -1.96, most negative first.
    pub negative: Vec<Phrase>,
    /// Phrases with z > 1.96, most positive first.
    pub positive: Vec<Phrase>,
}

/// One aspect across languages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AspectTopic {
    pub aspect: String,
    /// Reviews with any word of the aspect's lexicon, all languages.
    pub negative_reviews: u32,
    pub positive_reviews: u32,
    /// Codes of the languages whose reviews mention it, sorted.
    pub languages: Vec<String>,
    /// Texts of the negative-side phrases mapped to it, most negative first.
    pub phrases: Vec<String>,
    /// Up to 3 negative review ids: those of its phrases first, then any.
    pub examples: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicReport {
    /// Languages with reviews, most reviews first (then by code).
    pub languages: Vec<LanguageTopics>,
    /// Aspects mentioned, most negative reviews first, then by negative
    /// share of their mentions, then in `ASPECTS` order.
    pub aspects: Vec<AspectTopic>,
}

/// The topics of `docs`, at most `limit` phrases per side and language.
///
/// Reviews in `und` (or a code without lexicons) are skipped rather than
/// given the best-fitting lexicon: they are short or mixed-language texts,
/// and filing them under a guess would put foreign stems into a language's
/// counts. The result depends only on the input, not on hash order.
pub fn topics(analyzer: &Analyzer, docs: &[TopicDoc], limit: usize) -> TopicReport {
    let mut tallies: BTreeMap<&str, LanguageTally> = BTreeMap::new();
    let mut aspects: BTreeMap<usize, AspectTally> = BTreeMap::new();
    for doc in docs {
        let Some(lexicon) = analyzer.lexicon(doc.language) else {
            continue;
        };
        let tally = tallies
            .entry(doc.language)
            .or_insert_with(|| LanguageTally::new(doc.language, lexicon));
        for aspect in tally.add(doc) {
            aspects.entry(aspect).or_default().add(doc);
        }
    }
    let mut languages: Vec<LanguageTopics> =
        tallies.into_values().map(|t| t.topics(limit)).collect();
    languages.sort_by_key(|l| Reverse(l.reviews_negative + l.reviews_positive));
    let aspects = merge_aspects(aspects, &languages, limit);
    TopicReport { languages, aspects }
}

/// Weighted log-odds ratio with an informative Dirichlet prior (Monroe et
/// al. 2008, eq. 16-22), positive minus negative, over its standard error.
/// `counts` are the phrase's reviews per side, `totals` the sums of all
/// phrases' counts per side; the prior is the pooled counts of both sides,
/// scaled by `PRIOR_SCALE`. Returns 0 where the odds are undefined (the
/// only phrase of a language).
fn z_score(counts: [u32; 2], totals: [u32; 2]) -> f64 {
    let alpha = PRIOR_SCALE * f64::from(counts[0] + counts[1]);
    let alpha0 = PRIOR_SCALE * f64::from(totals[0] + totals[1]);
    let log_odds = |side: usize| {
        let y = f64::from(counts[side]) + alpha;
        (y / (f64::from(totals[side]) + alpha0 - y)).ln()
    };
    let delta = log_odds(1) - log_odds(0);
    let variance = 1.0 / (f64::from(counts[0]) + alpha) + 1.0 / (f64::from(counts[1]) + alpha);
    let z = delta / variance.sqrt();
    if z.is_finite() { z } else { 0.0 }
}

#[derive(Default)]
struct PhraseTally<'a> {
    reviews: [u32; 2],
    examples: [Vec<&'a str>; 2],
    /// Occurrences of each wording.
    surfaces: HashMap<String, u32>,
}

struct LanguageTally<'a> {
    language: &'a str,
    lexicon: &'a LanguageLexicon,
    reviews: [u32; 2],
    phrases: HashMap<String, PhraseTally<'a>>,
}

impl<'a> LanguageTally<'a> {
    fn new(language: &'a str, lexicon: &'a LanguageLexicon) -> Self {
        Self {
            language,
            lexicon,
            reviews: [0; 2],
            phrases: HashMap::new(),
        }
    }

    /// Counts the phrases of one review; returns the aspects it mentions.
    fn add(&mut self, doc: &TopicDoc<'a>) -> BTreeSet<usize> {
        let side = doc.side.index();
        self.reviews[side] += 1;
        let (candidates, aspects) = self.read(doc.text);
        let mut seen = HashSet::new();
        for (key, surface) in candidates {
            let phrase = self.phrases.entry(key.clone()).or_default();
            *phrase.surfaces.entry(surface).or_default() += 1;
            if seen.insert(key) {
                phrase.reviews[side] += 1;
                if phrase.examples[side].len() < EXAMPLES {
                    phrase.examples[side].push(doc.id);
                }
            }
        }
        aspects
    }

    /// Candidate phrases as (stem key, wording), and the aspects of a text.
    fn read(&self, text: &str) -> (Vec<(String, String)>, BTreeSet<usize>) {
        let mut candidates = Vec::new();
        let mut aspects = BTreeSet::new();
        for sentence in sentences(text) {
            let mut previous: Option<Token> = None;
            for token in tokenize(sentence, self.language) {
                if token.kind == TokenKind::Word {
                    aspects.extend(self.lexicon.aspects.lookup(&token));
                }
                if !self.is_content(&token) {
                    // Whatever is not a content word separates the words around it.
                    previous = None;
                    continue;
                }
                // A negator alone names nothing; it is kept as the first word of a bigram.
                if !self
                    .lexicon
                    .modifiers
                    .lookup(&token)
                    .contains(&Modifier::Negator)
                {
                    candidates.push((token.stem.clone(), token.text.clone()));
                }
                if let Some(first) = &previous {
                    let key = format!("{} {}", first.stem, token.stem);
                    candidates.push((key, format!("{} {}", first.text, token.text)));
                }
                previous = Some(token);
            }
        }
        (candidates, aspects)
    }

    /// A word with a letter that is not a stopword: numbers and order ids are no topics.
    fn is_content(&self, token: &Token) -> bool {
        token.kind == TokenKind::Word
            && token.text.chars().any(char::is_alphabetic)
            && !self
                .lexicon
                .stopwords
                .contains(&token.text.replace('\u{2019}', "'"))
    }

    fn topics(self, limit: usize) -> LanguageTopics {
        let totals = self
            .phrases
            .values()
            .fold([0, 0], |t, p| [t[0] + p.reviews[0], t[1] + p.reviews[1]]);
        let mut sides: [Vec<Phrase>; 2] = Default::default();
        for (key, tally) in &self.phrases {
            let z = z_score(tally.reviews, totals);
            let side = usize::from(z > 0.0);
            if z.abs() > Z_THRESHOLD && tally.reviews[side] >= MIN_REVIEWS {
                sides[side].push(self.phrase(key, tally, z, side));
            }
        }
        for (side, phrases) in sides.iter_mut().enumerate() {
            suppress_covered_unigrams(phrases, side);
            // Strongest first; the text breaks ties so the order never depends on hashing.
            phrases.sort_by(|a, b| {
                (b.score.abs().total_cmp(&a.score.abs())).then_with(|| a.text.cmp(&b.text))
            });
            phrases.truncate(limit);
        }
        let [negative, positive] = sides;
        LanguageTopics {
            language: self.language.to_string(),
            reviews_negative: self.reviews[0],
            reviews_positive: self.reviews[1],
            negative,
            positive,
        }
    }

    fn phrase(&self, key: &str, tally: &PhraseTally, z: f64, side: usize) -> Phrase {
        let text = tally
            .surfaces
            .iter()
            .max_by_key(|(text, count)| (**count, Reverse(*text)))
            .map_or_else(|| key.to_string(), |(text, _)| text.clone());
        Phrase {
            aspect: self.aspect_of(key, &text).map(|a| ASPECTS[a].to_string()),
            key: key.to_string(),
            language: self.language.to_string(),
            score: (z * 1000.0).round() / 1000.0,
            negative_reviews: tally.reviews[0],
            positive_reviews: tally.reviews[1],
            examples: tally.examples[side]
                .iter()
                .map(|id| id.to_string())
                .collect(),
            text,
        }
    }

    /// The aspect of the first word found in the aspect lexicon, looking from
    /// the head of the phrase: the last word ("late delivery"), but the
    /// first in Swahili, where modifiers follow the noun ("huduma mbaya").
    fn aspect_of(&self, key: &str, text: &str) -> Option<usize> {
        let mut words: Vec<Token> = key
            .split(' ')
            .zip(text.split(' '))
            .map(|(stem, text)| Token {
                text: text.to_string(),
                stem: stem.to_string(),
                kind: TokenKind::Word,
            })
            .collect();
        if self.language != "sw" {
            words.reverse();
        }
        words
            .iter()
            .find_map(|w| self.lexicon.aspects.lookup(w).first().copied())
    }
}

/// A significant bigram hides its words as unigrams on the same side
/// ("late" under "late delivery"): they add nothing unless the word is in
/// clearly more reviews (half as many again) than the bigram, i.e. it is
/// also a topic in other company.
fn suppress_covered_unigrams(phrases: &mut Vec<Phrase>, side: usize) {
    let count = |p: &Phrase| [p.negative_reviews, p.positive_reviews][side];
    let mut covered: HashMap<String, u32> = HashMap::new();
    for bigram in phrases.iter().filter(|p| p.key.contains(' ')) {
        for word in bigram.key.split(' ') {
            let most = covered.entry(word.to_string()).or_default();
            *most = (*most).max(count(bigram));
        }
    }
    phrases.retain(|p| {
        p.key.contains(' ') || covered.get(&p.key).is_none_or(|b| 2 * count(p) >= 3 * b)
    });
}

#[derive(Default)]
struct AspectTally<'a> {
    reviews: [u32; 2],
    languages: BTreeSet<&'a str>,
    /// The first negative reviews mentioning it, in input order.
    examples: Vec<&'a str>,
}

impl<'a> AspectTally<'a> {
    fn add(&mut self, doc: &TopicDoc<'a>) {
        self.reviews[doc.side.index()] += 1;
        self.languages.insert(doc.language);
        if doc.side == Side::Negative && self.examples.len() < EXAMPLES {
            self.examples.push(doc.id);
        }
    }
}

fn merge_aspects(
    tallies: BTreeMap<usize, AspectTally>,
    languages: &[LanguageTopics],
    limit: usize,
) -> Vec<AspectTopic> {
    let mut merged: Vec<AspectTopic> = tallies
        .into_iter()
        .map(|(index, tally)| {
            let aspect = ASPECTS[index];
            let mut phrases: Vec<&Phrase> = languages
                .iter()
                .flat_map(|l| &l.negative)
                .filter(|p| p.aspect.as_deref() == Some(aspect))
                .collect();
            phrases.sort_by(|a, b| {
                a.score
                    .total_cmp(&b.score)
                    .then_with(|| a.text.cmp(&b.text))
            });
            phrases.truncate(limit);
            // Reviews behind its phrases first, then any that mention it.
            let ids = phrases.iter().flat_map(|p| &p.examples).map(String::as_str);
            let mut examples: Vec<String> = Vec::new();
            for id in ids.chain(tally.examples.iter().copied()) {
                if examples.len() < EXAMPLES && !examples.iter().any(|e| e == id) {
                    examples.push(id.to_string());
                }
            }
            AspectTopic {
                aspect: aspect.to_string(),
                negative_reviews: tally.reviews[0],
                positive_reviews: tally.reviews[1],
                languages: tally.languages.iter().map(|l| l.to_string()).collect(),
                examples,
                phrases: phrases.into_iter().map(|p| p.text.clone()).collect(),
            }
        })
        .collect();
    // Volume of complaints first; share (in permille), then `ASPECTS` order break ties.
    merged.sort_by_key(|a| {
        let mentions = u64::from(a.negative_reviews) + u64::from(a.positive_reviews);
        let share = 1000 * u64::from(a.negative_reviews) / mentions.max(1);
        (Reverse(a.negative_reviews), Reverse(share))
    });
    merged
}

#[cfg(test)]
#[path = "topics_tests.rs"]
mod tests;
