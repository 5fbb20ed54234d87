//! Rules with named reasons: each finds one kind of thing a review should
//! not carry (links, contact details, shouting, SEO junk, blocked terms)
//! and says what it found, so a moderator and the writer can be told why.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use candor_text::chars::{is_letter, is_letter_or_digit};
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// Link shorteners hide where a link goes: always suspicious in a review.
const SHORTENERS: [&str; 16] = [
    "bit.ly",
    "tinyurl.com",
    "goo.gl",
    "t.co",
    "ow.ly",
    "is.gd",
    "buff.ly",
    "cutt.ly",
    "rebrand.ly",
    "shorturl.at",
    "tiny.cc",
    "rb.gy",
    "t.ly",
    "bl.ink",
    "s.id",
    "v.gd",
];
/// Top-level domains that make a dotted word a web address.
const TLDS: [&str; 30] = [
    "com", "net", "org", "info", "biz", "io", "co", "me", "ly", "xyz", "top", "site", "online",
    "shop", "store", "app", "de", "dk", "no", "se", "ru", "uk", "tz", "ke", "eu", "us", "club",
    "link", "click", "gd",
];
/// Words of celebrity-trivia searches, the usual SEO junk injected into
/// pages (seed 004: "hvilken nasjonalitet er alicia roman", "alex
/// sensation nettoformue 2015"), in Candor's languages.
// Only words that rarely occur in a genuine review: "size", "height" or
// "state" would catch real complaints ("größe passt nicht").
const TRIVIA_MARKERS: &[&str] = &[
    "net worth",
    "networth",
    "nettoformue",
    "formue",
    "nettovermögen",
    "vermögen",
    "utajiri",
    "nationality",
    "nasjonalitet",
    "nationalitet",
    "nationalität",
    "национальность",
    "uraia",
    "biography",
    "biografi",
    "biografie",
    "биография",
    "wasifu",
    "wiki",
    "wikipedia",
    "how old",
    "hvor gammel",
    "wie alt",
    "сколько лет",
    "how tall",
    "hvor høy",
    "wie groß",
    "zodiac",
    "stjernetegn",
    "sternzeichen",
    "знак зодиака",
];
/// A run of one character at least this long is "repeated characters".
const REPEAT_RUN: usize = 6;
/// A junk line is short.
const JUNK_MAX_WORDS: usize = 10;

/// Something a rule found, with its stable code and what exactly it was.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// `link`, `url_shortener`, `phone_number`, `email_address`,
    /// `repeated_characters`, `shouting`, `off_topic`, `blocked_term`;
    /// screening adds `spam_model`, and the app `duplicate`, `burst`,
    /// `many_businesses`, `far_from_consensus` and `honeypot`.
    pub code: &'static str,
    /// The offending text (shortened), for the moderator.
    pub detail: String,
}

fn finding(code: &'static str, detail: &str) -> Finding {
    let detail: String = detail.chars().take(80).collect();
    Finding { code, detail }
}

/// Every rule's findings in `text`; `blocklist` holds lowercase terms.
pub fn findings(text: &str, blocklist: &[String]) -> Vec<Finding> {
    let mut found = Vec::new();
    links_and_contact_details(text, &mut found);
    repeated_characters(text, &mut found);
    shouting(text, &mut found);
    off_topic_lines(text, &mut found);
    blocked_terms(text, blocklist, &mut found);
    found
}

/// A whitespace-separated piece with surrounding punctuation trimmed.
fn trim_piece(piece: &str) -> &str {
    piece
        .trim_matches(|c: char| {
            matches!(
                c,
                '(' | ')' | '[' | ']' | '<' | '>' | '"' | '\'' | ',' | ';' | '!' | '?'
            )
        })
        .trim_end_matches('.')
}

/// The maximal runs of chars for which `keep` holds, each with whether it
/// is all ASCII: `text.split(|c| !keep(c))` without the empty pieces. The
/// rules cut every text this way; reading bytes and decoding only the
/// non-ASCII chars is several times faster than a `split` by a closure.
#[derive(Clone)]
struct Runs<'a, F> {
    text: &'a str,
    at: usize,
    keep: F,
}

