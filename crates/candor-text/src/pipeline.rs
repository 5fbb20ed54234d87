//! The analysis of one text: language, then per sentence tokens, sentiment
//! and aspects, then the review as a whole.

use std::collections::HashMap;

use serde::Serialize;

use crate::aspects::{ASPECTS, AspectMention};
use crate::custom_aspects::CustomAspects;
use crate::language::{LanguageDetector, UNDETERMINED};
use crate::lexicon::{LanguageLexicon, LexiconError};
use crate::sentiment::{self, Sentiment, stars_from_polarity};
use crate::tokens::{sentences, tokenize};

/// A rating contradicts its text when the text leans this far the other way...
const MISMATCH_POLARITY: f64 = 0.5;
/// ...on at least this many sentiment words.
pub const MISMATCH_MIN_HITS: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceAnalysis {
    pub text: String,
    pub sentiment: f64,
    pub stars_predicted: u8,
    pub aspects: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    pub language: String,
    pub language_confidence: f64,
    /// Polarity of the whole text in [-1, 1].
    pub sentiment: f64,
    pub stars_predicted: u8,
    /// Sentiment words found: 0 means the text gave nothing to judge by.
    pub sentiment_evidence: u32,
    pub aspects: Vec<AspectMention>,
    pub sentences: Vec<SentenceAnalysis>,
    /// Given the stars, whether the text contradicts them (`None` without a rating).
    pub mismatch: Option<bool>,
}

/// Detector and lexicons, loaded once; analysing is then pure and thread-safe.
pub struct Analyzer {
    detector: LanguageDetector,
    lexicons: HashMap<&'static str, LanguageLexicon>,
}

impl Analyzer {
    pub fn new() -> Result<Self, LexiconError> {
        let mut lexicons = HashMap::new();
        for language in crate::LANGUAGES {
            lexicons.insert(language, LanguageLexicon::load(language, &ASPECTS)?);
        }
        Ok(Self {
            detector: LanguageDetector::new(),
            lexicons,
        })
    }

    /// Analyses `text`; `declared` is the writer's language if given,
    /// `rating` the stars given with it (for the mismatch flag).
    pub fn analyze(&self, text: &str, declared: Option<&str>, rating: Option<u8>) -> Analysis {
        self.analyze_with(text, declared, rating, None)
    }

    /// Like [`Analyzer::analyze`], also finding a business's own aspects.
    pub fn analyze_with(
        &self,
        text: &str,
        declared: Option<&str>,
        rating: Option<u8>,
        custom: Option<&CustomAspects>,
    ) -> Analysis {
        let detection = self.detector.detect(text, declared);
        let language = if self.lexicons.contains_key(detection.language.as_str()) {
            detection.language.clone()
        } else {
            self.best_lexicon(text)
        };
        let mut analysis = self.analyze_as(text, &language, custom);
        analysis.language = detection.language;
        analysis.language_confidence = detection.confidence;
        analysis.mismatch =
            rating.map(|stars| is_mismatch(stars, analysis.sentiment, analysis.sentiment_evidence));
        analysis
    }

    /// The lexicons of a language as stored (`no` for Norwegian), for other
    /// modules of this crate (topics).
    pub(crate) fn lexicon(&self, language: &str) -> Option<&LanguageLexicon> {
        self.lexicons.get(language)
    }

    /// For an undetermined language: the lexicon that recognises most words.
    fn best_lexicon(&self, text: &str) -> String {
        let hits = |language: &str| {
            let lexicon = &self.lexicons[language];
            let tokens = tokenize(text, language);
            sentiment::score(&tokens, lexicon, language).hits
        };
        crate::LANGUAGES
            .iter()
            .max_by_key(|l| hits(l))
            .map_or("en", |l| l)
            .to_string()
    }

    fn analyze_as(&self, text: &str, language: &str, custom: Option<&CustomAspects>) -> Analysis {
        let lexicon = &self.lexicons[language];
        let mut total = Sentiment::default();
        let mut by_aspect: Vec<(String, Vec<usize>, f64)> = Vec::new();
        let mut sentence_results = Vec::new();
        for (index, sentence) in sentences(text).into_iter().enumerate() {
            let tokens = tokenize(sentence, language);
            let score = sentiment::score(&tokens, lexicon, language);
            total.add(score);
            let aspects = sentence_aspects(&tokens, lexicon, language, custom);
            for aspect in &aspects {
                match by_aspect.iter_mut().find(|(a, _, _)| a == aspect) {
                    Some(entry) => {
                        entry.1.push(index);
                        entry.2 += score.polarity();
                    }
                    None => by_aspect.push((aspect.clone(), vec![index], score.polarity())),
                }
            }
            sentence_results.push(SentenceAnalysis {
                text: sentence.to_string(),
                sentiment: round3(score.polarity()),
                stars_predicted: stars_from_polarity(score.polarity()),
                aspects,
            });
        }
        let aspects = by_aspect
            .into_iter()
            .map(|(aspect, sentences, sum)| AspectMention {
                aspect,
                sentiment: round3(sum / sentences.len() as f64),
                sentences,
            })
            .collect();
        Analysis {
            language: UNDETERMINED.to_string(),
            language_confidence: 0.0,
            sentiment: round3(total.polarity()),
            stars_predicted: stars_from_polarity(total.polarity()),
            sentiment_evidence: total.hits,
            aspects,
            sentences: sentence_results,
            mismatch: None,
        }
    }
}

/// The built-in aspects a sentence mentions (in `ASPECTS` order), then the business's own.
fn sentence_aspects(
    tokens: &[crate::tokens::Token],
    lexicon: &LanguageLexicon,
    language: &str,
    custom: Option<&CustomAspects>,
) -> Vec<String> {
    let mut built_in: Vec<usize> = tokens
        .iter()
        .flat_map(|t| lexicon.aspects.lookup(t))
        .copied()
        .collect();
    built_in.sort_unstable();
    built_in.dedup();
    let mut names: Vec<String> = built_in.iter().map(|a| ASPECTS[*a].to_string()).collect();
    if let Some(custom) = custom {
        for token in tokens {
            for id in custom.lookup(language, token) {
                if !names.contains(&id) {
                    names.push(id);
                }
            }
        }
    }
    names
}

fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

/// A 4-5 star review whose text is clearly negative, or a 1-2 star review
/// whose text is clearly positive.
pub fn is_mismatch(stars: u8, polarity: f64, evidence: u32) -> bool {
    if evidence < MISMATCH_MIN_HITS {
        return false;
    }
    (stars >= 4 && polarity <= -MISMATCH_POLARITY) || (stars <= 2 && polarity >= MISMATCH_POLARITY)
}

#[cfg(test)]
#[path = "pipeline_tests.rs"]
mod tests;
