//! Candor's text intelligence: language detection, tokens, lexicon-based
//! sentiment and aspects. Pure and CPU-only: no I/O, no network, no
//! downloaded model; lexicons are embedded at build time.

mod ascii_words;
mod aspects;
pub mod chars;
pub mod classifier;
mod custom_aspects;
mod education;
pub mod features;
mod journey;
mod language;
mod lexicon;
pub mod metrics;
mod pipeline;
mod promises;
mod sentence_breaks;
mod sentiment;
mod tokens;
pub mod topics;

pub use aspects::{ASPECTS, AspectMention};
pub use custom_aspects::{
    ANY_LANGUAGE, CustomAspect, CustomAspects, MAX_KEYWORD_CHARS, keyword_problem,
};
pub use education::{CueKind, EducationCue, education_cue};
pub use journey::{JourneyStage, StageMention, UnknownStage, journey_path, journey_stages};
pub use language::{Detection, LanguageDetector, UNDETERMINED};
pub use lexicon::LexiconError;
pub use pipeline::{Analysis, Analyzer, MISMATCH_MIN_HITS, SentenceAnalysis, is_mismatch};
pub use promises::{PromiseError, PromiseEvidence, PromiseMatcher, Verdict};
pub use sentiment::{Sentiment, stars_from_polarity};
pub use tokens::{Token, TokenKind, sentences, stemmer, tokenize};
pub use topics::{AspectTopic, LanguageTopics, Phrase, Side, TopicDoc, TopicReport, topics};

/// The languages Candor analyses, as stored (`no` for Norwegian).
pub const LANGUAGES: [&str; 6] = ["en", "de", "da", "no", "ru", "sw"];
