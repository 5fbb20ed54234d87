//! Sentence boundaries (UAX #29) for the characters most reviews are
//! written in, without the Unicode tables.
//!
//! `split_sentence_bounds()` looks every character up in the sentence-break
//! tables by binary search and re-reads the text ahead of each full stop; it
//! was a tenth of the cost of analysing a review. Here the classes of
//! ASCII, Latin-1, basic Cyrillic and the common typographic dashes and
//! quotes come from a `match`, and the rules run in one pass. A text with
//! any other character is left to unicode-segmentation ([`split`] answers
//! `None`). The tests check every covered character and random texts
//! against unicode-segmentation.

/// The sentence-break classes of UAX #29 that covered characters have
/// (none of them is OLetter or Extend).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Other,
    Cr,
    Lf,
    Sep,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Format,
}

/// The class of a covered character; `None` for every other one.
fn class(c: char) -> Option<Class> {
    use Class::*;
    let class = match c {
        '\r' => Cr,
        '\n' => Lf,
        '\u{85}' | '\u{2028}' | '\u{2029}' => Sep,
        '\t' | '\u{b}' | '\u{c}' | ' ' | '\u{a0}' => Sp,
        'a'..='z' | '\u{aa}' | '\u{b5}' | '\u{ba}' | '\u{df}'..='\u{f6}' | '\u{f8}'..='\u{ff}' => {
            Lower
        }
        '\u{430}'..='\u{45f}' => Lower,
        'A'..='Z' | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' | '\u{400}'..='\u{42f}' => Upper,
        '0'..='9' => Numeric,
        '.' | '\u{2024}' => ATerm,
        '!' | '?' => STerm,
        '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' | '\u{ab}' | '\u{bb}' => Close,
        '\u{2018}'..='\u{201f}' => Close,
        ',' | '-' | ':' | ';' | '\u{2013}' | '\u{2014}' => SContinue,
        '\u{ad}' => Format,
        '\0'..='\u{ff}' | '\u{2010}'..='\u{2027}' => Other,
        _ => return None,
    };
    Some(class)
}

fn is_para_sep(class: Class) -> bool {
    matches!(class, Class::Cr | Class::Lf | Class::Sep)
}

/// Where the text before a position stands in `SATerm Close* Sp*`.
#[derive(Debug, Clone, Copy)]
struct Terminated {
    by_full_stop: bool,
    spaced: bool,
}

/// The pieces `split_sentence_bounds()` gives for `text`, or `None` when it
/// holds a character this module does not cover.
pub(crate) fn split(text: &str) -> Option<Vec<&str>> {
    let units = units(text)?;
    let mut pieces = Vec::new();
    let mut start = 0;
    // Where the units before the one looked at stand.
    let mut terminated: Option<Terminated> = None;
    for (i, &(at, class)) in units.iter().enumerate() {
        if i > 0 && breaks_before(&units, i, terminated) {
            pieces.push(&text[start..at]);
            start = at;
        }
        terminated = advance(terminated, class);
    }
    if start < text.len() {
        pieces.push(&text[start..]);
    }
    Some(pieces)
}

/// The text's characters as (byte offset, class), with each Format
/// character folded into the one before it (SB5) unless that one ends a
/// paragraph or there is none.
fn units(text: &str) -> Option<Vec<(usize, Class)>> {
    let mut units: Vec<(usize, Class)> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        match class(c)? {
            Class::Format => match units.last() {
                Some((_, last)) if !is_para_sep(*last) => {}
                _ => units.push((at, Class::Other)),
            },
            class => units.push((at, class)),
        }
    }
    Some(units)
}

/// The `SATerm Close* Sp*` state once a unit of `class` follows `state`.
fn advance(state: Option<Terminated>, class: Class) -> Option<Terminated> {
    match class {
        Class::ATerm => Some(Terminated {
            by_full_stop: true,
            spaced: false,
        }),
        Class::STerm => Some(Terminated {
            by_full_stop: false,
            spaced: false,
        }),
        Class::Close => state.filter(|s| !s.spaced),
        Class::Sp => state.map(|s| Terminated { spaced: true, ..s }),
        _ => None,
    }
}

/// Whether a sentence starts at unit `i`; `terminated` is the state of the
/// units before it.
fn breaks_before(units: &[(usize, Class)], i: usize, terminated: Option<Terminated>) -> bool {
    let previous = units[i - 1].1;
    let current = units[i].1;
    if previous == Class::Cr && current == Class::Lf {
        return false; // SB3
    }
    if is_para_sep(previous) {
        return true; // SB4
    }
    if previous == Class::ATerm && current == Class::Numeric {
        return false; // SB6
    }
    if previous == Class::ATerm
        && current == Class::Upper
        && i >= 2
        && matches!(units[i - 2].1, Class::Upper | Class::Lower)
    {
        return false; // SB7
    }
    let Some(before) = terminated else {
        return false; // SB998: no sentence ends here
    };
    let joined = matches!(
        current,
        Class::SContinue | Class::ATerm | Class::STerm // SB8a
            | Class::Sp | Class::Cr | Class::Lf | Class::Sep // SB9, SB10
    ) || (current == Class::Close && !before.spaced); // SB9
    // SB8 last: it reads ahead, and after the rules above it runs at most
    // once per terminator, which keeps the whole pass linear.
    !(joined || (before.by_full_stop && lower_case_follows(&units[i..])))
}

/// SB8: `( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower` ahead.
fn lower_case_follows(ahead: &[(usize, Class)]) -> bool {
    for (_, class) in ahead {
        match class {
            Class::Lower => return true,
            Class::Upper | Class::Cr | Class::Lf | Class::Sep | Class::ATerm | Class::STerm => {
                return false;
            }
            _ => {}
        }
    }
    false
}

#[cfg(test)]
#[path = "sentence_breaks_tests.rs"]
mod tests;
