//! Unicode word segmentation, lowercasing and stemming per language, with
//! emoji and emoticons kept as tokens of their own (they carry sentiment).

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::chars::is_letter_or_digit;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Emoji,
    Emoticon,
    /// Punctuation that ends a clause (`,` `;` `:` ...); it ends a negation scope.
    Break,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Lowercased surface form (the emoticon or emoji itself for those kinds).
    pub text: String,
    /// Snowball stem where the language has a stemmer, else the text.
    pub stem: String,
    pub kind: TokenKind,
}

/// Emoticons recognised as tokens, longest first so `:-)` wins over `:-`.
const EMOTICONS: [&str; 22] = [
    ":-)", ":-(", ":-D", ";-)", ":-/", ":-P", ":'(", ":)", ":(", ":D", ";)", ":/", ":P", ":p",
    "<3", "=)", "=(", "xD", "XD", ":o", ":O", "^^",
];

/// Every emoticon starts with one of these bytes (and so contains one): a
/// text position or word without them is not searched for the 22 of them,
/// which was most of the cost of tokenizing.
const EMOTICON_BYTES: &[u8] = b":;<=^xX";

/// The languages with a Snowball stemmer (none for Swahili), by index.
const STEMMED: [Algorithm; 6] = [
    Algorithm::English,
    Algorithm::German,
    Algorithm::Danish,
    Algorithm::Norwegian,
    Algorithm::Russian,
    Algorithm::Swedish,
];

/// The index in [`STEMMED`] of a language code's stemmer, if it has one.
fn stemmed_index(language: &str) -> Option<usize> {
    match language {
        "en" => Some(0),
        "de" => Some(1),
        "da" => Some(2),
        "no" | "nb" | "nn" => Some(3),
        "ru" => Some(4),
        "sv" => Some(5),
        _ => None,
    }
}

/// The Snowball stemmer of a language code, if one exists (none for Swahili).
pub fn stemmer(language: &str) -> Option<Stemmer> {
    stemmed_index(language).map(|index| Stemmer::create(STEMMED[index]))
}

/// Stems computed on this thread, per language of [`STEMMED`]. The words
/// of reviews follow Zipf's law, so a few thousand forms make most tokens,
/// and a hash lookup costs a fraction of a Snowball run (stemming was the
/// largest single cost of analysing a review).
type StemCaches = [rustc_hash::FxHashMap<Box<str>, Box<str>>; STEMMED.len()];

thread_local! {
    static STEM_CACHES: std::cell::RefCell<StemCaches> = std::cell::RefCell::new(Default::default());
}

/// Forms kept per language and thread; a full cache starts again, which
/// keeps memory bounded whatever the text (about a megabyte per language).
const CACHED_FORMS: usize = 16_384;

/// Longer words are rare and are stemmed every time rather than kept.
const CACHED_WORD_BYTES: usize = 24;

/// The stem of a lowercased `word` by the stemmer at `index` of [`STEMMED`].
fn cached_stem(index: usize, word: &str) -> String {
    let compute = || Stemmer::create(STEMMED[index]).stem(word).into_owned();
    if word.len() > CACHED_WORD_BYTES {
        return compute();
    }
    STEM_CACHES.with_borrow_mut(|caches| {
        let cache = &mut caches[index];
        if let Some(stem) = cache.get(word) {
            return stem.to_string();
        }
        let stem = compute();
        if cache.len() >= CACHED_FORMS {
            cache.clear();
        }
        cache.insert(word.into(), stem.as_str().into());
        stem
    })
}

fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0x2B50)
}

/// Splits `text` into tokens of `language` (an ISO code; unknown codes get
/// no stemming).
pub fn tokenize(text: &str, language: &str) -> Vec<Token> {
    let stemmer = stemmed_index(language);
    let stem = |word: &str| match stemmer {
        Some(index) => cached_stem(index, word),
        None => word.to_string(),
    };
    let mut tokens = Vec::new();
    // Pure-ASCII stretches (most of most texts) are segmented without the
    // Unicode tables; the cuts between stretches are word boundaries that
    // no emoticon crosses (see `ascii_words`).
    crate::ascii_words::for_each_stretch(text, |stretch, ascii| {
        tokenize_stretch(stretch, ascii, &stem, &mut tokens);
    });
    tokens
}

fn tokenize_stretch(
    stretch: &str,
    ascii: bool,
    stem: &dyn Fn(&str) -> String,
    tokens: &mut Vec<Token>,
) {
    let mut rest = stretch;
    while !rest.is_empty() {
        let may_start_emoticon = rest
            .as_bytes()
            .first()
            .is_some_and(|b| EMOTICON_BYTES.contains(b));
        if let Some(emoticon) = EMOTICONS
            .iter()
            .filter(|_| may_start_emoticon)
            .find(|e| rest.starts_with(**e) && emoticon_boundary(rest, e))
        {
            // Lowercased like every token, so `:D` matches the lexicon's `:d`.
            let text = emoticon.to_lowercase();
            tokens.push(Token {
                stem: text.clone(),
                text,
                kind: TokenKind::Emoticon,
            });
            rest = &rest[emoticon.len()..];
            continue;
        }
        let segment = if ascii {
            crate::ascii_words::first_segment(rest)
        } else {
            match rest.split_word_bounds().next() {
                Some(segment) => segment,
                None => break,
            }
        };
        // `ok:D` is one word to Unicode (a colon may join letters): cut before the emoticon.
        let may_hold_emoticon = segment.bytes().any(|b| EMOTICON_BYTES.contains(&b));
        let segment = match EMOTICONS
            .iter()
            .filter(|_| may_hold_emoticon)
            .filter_map(|e| {
                segment
                    .find(e)
                    .filter(|i| *i > 0 && emoticon_boundary(&rest[*i..], e))
            })
            .min()
        {
            Some(cut) => &segment[..cut],
            None => segment,
        };
        push_segment(segment, stem, tokens);
        rest = &rest[segment.len()..];
    }
}

/// An emoticon must not be glued to a following letter (`:Dog` is not a grin).
fn emoticon_boundary(rest: &str, emoticon: &str) -> bool {
    rest[emoticon.len()..]
        .chars()
        .next()
        .is_none_or(|c| !is_letter_or_digit(c))
}

fn push_segment(segment: &str, stem: &dyn Fn(&str) -> String, tokens: &mut Vec<Token>) {
    if segment.chars().any(is_letter_or_digit) {
        let text = if segment.is_ascii() {
            segment.to_ascii_lowercase()
        } else {
            segment.to_lowercase()
        };
        let stemmed = stem(&text);
        tokens.push(Token {
            text,
            stem: stemmed,
            kind: TokenKind::Word,
        });
    } else if segment.chars().any(is_emoji) {
        let text: String = segment.chars().filter(|c| is_emoji(*c)).collect();
        tokens.push(Token {
            stem: text.clone(),
            text,
            kind: TokenKind::Emoji,
        });
    } else if segment
        .chars()
        .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–'))
    {
        tokens.push(Token {
            text: segment.to_string(),
            stem: segment.to_string(),
            kind: TokenKind::Break,
        });
    }
}

/// Sentences of a text (Unicode sentence boundaries), trimmed, empty ones dropped.
pub fn sentences(text: &str) -> Vec<&str> {
    crate::sentence_breaks::split(text)
        .unwrap_or_else(|| text.split_sentence_bounds().collect())
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
#[path = "tokens_tests.rs"]
mod tests;
