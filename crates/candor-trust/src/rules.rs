//! Rules with named reasons: each finds one kind of thing a review should
//! not carry (links, contact details, shouting, SEO junk, blocked terms)
//! and says what it found, so a moderator and the writer can be told why.

use std::collections::HashMap;

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
    links(text, &mut found);
    contact_details(text, &mut found);
    repeated_characters(text, &mut found);
    shouting(text, &mut found);
    off_topic_lines(text, &mut found);
    blocked_terms(text, blocklist, &mut found);
    found
}

/// Whitespace-separated pieces with surrounding punctuation trimmed.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().map(|p| {
        p.trim_matches(|c: char| {
            matches!(
                c,
                '(' | ')' | '[' | ']' | '<' | '>' | '"' | '\'' | ',' | ';' | '!' | '?'
            )
        })
        .trim_end_matches('.')
    })
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

fn links(text: &str, found: &mut Vec<Finding>) {
    for piece in pieces(text).filter(|p| is_web_address(p)) {
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
        found.push(finding(code, piece));
    }
}

fn contact_details(text: &str, found: &mut Vec<Finding>) {
    for piece in pieces(text) {
        if let Some((user, domain)) = piece.split_once('@')
            && !user.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
        {
            found.push(finding("email_address", piece));
        }
    }
    for number in phone_numbers(text) {
        found.push(finding("phone_number", &number));
    }
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
        } else {
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
    let (letters, upper) = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .fold((0usize, 0usize), |(all, up), c| {
            (all + 1, up + usize::from(c.is_uppercase()))
        });
    if letters >= 30 && upper * 10 >= letters * 7 {
        found.push(finding("shouting", text));
    }
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
    let text = word_string(text);
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    let terms: Vec<String> = blocklist.iter().map(|t| word_string(t)).collect();
    let mut by_first_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, term) in terms.iter().enumerate() {
        if let Some(first) = term.split(' ').find(|w| !w.is_empty()) {
            by_first_word.entry(first).or_default().push(index);
        }
    }
    let mut matched = vec![false; terms.len()];
    for (at, word) in words.iter().enumerate() {
        for &index in by_first_word.get(word).into_iter().flatten() {
            let wanted = terms[index].split(' ').filter(|w| !w.is_empty());
            if !matched[index] && wanted.clone().count() <= words.len() - at {
                matched[index] = wanted.zip(&words[at..]).all(|(a, b)| a == *b);
            }
        }
    }
    for (term, _) in blocklist.iter().zip(&matched).filter(|(_, m)| **m) {
        found.push(finding("blocked_term", term));
    }
}

/// `text` lowercased, with every run of characters that are not letters or
/// digits turned into one space: "Buy, CHEAP  pills!" -> "buy cheap pills".
fn word_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !c.is_ascii() && c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