impl<'a, F: Fn(char) -> bool> Runs<'a, F> {
    fn new(text: &'a str, keep: F) -> Self {
        Self { text, at: 0, keep }
    }

    /// From byte `at`, the end of the chars whose `keep` is `kept`, and
    /// whether they were all ASCII. One tight loop over the bytes: a call
    /// per char cost more than the rules' own tests.
    fn run_end(&self, mut at: usize, kept: bool) -> (usize, bool) {
        let bytes = self.text.as_bytes();
        let mut ascii = true;
        while let Some(&byte) = bytes.get(at) {
            if byte.is_ascii() {
                if (self.keep)(char::from(byte)) != kept {
                    break;
                }
                at += 1;
            } else {
                let Some(c) = self.text[at..].chars().next() else {
                    break;
                };
                if (self.keep)(c) != kept {
                    break;
                }
                ascii = false;
                at += c.len_utf8();
            }
        }
        (at, ascii)
    }
}

impl<'a, F: Fn(char) -> bool> Iterator for Runs<'a, F> {
    type Item = (&'a str, bool);

    fn next(&mut self) -> Option<(&'a str, bool)> {
        let (start, _) = self.run_end(self.at, false);
        if start >= self.text.len() {
            self.at = start;
            return None;
        }
        let (end, ascii) = self.run_end(start, true);
        self.at = end;
        Some((&self.text[start..end], ascii))
    }
}

fn is_web_address(piece: &str) -> bool {
    // Most words have no dot: decide those without allocating.
    if !piece.contains('.') {
        return false;
    }
    let lower = piece.to_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") {
        return true;
    }
    let host = lower.split(['/', '?', '#']).next().unwrap_or_default();
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|tld| TLDS.contains(tld))
        && !labels[0].chars().all(|c| c.is_ascii_digit())
}

/// Links, then e-mail addresses, then phone numbers (the order findings
/// are reported in): one pass over the pieces finds the first two.
fn links_and_contact_details(text: &str, found: &mut Vec<Finding>) {
    let mut emails = Vec::new();
    for (raw, _) in Runs::new(text, |c| !c.is_whitespace()) {
        // Both need a dot; most pieces are words without one: a loop over
        // a few bytes, before trimming, is cheaper than two searches.
        if !raw.bytes().any(|b| b == b'.') {
            continue;
        }
        let piece = trim_piece(raw);
        if is_web_address(piece) {
            found.push(link(piece));
        }
        if is_email_address(piece) {
            emails.push(finding("email_address", piece));
        }
    }
    found.append(&mut emails);
    for number in phone_numbers(text) {
        found.push(finding("phone_number", &number));
    }
}

/// A web address, named `url_shortener` when its host is one.
fn link(piece: &str) -> Finding {
    let lower = piece.to_lowercase();
    let host = lower
        .trim_start_matches("http://")
        .trim_start_matches("https://")
        .trim_start_matches("www.");
    let code = if SHORTENERS.iter().any(|s| host.starts_with(s)) {
        "url_shortener"
    } else {
        "link"
    };
    finding(code, piece)
}

/// Something before an `@`, and a dot after it, not first.
fn is_email_address(piece: &str) -> bool {
    piece.split_once('@').is_some_and(|(user, domain)| {
        !user.is_empty() && domain.contains('.') && !domain.starts_with('.')
    })
}

/// Runs of digits, spaces, `+ - ( ) /` holding 8 to 15 digits: a phone
/// number, not a price, a year or a date.
fn phone_numbers(text: &str) -> Vec<String> {
    let mut numbers = Vec::new();
    let mut current = String::new();
    let mut flush = |current: &mut String| {
        let digits = current.chars().filter(char::is_ascii_digit).count();
        let grouped_date = current.contains('/') && digits <= 8;
        if (8..=15).contains(&digits) && !grouped_date {
            numbers.push(current.trim().to_string());
        }
        current.clear();
    };
    for c in text.chars() {
        let joins = c.is_ascii_digit()
            || (!current.is_empty() && matches!(c, ' ' | '-' | '(' | ')' | '/' | '.'));
        if joins || (current.is_empty() && c == '+') {
            current.push(c);
        } else if !current.is_empty() {
            // Most characters end no run: nothing to flush.
            flush(&mut current);
        }
    }
    flush(&mut current);
    numbers
}

fn repeated_characters(text: &str, found: &mut Vec<Finding>) {
    let mut run = 0;
    let mut previous = None;
    for c in text.chars() {
        run = if Some(c) == previous && !c.is_whitespace() {
            run + 1
        } else {
            1
        };
        previous = Some(c);
        if run == REPEAT_RUN {
            found.push(finding(
                "repeated_characters",
                &c.to_string().repeat(REPEAT_RUN),
            ));
        }
    }
}

/// Mostly capital letters in a text long enough to mean it.
fn shouting(text: &str, found: &mut Vec<Finding>) {
    let (letters, upper) = letter_counts(text);
    if letters >= 30 && upper * 10 >= letters * 7 {
        found.push(finding("shouting", text));
    }
}

/// The letters of `text`, and how many of them are capitals. Runs of ASCII
/// (most of a text) are counted byte by byte, which the compiler vectorises;
/// only the other chars are decoded.
fn letter_counts(text: &str) -> (usize, usize) {
    let (mut letters, mut upper) = (0, 0);
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let run = &rest.as_bytes()[..ascii];
        letters += run.iter().filter(|b| b.is_ascii_alphabetic()).count();
        upper += run.iter().filter(|b| b.is_ascii_uppercase()).count();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            let letter = is_letter(c);
            letters += usize::from(letter);
            upper += usize::from(letter && c.is_uppercase());
            rest = &rest[c.len_utf8()..];
        }
    }
    (letters, upper)
}

/// A short, all-lowercase line without a full stop that names a trivia
/// topic: a search query pasted in for search engines, not a sentence
/// about the business.
fn off_topic_lines(text: &str, found: &mut Vec<Finding>) {
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        // Cheap checks first: junk lines are short, lowercase, unpunctuated.
        if line.len() > 200
            || line.ends_with(['.', '!', '?', ':'])
            || line.chars().any(char::is_uppercase)
        {
            continue;
        }
        let words: Vec<&str> = line.unicode_words().collect();
        let query_like = words.len() <= JUNK_MAX_WORDS;
        if query_like && TRIVIA_MARKERS.iter().any(|m| contains_phrase(&words, m)) {
            found.push(finding("off_topic", line));
        }
    }
}

/// Whether `phrase` occurs in `words` as whole words.
fn contains_phrase(words: &[&str], phrase: &str) -> bool {
    let wanted: Vec<&str> = phrase.unicode_words().collect();
    !wanted.is_empty() && words.windows(wanted.len()).any(|w| w == wanted.as_slice())
}

fn blocked_terms(text: &str, blocklist: &[String], found: &mut Vec<Finding>) {
    if blocklist.is_empty() {
        return;
    }
    // The text is cut into words once; each term is then looked up from
    // its first word, instead of searching the whole text once per term.
    let lower = text.to_ascii_lowercase();
    // Sized for words of four bytes and a space: rarely regrown.
    let mut words: Vec<Cow<'_, str>> = Vec::with_capacity(lower.len() / 5 + 1);
    words.extend(words_of(&lower));
    let terms = TermWords::new(blocklist);
    let index = terms.first_word_index();
    let mut matched = vec![false; blocklist.len()];
    for (at, word) in words.iter().enumerate() {
        let mut next = index.first.get(word.as_ref()).copied();
        while let Some(term) = next {
            if !matched[term] {
                matched[term] = starts_with_words(&words[at..], terms.words(term));
            }
            next = index.next[term];
        }
    }
    for (term, _) in blocklist.iter().zip(&matched).filter(|(_, m)| **m) {
        found.push(finding("blocked_term", term));
    }
}

/// Whether `words` begins with the words `wanted`.
fn starts_with_words<'a>(
    words: &[Cow<'_, str>],
    wanted: impl Iterator<Item = Cow<'a, str>> + Clone,
) -> bool {
    wanted.clone().count() <= words.len() && wanted.zip(words).all(|(a, b)| a == *b)
}

/// The words blocked terms are matched on, in a text already ASCII-lowercased
/// (one cheap pass over the bytes): the runs of letters and digits, each
/// char lowercased on its own. "Buy, CHEAP  pills!" -> buy, cheap, pills.
/// Only the rare words with other than ASCII are copied.
fn words_of(lower: &str) -> impl Iterator<Item = Cow<'_, str>> + Clone {
    let is_word_char =
        |c: char| c.is_ascii_alphanumeric() || (!c.is_ascii() && is_letter_or_digit(c));
    Runs::new(lower, is_word_char).map(|(word, ascii)| {
        if ascii {
            Cow::Borrowed(word)
        } else {
            Cow::Owned(word.chars().flat_map(char::to_lowercase).collect())
        }
    })
}

/// The blocklist's terms ASCII-lowercased, borrowed when they already are
/// (the blocklist is stored lowercase): no string per term per review.
struct TermWords<'a> {
    terms: Vec<Cow<'a, str>>,
}

/// Terms by first word: the first term with each first word, and for each
/// term the next one with the same first word (no list per word).
struct FirstWordIndex<'a> {
    first: HashMap<Cow<'a, str>, usize, BuildHasherDefault<Fnv>>,
    next: Vec<Option<usize>>,
}

impl<'a> TermWords<'a> {
    fn new(blocklist: &'a [String]) -> Self {
        let terms = blocklist
            .iter()
            .map(|term| {
                if term.bytes().any(|b| b.is_ascii_uppercase()) {
                    Cow::Owned(term.to_ascii_lowercase())
                } else {
                    Cow::Borrowed(term.as_str())
                }
            })
            .collect();
        Self { terms }
    }

    fn words(&self, term: usize) -> impl Iterator<Item = Cow<'_, str>> + Clone {
        words_of(&self.terms[term])
    }

    /// Terms without words (only punctuation) are left out: they match nothing.
    fn first_word_index(&self) -> FirstWordIndex<'_> {
        let mut index = FirstWordIndex {
            first: HashMap::default(),
            next: vec![None; self.terms.len()],
        };
        // Backwards, so that each chain runs in blocklist order.
        for term in (0..self.terms.len()).rev() {
            if let Some(first) = self.words(term).next() {
                index.next[term] = index.first.insert(first, term);
            }
        }
        index
    }
}

/// FNV-1a, for the blocklist's first words: far cheaper than the default
/// SipHash on short keys. Its keys are the instance's own terms, so
/// collision flooding by a writer is not a concern.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;

/// The faster scans above against the plain definitions they replace.
#[cfg(test)]
mod equivalence {
    use super::*;
    use proptest::prelude::*;

    /// Blocked terms' words as first written: the text lowercased char by
    /// char, other runs turned into spaces, then split.
    fn plain_words(text: &str) -> Vec<String> {
        let mut out = String::new();
        for c in text.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !c.is_ascii() && c.is_alphanumeric() {
                out.extend(c.to_lowercase());
            } else {
                out.push(' ');
            }
        }
        out.split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// ASCII, whitespace of every kind and letters whose lowercase is odd
    /// (longer, final sigma, Kelvin sign, titlecase).
    const TEXT: &str = "[a-zA-Z0-9 .,!?@'\t\n\u{0b}\u{0c}\r\u{85}\u{a0}\u{2028}\u{3000}üÜßẞİΣσ\u{212a}ǅя٣½😍\u{308}]{0,40}";

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        #[test]
        fn words_of_equals_the_plain_definition(text in TEXT) {
            let lower = text.to_ascii_lowercase();
            let fast: Vec<String> = words_of(&lower).map(String::from).collect();
            prop_assert_eq!(fast, plain_words(&text));
        }

        #[test]
        fn runs_of_non_whitespace_are_split_whitespace(text in TEXT) {
            let runs: Vec<&str> = Runs::new(&text, |c| !c.is_whitespace()).map(|(r, _)| r).collect();
            prop_assert_eq!(runs, text.split_whitespace().collect::<Vec<_>>());
        }

        #[test]
        fn letter_counts_equal_the_plain_count(text in TEXT) {
            let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
            let upper = letters.iter().filter(|c| c.is_uppercase()).count();
            prop_assert_eq!(letter_counts(&text), (letters.len(), upper));
        }
    }
}
